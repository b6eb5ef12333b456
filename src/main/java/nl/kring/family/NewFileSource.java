package nl.kring.family;

import java.util.Optional;
import java.util.UUID;
import nl.kring.identity.CurrentUser;

/**
 * Something of another module a new family file can be opened from (a support request of the intake
 * list): it fills in the new-family form. The family module knows no such module; it asks every bean of
 * this type. An implementation checks access and audits the read itself, and refuses (404) someone who
 * may not know of it.
 */
public interface NewFileSource {

    /** What the form is filled with for {@code from}, or empty when {@code from} is not of this source. */
    Optional<Prefill> prefill(CurrentUser user, UUID from);

    /**
     * @param name the family's name as they want to be called (may be empty)
     * @param context what the family wrote, shown above the form (not stored in the file)
     */
    record Prefill(String name, String context) {}
}
