package nl.kring.plan.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A condition a professional sets for the child's safety, which the plan must meet. The family reads it
 * beside its own safety part; only professionals write these.
 */
public record SafetyCondition(UUID id, String text, String author) {

    public SafetyCondition {
        Objects.requireNonNull(id, "id");
        text = Agreement.clean(text);
        author = Agreement.clean(author);
    }
}
