package nl.kring.network.domain;

/**
 * Kinds of social support. easyNWK records five of them (it has no normative support); Kring adds
 * {@link #NORMATIVE}: being an example or a role model.
 */
public enum SupportType implements Labelled {
    EMOTIONAL,
    PRACTICAL,
    INFORMATIONAL,
    NORMATIVE,
    COMPANIONSHIP,
    LINKING;

    @Override
    public String messageKey() {
        return "network.supportType." + name();
    }

    /** Message key of a one-sentence description in plain language. */
    public String descriptionKey() {
        return messageKey() + ".description";
    }
}
