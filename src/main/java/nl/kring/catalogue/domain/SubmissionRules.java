package nl.kring.catalogue.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a submission form into an entry in the template of seed 003, or says what is wrong, field by
 * field. A submission needs an e-mail address, so that the editors can ask questions; its content must meet
 * {@link InitiativeRules}. Everything a person types stays text: nothing of it is treated as markup.
 */
public final class SubmissionRules {

    public static final List<String> LANGUAGES = List.of("nl", "en");
    public static final int NOTE_LENGTH = 2000;
    public static final int REVIEW_TEXT_LENGTH = 2000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private SubmissionRules() {}

    /** A submission that cannot be read: every problem with its field. */
    public static final class Refused extends RuntimeException {
        private final List<Problem> problems;

        public Refused(List<Problem> problems) {
            super(problems.toString(), null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** The proposed entry; for a new initiative under an id made from its name. */
    public static Initiative parse(SubmissionInput input, Optional<Initiative> corrected) {
        var problems = new ArrayList<Problem>();
        if (input.email().isBlank()) {
            problems.add(new Problem("email", "catalogue.error.email"));
        } else if (input.email().length() > 254 || !EMAIL.matcher(input.email().strip()).matches()) {
            problems.add(new Problem("email", "catalogue.error.emailFormat"));
        }
        if (input.submitterName().length() > 120) {
            problems.add(new Problem("submitterName", "catalogue.error.tooLong"));
        }
        if (input.note().length() > NOTE_LENGTH) {
            problems.add(new Problem("note", "catalogue.error.tooLong"));
        }
        if (!LANGUAGES.contains(input.language())) {
            problems.add(new Problem("language", "catalogue.error.language"));
        }
        var elements = codes(input.elements(), Element.class, "elements", problems);
        var targets = codes(input.targetGroups(), TargetGroup.class, "targetGroups", problems);
        var supporters = codes(input.supporters(), Supporter.class, "supporters", problems);
        if (targets.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("targetGroups"))) {
            problems.add(new Problem("targetGroups", "catalogue.error.chooseOne"));
        }
        if (supporters.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("supporters"))) {
            problems.add(new Problem("supporters", "catalogue.error.chooseOne"));
        }
        var formality = one(input.formality(), Formality.class, "formality", problems);
        var reach = one(input.reach(), Reach.class, "reach", problems);
        AgeRange ages = null;
        if (!input.ageFrom().isBlank() || !input.ageTo().isBlank()) {
            try {
                ages = new AgeRange(Integer.parseInt(input.ageFrom().strip()), Integer.parseInt(input.ageTo().strip()));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("ageFrom", "catalogue.error.ages"));
            }
        }
        var id = corrected.map(Initiative::id).orElseGet(() -> idFrom(input.name()));
        var origin = corrected.map(Initiative::origin).orElse(Origin.ADDED);
        var initiative = new Initiative(id, origin, input.name().strip(), input.nutshell().strip(), elements, lines(input.whatWorks()),
                lines(input.couldBeBetter()), input.forWhom().strip(), ages, targets, input.byWhom().strip(), supporters, lines(input.needs()),
                input.contact().strip(), input.website().strip(), input.region().strip(), places(input.places()), input.national(),
                formality == null ? Formality.INFORMAL : formality, reach == null ? Reach.INDIVIDUAL : reach);
        for (var problem : InitiativeRules.check(initiative)) {
            if (!problem.field().equals("id") && problems.stream().noneMatch(p -> p.field().equals(problem.field()))) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return initiative;
    }

    /** A short, stable id from a name: lower case, without accents, words joined by hyphens ("Ouders & Co!" → "ouders-co"). */
    public static String idFrom(String name) {
        var plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        var id = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.length() > 60) {
            id = id.substring(0, 60).replaceAll("-+$", "");
        }
        return id.isEmpty() ? "initiatief" : id;
    }

    /** A question or reason an editor writes: required, within its length. */
    public static Optional<Problem> checkReviewText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(new Problem("text", "catalogue.error.reviewText"));
        }
        return text.length() > REVIEW_TEXT_LENGTH ? Optional.of(new Problem("text", "catalogue.error.tooLong")) : Optional.empty();
    }

    static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.replaceFirst("^[-*•]\\s*", "")).toList();
    }

    static List<String> places(String text) {
        return Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static <E extends Enum<E>> EnumSet<E> codes(List<String> values, Class<E> type, String field, List<Problem> problems) {
        var set = EnumSet.noneOf(type);
        for (var value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                set.add(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(field, "catalogue.error.unknownChoice"));
                return set;
            }
        }
        return set;
    }

    private static <E extends Enum<E>> E one(String value, Class<E> type, String field, List<Problem> problems) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field, "catalogue.error.chooseOne"));
            return null;
        }
    }
}
