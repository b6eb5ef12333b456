package nl.kring.intake.domain;

/**
 * A support request as typed in the form or sent to the API, before any check: every field may be
 * missing or wrong. {@link RequestRules#check} says what is wrong, {@link RequestRules#parse} gives the
 * checked {@link NewRequest}.
 */
public record RequestInput(String question, String postcode, String email, String phone, String language, String addressedAs) {

    public static RequestInput blank(String language) {
        return new RequestInput("", "", "", "", language, "");
    }

    /** The same input with {@code null} as empty text, so a form can show it back. */
    public RequestInput orEmpty() {
        return new RequestInput(text(question), text(postcode), text(email), text(phone), text(language), text(addressedAs));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
