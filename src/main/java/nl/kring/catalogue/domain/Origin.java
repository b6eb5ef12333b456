package nl.kring.catalogue.domain;

/**
 * Where an entry comes from: one of the thirteen examples of the document "De kracht van het gewone"
 * (seed 003), whose elements are those the document lists for it, or added later (from the other seeds or
 * through a submission), whose elements are the catalogue editors' reading.
 */
public enum Origin {
    DOCUMENT, ADDED;

    public String messageKey() {
        return "catalogue.origin." + name();
    }
}
