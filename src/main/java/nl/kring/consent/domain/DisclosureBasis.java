package nl.kring.consent.domain;

import java.util.Objects;

/** The legal basis on which Kring shows something: the family's consent, a protection measure, or an exception. */
public sealed interface DisclosureBasis {

    /** The family consented, and this consent is effective. */
    record ByConsent(Consent consent) implements DisclosureBasis {
        public ByConsent {
            Objects.requireNonNull(consent, "consent");
        }
    }

    /**
     * A protection measure runs on the youth, so voluntary consent is not the legal basis; the
     * measure is. The family's effective consent is kept as the record of what they agreed to.
     */
    record ByMeasure(ProtectionMeasure measure, Consent consent) implements DisclosureBasis {
        public ByMeasure {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(consent, "consent");
        }
    }

    /** A professional recorded sharing without consent. */
    record ByException(SharingException exception) implements DisclosureBasis {
        public ByException {
            Objects.requireNonNull(exception, "exception");
        }
    }

    /** The key of this basis's name in the message bundles. */
    default String messageKey() {
        return "consent.basis." + switch (this) {
            case ByConsent c -> "CONSENT";
            case ByMeasure m -> "MEASURE";
            case ByException e -> "EXCEPTION";
        };
    }
}
