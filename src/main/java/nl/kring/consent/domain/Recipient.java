package nl.kring.consent.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Who receives information under a consent: someone outside the family and outside the assigned
 * team. Every recipient has an id and a display label. The label is only for display: two
 * recipients are the same one when they are of the same kind with the same id
 * ({@link #sameAs}); a renamed recipient keeps their consents.
 */
public sealed interface Recipient {

    UUID id();

    String label();

    /** Same kind and same id; the label does not matter. */
    default boolean sameAs(Recipient other) {
        return other != null && other.getClass() == getClass() && other.id().equals(id());
    }

    /**
     * A person in the family's network, such as a grandparent or neighbour.
     *
     * @param id the id of the person in the family's network (not their account id: they may not
     *           have an account yet)
     */
    record NetworkMember(UUID id, String label) implements Recipient {
        public NetworkMember {
            check(id, label);
        }
    }

    /**
     * A volunteer, for example a buddy or mentor matched with the family.
     *
     * @param id the volunteer's account id
     */
    record Volunteer(UUID id, String label) implements Recipient {
        public Volunteer {
            check(id, label);
        }
    }

    /**
     * A professional who is not in the family's assigned team, for example a school social worker.
     *
     * @param id the professional's account id, or another stable id when they have no account
     */
    record ExternalProfessional(UUID id, String label) implements Recipient {
        public ExternalProfessional {
            check(id, label);
        }
    }

    /**
     * An organisation as a whole, for example a sports club or a school.
     *
     * @param id the organisation's id
     */
    record Organisation(UUID id, String label) implements Recipient {
        public Organisation {
            check(id, label);
        }
    }

    private static void check(UUID id, String label) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("a recipient needs a label the family recognises");
        }
    }
}
