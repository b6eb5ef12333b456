package nl.kring.network.domain;

/**
 * A code whose label is looked up in the message bundles ({@code messages-network*.properties}).
 * Kring stores codes, never translated labels.
 */
public interface Labelled {

    /** Message key of the label, for example {@code network.sector.FAMILY}. */
    String messageKey();
}
