package nl.kring.catalogue.domain;

/**
 * Who gives the support: people from the family's own network (such as a chosen mentor), volunteers, peers
 * (people with the same experience or of the same age), professionals.
 */
public enum Supporter {
    NETWORK, VOLUNTEERS, PEERS, PROFESSIONALS;

    public String messageKey() {
        return "catalogue.supporter." + name();
    }
}
