package nl.kring.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules for a volunteer's profile as typed on the registration form or sent to the API: every problem
 * with its field at once, then the profile. Languages are ISO 639 codes ({@code nl}, {@code ar}); the
 * available slots are codes such as {@code WEDNESDAY_AFTERNOON}; interests come from {@link Interest}.
 */
public final class VolunteerRules {

    public static final int NAME_LENGTH = 120;
    public static final int HOUSEHOLD_LENGTH = 500;
    public static final int EXPERIENCE_LENGTH = 2000;
    public static final int MAX_CULTURES = 5;
    public static final int CULTURE_LENGTH = 40;
    public static final int MAX_AGE = 120;
    public static final int MAX_DISTANCE_KM = 100;
    public static final int EMAIL_LENGTH = 254;
    public static final int PHONE_LENGTH = 30;

    /** The languages the form offers first; the API takes any ISO 639 two-letter code. */
    public static final List<String> COMMON_LANGUAGES = List.of("nl", "en", "ar", "tr", "pl", "fr", "de", "es", "so", "ti", "uk", "ru", "fa");

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private VolunteerRules() {
    }

    /** The profile as typed: everything a string or a list of strings, absent as empty. */
    public record Input(String kind, String name, String household, String postcode, List<String> languages,
            List<String> availability, List<String> interests, String experience, String cultures, String ageFrom, String ageTo,
            String maxDistanceKm) {
        public Input {
            languages = languages == null ? List.of() : languages;
            availability = availability == null ? List.of() : availability;
            interests = interests == null ? List.of() : interests;
        }
    }

    /** How the volunteer can be reached: an e-mail address (required, for reminders) and a phone number (optional). */
    public record Contact(String email, String phone) {}

    public static List<FieldProblem> check(Input input) {
        var problems = new ArrayList<FieldProblem>();
        if (kind(input.kind()).isEmpty()) {
            problems.add(new FieldProblem("kind", "matching.volunteer.error.kind"));
        }
        var name = strip(input.name());
        if (name.isEmpty() || name.length() > NAME_LENGTH) {
            problems.add(new FieldProblem("name", "matching.volunteer.error.name"));
        }
        if (strip(input.household()).length() > HOUSEHOLD_LENGTH) {
            problems.add(new FieldProblem("household", "matching.volunteer.error.household"));
        }
        if (Pc4.parse(input.postcode()).isEmpty()) {
            problems.add(new FieldProblem("postcode", "matching.volunteer.error.postcode"));
        }
        var languages = codes(input.languages());
        if (languages.isEmpty() || !ISO_LANGUAGES.containsAll(languages)) {
            problems.add(new FieldProblem("languages", "matching.volunteer.error.languages"));
        }
        var slots = codes(input.availability());
        if (slots.isEmpty() || slots.stream().anyMatch(code -> TimeSlot.parse(code.toUpperCase(Locale.ROOT)).isEmpty())) {
            problems.add(new FieldProblem("availability", "matching.volunteer.error.availability"));
        }
        if (codes(input.interests()).stream().anyMatch(code -> interest(code).isEmpty())) {
            problems.add(new FieldProblem("interests", "matching.volunteer.error.interests"));
        }
        if (strip(input.experience()).length() > EXPERIENCE_LENGTH) {
            problems.add(new FieldProblem("experience", "matching.volunteer.error.experience"));
        }
        var cultures = cultures(input.cultures());
        if (cultures.size() > MAX_CULTURES || cultures.stream().anyMatch(c -> c.length() > CULTURE_LENGTH)) {
            problems.add(new FieldProblem("cultures", "matching.volunteer.error.cultures"));
        }
        var from = number(input.ageFrom(), 0, MAX_AGE);
        var to = number(input.ageTo(), 0, MAX_AGE);
        if (from.isEmpty()) {
            problems.add(new FieldProblem("ageFrom", "matching.volunteer.error.age"));
        }
        if (to.isEmpty()) {
            problems.add(new FieldProblem("ageTo", "matching.volunteer.error.age"));
        }
        if (from.flatMap(f -> f).isPresent() && to.flatMap(t -> t).isPresent() && from.get().get() > to.get().get()) {
            problems.add(new FieldProblem("ageTo", "matching.volunteer.error.ageOrder"));
        }
        if (number(input.maxDistanceKm(), 1, MAX_DISTANCE_KM).isEmpty()) {
            problems.add(new FieldProblem("maxDistanceKm", "matching.volunteer.error.distance"));
        }
        return problems;
    }

    public static List<FieldProblem> check(Contact contact) {
        var problems = new ArrayList<FieldProblem>();
        var email = strip(contact.email());
        if (email.isEmpty() || email.length() > EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("email", "matching.volunteer.error.email"));
        }
        if (strip(contact.phone()).length() > PHONE_LENGTH) {
            problems.add(new FieldProblem("phone", "matching.volunteer.error.phone"));
        }
        return problems;
    }

    /** The profile of input that {@link #check(Input)} found no problem with. */
    public static VolunteerProfile parse(Input input) {
        return new VolunteerProfile(kind(input.kind()).orElseThrow(), strip(input.name()), strip(input.household()),
                Pc4.parse(input.postcode()).orElseThrow(), codes(input.languages()),
                codes(input.availability()).stream().map(c -> TimeSlot.parse(c.toUpperCase(Locale.ROOT)).orElseThrow())
                        .collect(Collectors.toSet()),
                codes(input.interests()).stream().map(c -> interest(c).orElseThrow()).collect(Collectors.toSet()),
                strip(input.experience()), cultures(input.cultures()),
                number(input.ageFrom(), 0, MAX_AGE).orElseThrow(), number(input.ageTo(), 0, MAX_AGE).orElseThrow(),
                number(input.maxDistanceKm(), 1, MAX_DISTANCE_KM).orElseThrow());
    }

    /** The cultures as typed, separated by commas; compared without regard to case. */
    public static Set<String> cultures(String typed) {
        return Arrays.stream(strip(typed).split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Optional<VolunteerKind> kind(String typed) {
        return Arrays.stream(VolunteerKind.values()).filter(k -> k.name().equals(strip(typed))).findFirst();
    }

    private static Optional<Interest> interest(String code) {
        return Arrays.stream(Interest.values()).filter(i -> i.name().equalsIgnoreCase(code)).findFirst();
    }

    private static Set<String> codes(List<String> typed) {
        return typed.stream().filter(c -> c != null).map(String::strip).filter(c -> !c.isEmpty()).map(c -> c.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Empty when it is not a whole number in range; a present empty when nothing was typed. */
    private static Optional<Optional<Integer>> number(String typed, int min, int max) {
        var value = strip(typed);
        if (value.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        if (!value.matches("\\d{1,4}")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(value);
        return n < min || n > max ? Optional.empty() : Optional.of(Optional.of(n));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
