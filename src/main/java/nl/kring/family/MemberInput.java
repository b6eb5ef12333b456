package nl.kring.family;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.kring.family.domain.CareSituation;
import nl.kring.family.domain.CarerKind;
import nl.kring.family.domain.FileRules;
import nl.kring.family.domain.NewMember;
import nl.kring.family.domain.Relation;

/**
 * A member as a form or an API body sends it: text, kept as typed so a refused form shows it again.
 * {@link #parse} turns a list into {@link NewMember}s or refuses every malformed field at once.
 */
public record MemberInput(String givenName, String familyName, String relation, String birthDate, Boolean parentalAuthority,
        String carerKind, String authoritySince, String careSituation, Boolean guardianship) {

    public static MemberInput blank(Relation relation) {
        return new MemberInput("", "", relation.name(), "", relation == Relation.PARENT, "", "", "", false);
    }

    /** Whether nothing was typed in this row (a form's spare rows are left out). */
    public boolean isBlank() {
        return isEmpty(givenName) && isEmpty(familyName) && isEmpty(birthDate) && isEmpty(authoritySince);
    }

    /** The members, or a refusal naming each malformed field ({@code members[i].field}). */
    public static List<NewMember> parse(List<MemberInput> inputs) {
        var problems = new ArrayList<FileRules.Problem>();
        var members = new ArrayList<NewMember>();
        for (int i = 0; i < inputs.size(); i++) {
            members.add(inputs.get(i).toMember(i, problems));
        }
        if (!problems.isEmpty()) {
            throw new FileLifecycle.FileRefused(400, problems);
        }
        return members;
    }

    /** One member; problems are reported without an index ({@code field}). */
    public NewMember parseOne() {
        var problems = new ArrayList<FileRules.Problem>();
        var member = toMember(-1, problems);
        if (!problems.isEmpty()) {
            throw new FileLifecycle.FileRefused(400, problems);
        }
        return member;
    }

    private NewMember toMember(int index, List<FileRules.Problem> problems) {
        var rel = parseEnum(Relation.class, relation, index, "relation", "lifecycle.error.relation", problems);
        var kind = parseEnum(CarerKind.class, carerKind, index, "carerKind", "lifecycle.error.carerKind", problems);
        var care = parseEnum(CareSituation.class, careSituation, index, "careSituation", "lifecycle.error.careSituation", problems);
        var birth = parseDate(birthDate, index, "birthDate", problems);
        var since = parseDate(authoritySince, index, "authoritySince", problems);
        boolean authority = Boolean.TRUE.equals(parentalAuthority);
        return new NewMember(givenName, familyName, rel.orElse(null), birth, authority, rel.filter(r -> r == Relation.PARENT).flatMap(r -> kind),
                since, rel.filter(r -> r == Relation.YOUTH).flatMap(r -> care), Boolean.TRUE.equals(guardianship));
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String value, int index, String field, String key,
            List<FileRules.Problem> problems) {
        if (isEmpty(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            problems.add(new FileRules.Problem(index, field, key));
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> parseDate(String value, int index, String field, List<FileRules.Problem> problems) {
        if (isEmpty(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            problems.add(new FileRules.Problem(index, field, "lifecycle.error.date"));
            return Optional.empty();
        }
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isBlank();
    }
}
