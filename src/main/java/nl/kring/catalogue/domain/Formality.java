package nl.kring.catalogue.domain;

/** The first dimension of seed 003: is the support mainly given in an informal or a formal setting, or both? */
public enum Formality {
    INFORMAL, MIXED, FORMAL;

    public String messageKey() {
        return "catalogue.formality." + name();
    }
}
