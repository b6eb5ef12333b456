package nl.kring.intake.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a support request needs: the question in the person's own words, a Dutch postcode, an e-mail
 * address and/or a phone number, and the language to answer in. How they want to be addressed is
 * optional. Every broken rule is reported at once, each with its field.
 */
public final class RequestRules {

    public static final int QUESTION_LENGTH = 4000;
    public static final int NAME_LENGTH = 80;
    public static final int EMAIL_LENGTH = 254;
    public static final int REFERRAL_LENGTH = 4000;
    /** The languages Kring answers in. */
    public static final Set<String> LANGUAGES = Set.of("nl", "en");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Digits with the usual separators, optionally starting with + (06-12345678, +31 6 1234 5678, (010) 123 45 67). */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-.]+");

    private RequestRules() {}

    /** One broken rule: the field and the message key of its explanation. */
    public record Problem(String field, String messageKey) {}

    public static List<Problem> check(RequestInput input) {
        var problems = new ArrayList<Problem>();
        var question = strip(input.question());
        if (question.isEmpty()) {
            problems.add(new Problem("question", "intake.error.question"));
        } else if (question.length() > QUESTION_LENGTH) {
            problems.add(new Problem("question", "intake.error.questionLength"));
        }
        var postcode = strip(input.postcode());
        if (postcode.isEmpty()) {
            problems.add(new Problem("postcode", "intake.error.postcode"));
        } else if (Postcode.parse(postcode).isEmpty()) {
            problems.add(new Problem("postcode", "intake.error.postcodeFormat"));
        }
        var email = strip(input.email());
        var phone = strip(input.phone());
        if (email.isEmpty() && phone.isEmpty()) {
            problems.add(new Problem("email", "intake.error.contact"));
        }
        if (!email.isEmpty() && (email.length() > EMAIL_LENGTH || !EMAIL.matcher(email).matches())) {
            problems.add(new Problem("email", "intake.error.email"));
        }
        if (!phone.isEmpty() && !validPhone(phone)) {
            problems.add(new Problem("phone", "intake.error.phone"));
        }
        if (!LANGUAGES.contains(strip(input.language()))) {
            problems.add(new Problem("language", "intake.error.language"));
        }
        if (strip(input.addressedAs()).length() > NAME_LENGTH) {
            problems.add(new Problem("addressedAs", "intake.error.nameLength"));
        }
        return problems;
    }

    /** The checked request; only call when {@link #check} found nothing. */
    public static NewRequest parse(RequestInput input) {
        if (!check(input).isEmpty()) {
            throw new IllegalArgumentException("check the request first");
        }
        return new NewRequest(strip(input.question()), Postcode.parse(input.postcode()).orElseThrow(), optional(input.email()),
                optional(input.phone()), strip(input.language()), optional(input.addressedAs()));
    }

    /** A referral: the team's answer in words, required and not too long; empty when it is fine. */
    public static Optional<Problem> checkReferral(String text) {
        var stripped = strip(text);
        if (stripped.isEmpty()) {
            return Optional.of(new Problem("text", "intake.error.referral"));
        }
        if (stripped.length() > REFERRAL_LENGTH) {
            return Optional.of(new Problem("text", "intake.error.referralLength"));
        }
        return Optional.empty();
    }

    static boolean validPhone(String phone) {
        if (!PHONE.matcher(phone).matches()) {
            return false;
        }
        var digits = phone.chars().filter(Character::isDigit).count();
        return digits >= 10 && digits <= 15;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static Optional<String> optional(String value) {
        return Optional.of(strip(value)).filter(v -> !v.isEmpty());
    }
}
