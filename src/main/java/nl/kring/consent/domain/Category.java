package nl.kring.consent.domain;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of information a family can share, such as the network map or contact details. Categories
 * are open: each capability registers its own (for example {@code PLAN}, {@code AGREEMENTS},
 * {@code EVALUATIONS}, {@code MATCHES}) in a {@link CategoryRegistry}; this module does not need to
 * change for that.
 *
 * <p>A category is known by its code: two categories with the same code are equal, whatever their
 * message key. The code is what is stored with a consent; the message key is only for display.
 *
 * @param code upper-case letters, digits and underscores, starting with a letter, e.g. {@code NETWORK_MAP}
 * @param messageKey the key of the category's name in the message bundles
 */
public record Category(String code, String messageKey) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** The network map: who is around the family. */
    public static final Category NETWORK_MAP = of("NETWORK_MAP");
    /**
     * The network map with everyone but its centre shown as role and number ("Grootouder 1"): what
     * the support looks like, without who the others are.
     */
    public static final Category NETWORK_MAP_PSEUDONYMISED = of("NETWORK_MAP_PSEUDONYMISED");
    /** Addresses, phone numbers and e-mail addresses. */
    public static final Category CONTACT_DETAILS = of("CONTACT_DETAILS");
    /** Names, ages and relations of the family members. */
    public static final Category MEMBER_BASICS = of("MEMBER_BASICS");
    /** Notes in the file. */
    public static final Category NOTES = of("NOTES");

    /** The categories the consent module itself knows; other capabilities add theirs to the registry. */
    public static final List<Category> CORE = List.of(NETWORK_MAP, NETWORK_MAP_PSEUDONYMISED, CONTACT_DETAILS, MEMBER_BASICS, NOTES);

    public Category {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageKey, "messageKey");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a category code is upper case, e.g. NETWORK_MAP, got '" + code + "'");
        }
        if (messageKey.isBlank()) {
            throw new IllegalArgumentException("category " + code + " needs a message key");
        }
    }

    /** A category with the conventional message key {@code consent.category.<code>}. */
    public static Category of(String code) {
        return new Category(code, "consent.category." + code);
    }

    /** Equal when the codes are equal: the message key is display data. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Category category && code.equals(category.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
