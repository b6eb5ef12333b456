package nl.kring.family.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A member as someone typed them, before the rules of a family file accepted them: for a new file, a
 * member added later, or a correction.
 *
 * @param careSituation a youth's care situation at opening (or when added)
 * @param guardianship a youth under guardianship of an institution: no parent needs authority
 */
public record NewMember(String givenName, String familyName, Relation relation, Optional<LocalDate> birthDate,
        boolean parentalAuthority, Optional<CarerKind> carerKind, Optional<LocalDate> authoritySince,
        Optional<CareSituation> careSituation, boolean guardianship) {

    public NewMember {
        givenName = givenName == null ? "" : givenName.strip();
        familyName = familyName == null ? "" : familyName.strip();
    }

    /** The member as the file holds it, for checking a change against the other members. */
    public static NewMember of(FamilyMember member, boolean guardianship) {
        return new NewMember(member.givenName(), member.familyName(), member.relation(), member.birthDate(), member.parentalAuthority(),
                member.carerKind(), member.authoritySince(), Optional.empty(), guardianship);
    }
}
