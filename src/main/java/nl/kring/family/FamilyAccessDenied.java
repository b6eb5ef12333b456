package nl.kring.family;

import java.util.UUID;
import nl.kring.platform.web.HttpRefusal;

/**
 * Access to a family file was refused (and recorded). {@link #revealsExistence()} is false when the
 * person may not even learn that the file exists: then the answer is 404, otherwise 403.
 */
public class FamilyAccessDenied extends RuntimeException implements HttpRefusal {

    private final UUID familyId;
    private final boolean revealsExistence;

    public FamilyAccessDenied(UUID familyId, boolean revealsExistence) {
        super(revealsExistence ? "access to family file forbidden" : "family file not found");
        this.familyId = familyId;
        this.revealsExistence = revealsExistence;
    }

    public UUID familyId() {
        return familyId;
    }

    public boolean revealsExistence() {
        return revealsExistence;
    }

    @Override
    public int status() {
        return revealsExistence ? 403 : 404;
    }

    @Override
    public String messageKey() {
        return revealsExistence ? "error.forbidden" : "error.notFound";
    }
}
