package nl.kring.consent.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Kring's answer to "may this recipient see this category of this family now?", made by
 * {@link FamilyConsents#decide}. Deny by default: without an effective consent or an active
 * exception, nothing is disclosed.
 */
public sealed interface Disclosure {

    /** Shown, on this basis. */
    record Disclosed(DisclosureBasis basis) implements Disclosure {
        public Disclosed {
            Objects.requireNonNull(basis, "basis");
        }
    }

    /** Not shown. */
    record NotDisclosed() implements Disclosure {}

    Disclosure NOT_DISCLOSED = new NotDisclosed();

    default boolean isDisclosed() {
        return this instanceof Disclosed;
    }

    /** The consent the family gave for this, if the disclosure rests on one (also under a measure). */
    default Optional<Consent> grantingConsent() {
        return switch (this) {
            case Disclosed(DisclosureBasis.ByConsent(var consent)) -> Optional.of(consent);
            case Disclosed(DisclosureBasis.ByMeasure(var measure, var consent)) -> Optional.of(consent);
            case Disclosed(DisclosureBasis.ByException(var exception)) -> Optional.empty();
            case NotDisclosed() -> Optional.empty();
        };
    }

    /**
     * Whether the family must not be told about this disclosure (for example in "who looked at our
     * file"): only when it rests on an exception for child safety that is hidden from the family.
     */
    default boolean isHiddenFromFamily() {
        return this instanceof Disclosed(DisclosureBasis.ByException(var exception)) && exception.hiddenFromFamily();
    }
}
