package nl.kring.family;

import java.util.Map;
import nl.kring.platform.web.HttpRefusal;

/**
 * A change to contact details or notes was refused because of what was sent (400, with the wrong
 * fields and their message keys), or because it names a member who is not in this family (404).
 */
public class FamilyDetailsRefused extends RuntimeException implements HttpRefusal {

    private final int status;
    private final Map<String, String> errors;

    private FamilyDetailsRefused(int status, Map<String, String> errors) {
        super(errors.isEmpty() ? "not found" : "invalid " + errors.keySet());
        this.status = status;
        this.errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
    }

    /** What was sent is wrong: field → message key, in the order the form shows the fields. */
    public static FamilyDetailsRefused invalid(Map<String, String> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names at least one field");
        }
        return new FamilyDetailsRefused(400, new java.util.LinkedHashMap<>(errors));
    }

    public static FamilyDetailsRefused unknownMember() {
        return new FamilyDetailsRefused(404, Map.of());
    }

    /** Field → message key; empty when the answer is 404. */
    public Map<String, String> errors() {
        return errors;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String messageKey() {
        return errors.isEmpty() ? "error.notFound" : errors.values().iterator().next();
    }

    @Override
    public String field() {
        return errors.isEmpty() ? null : errors.keySet().iterator().next();
    }
}
