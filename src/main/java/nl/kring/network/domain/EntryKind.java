package nl.kring.network.domain;

/**
 * What an entry on the map is. Only persons count in the network figures; a pet or another
 * non-human entry (an object, a place, a memory) can matter a lot to the centre but has no ties.
 */
public enum EntryKind implements Labelled {
    PERSON,
    PET,
    NON_HUMAN;

    @Override
    public String messageKey() {
        return "network.entryKind." + name();
    }
}
