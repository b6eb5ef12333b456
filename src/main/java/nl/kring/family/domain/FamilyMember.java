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
        boolean parentalAuthority) {

    public FamilyMember {
        if (relation == Relation.YOUTH && parentalAuthority) {
            throw new IllegalArgumentException("a youth does not hold parental authority in the family file");
        }
    }

    public OptionalInt ageOn(LocalDate day) {
        return birthDate.map(b -> OptionalInt.of(Period.between(b, day).getYears())).orElse(OptionalInt.empty());
    }

    public boolean isAccount(UUID account) {
        return accountId.map(account::equals).orElse(false);
    }

    public String fullName() {
        return givenName + " " + familyName;
    }
}
