package nl.kring.network.domain;

/**
 * Warnings that the map shows. Each is explained in plain language from the message bundles
 * ({@code signal.<CODE>.title} and {@code signal.<CODE>.explanation}); it is a prompt for a
 * conversation, never a verdict.
 */
public enum SignalCode implements Labelled {
    PROFESSIONALS_IN_INNER_CIRCLES,
    SUPPORT_ONLY_FROM_PROFESSIONALS,
    SUPPORTER_OVERLOAD,
    NO_RECIPROCITY,
    ISOLATED_MEMBERS,
    SINGLE_CONNECTOR,
    SHRINKING_NETWORK,
    TURNING_18,
    MAPPED_NOT_ACTIVATED;

    /** The title's key; the label of a signal is its title. */
    @Override
    public String messageKey() {
        return titleKey();
    }

    public String titleKey() {
        return "signal." + name() + ".title";
    }

    public String explanationKey() {
        return "signal." + name() + ".explanation";
    }
}
