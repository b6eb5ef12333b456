package nl.kring.family.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * The rules a family file's members must meet, whether the file is being opened or a member is added,
 * corrected or removed later: checked on the whole list as it would be afterwards.
 */
public final class FileRules {

    /** Youth care reaches young people up to 23 (Jeugdwet, with extension). */
    public static final int OLDEST_YOUTH_AGE = 23;
    /** Below this age a youth needs someone with parental authority. */
    public static final int AGE_OF_MAJORITY = 18;
    public static final int NAME_LENGTH = 80;
    public static final int FAMILY_NAME_LENGTH = 120;

    private FileRules() {}

    /**
     * A rule a member list breaks. {@code index} is the member's place in the list (-1 for the file as a
     * whole), {@code field} the member's field ({@code givenName}, {@code birthDate}, …) or {@code null}.
     */
    public record Problem(int index, String field, String messageKey) {}

    /** The family's name as the family wants it shown. */
    public static List<Problem> checkName(String name) {
        if (name == null || name.isBlank()) {
            return List.of(new Problem(-1, "name", "lifecycle.error.name"));
        }
        if (name.strip().length() > FAMILY_NAME_LENGTH) {
            return List.of(new Problem(-1, "name", "lifecycle.error.nameLength"));
        }
        return List.of();
    }

    /** Everything that is wrong with these members on {@code today}; empty when they make a valid file. */
    public static List<Problem> check(List<NewMember> members, LocalDate today) {
        var problems = new ArrayList<Problem>();
        var seen = new HashMap<String, Integer>();
        for (int i = 0; i < members.size(); i++) {
            var m = members.get(i);
            if (m.givenName().isEmpty()) {
                problems.add(new Problem(i, "givenName", "lifecycle.error.givenName"));
            } else if (m.givenName().length() > NAME_LENGTH) {
                problems.add(new Problem(i, "givenName", "lifecycle.error.nameTooLong"));
            }
            if (m.familyName().isEmpty()) {
                problems.add(new Problem(i, "familyName", "lifecycle.error.familyName"));
            } else if (m.familyName().length() > NAME_LENGTH) {
                problems.add(new Problem(i, "familyName", "lifecycle.error.nameTooLong"));
            }
            if (m.relation() == null) {
                problems.add(new Problem(i, "relation", "lifecycle.error.relation"));
                continue;
            }
            if (m.birthDate().filter(today::isBefore).isPresent()) {
                problems.add(new Problem(i, "birthDate", "lifecycle.error.birthDate.future"));
            }
            if (m.authoritySince().filter(today::isBefore).isPresent()) {
                problems.add(new Problem(i, "authoritySince", "lifecycle.error.authoritySince.future"));
            }
            switch (m.relation()) {
                case YOUTH -> {
                    if (m.birthDate().isEmpty()) {
                        problems.add(new Problem(i, "birthDate", "lifecycle.error.birthDate.missing"));
                    } else if (Period.between(m.birthDate().get(), today).getYears() > OLDEST_YOUTH_AGE) {
                        problems.add(new Problem(i, "birthDate", "lifecycle.error.birthDate.tooOld"));
                    }
                    if (m.parentalAuthority()) {
                        problems.add(new Problem(i, "parentalAuthority", "lifecycle.error.youthAuthority"));
                    }
                }
                case PARENT -> {
                    if (m.carerKind().isEmpty()) {
                        problems.add(new Problem(i, "carerKind", "lifecycle.error.carerKind"));
                    }
                    if (!m.parentalAuthority() && m.authoritySince().isPresent()) {
                        problems.add(new Problem(i, "authoritySince", "lifecycle.error.authoritySince.withoutAuthority"));
                    }
                }
            }
            if (!m.givenName().isEmpty() && !m.familyName().isEmpty()) {
                var key = identity(m);
                var first = seen.putIfAbsent(key, i);
                if (first != null) {
                    problems.add(new Problem(i, "givenName", "lifecycle.error.duplicate"));
                }
            }
        }
        var youths = members.stream().filter(m -> m.relation() == Relation.YOUTH).count();
        if (youths == 0) {
            problems.add(new Problem(-1, "members", "lifecycle.error.noYouth"));
        }
        boolean someoneWithAuthority = members.stream().anyMatch(m -> m.relation() == Relation.PARENT && m.parentalAuthority());
        for (int i = 0; i < members.size(); i++) {
            var m = members.get(i);
            boolean minor = m.relation() == Relation.YOUTH && m.birthDate()
                    .filter(b -> !b.isAfter(today) && Period.between(b, today).getYears() < AGE_OF_MAJORITY).isPresent();
            if (minor && !someoneWithAuthority && !m.guardianship()) {
                problems.add(new Problem(i, "parentalAuthority", "lifecycle.error.noAuthority"));
            }
        }
        return List.copyOf(problems);
    }

    /** Two entries for the same person: the same names (case and spaces aside) and, when both are known, birth date. */
    private static String identity(NewMember m) {
        var names = (m.relation() + "|" + m.givenName() + "|" + m.familyName()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        // a parent's birth date is often unknown; then the names alone decide
        return m.relation() == Relation.YOUTH ? names + "|" + m.birthDate().map(LocalDate::toString).orElse("") : names;
    }
}
