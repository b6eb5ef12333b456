package nl.kring.family.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** A youth or a parent/carer of the family, with or without an account of their own. */
public record FamilyMember(
        UUID id,
        Optional<UUID> accountId,
        String givenName,
        String familyName,
        Relation relation,
        Optional<LocalDate> birthDate,
        boolean parentalAuthority,
        Optional<CarerKind> carerKind,
        Optional<LocalDate> authoritySince) {

    public FamilyMember {
        if (relation == Relation.YOUTH && parentalAuthority) {
            throw new IllegalArgumentException("a youth does not hold parental authority in the family file");
        }
        if (relation == Relation.YOUTH && carerKind.isPresent()) {
            throw new IllegalArgumentException("a youth is not a carer");
        }
    }

    /** A member without carer kind or a known start of authority (demo data, tests). */
    public FamilyMember(UUID id, Optional<UUID> accountId, String givenName, String familyName, Relation relation,
            Optional<LocalDate> birthDate, boolean parentalAuthority) {
        this(id, accountId, givenName, familyName, relation, birthDate, parentalAuthority, Optional.empty(), Optional.empty());
    }

    public OptionalInt ageOn(LocalDate day) {
        return birthDate.map(b -> OptionalInt.of(Period.between(b, day).getYears())).orElse(OptionalInt.empty());
    }

    public boolean isAccount(UUID account) {
        return accountId.map(account::equals).orElse(false);
    }

    /** The same person with parental authority as decided on a day (see {@link AuthorityChange}). */
    public FamilyMember withAuthority(boolean authority) {
        return new FamilyMember(id, accountId, givenName, familyName, relation, birthDate, authority, carerKind, authoritySince);
    }

    public String fullName() {
        return givenName + " " + familyName;
    }
}
