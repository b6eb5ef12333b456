package nl.kring.network.domain;

/** Whether the family sees a person as protective, as a risk, or neither. */
public enum Factor implements Labelled {
    PROTECTIVE,
    RISK,
    NONE;

    @Override
    public String messageKey() {
        return "network.factor." + name();
    }
}
