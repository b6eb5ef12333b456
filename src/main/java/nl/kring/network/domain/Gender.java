package nl.kring.network.domain;

public enum Gender implements Labelled {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN;

    @Override
    public String messageKey() {
        return "network.gender." + name();
    }
}
