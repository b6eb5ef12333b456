package nl.kring.consultation.domain;

/** Where the consultation's result leads: a programme of organised informal support, or a named provider of help. */
public enum MatchKind {
    PROGRAMME,
    PROVIDER
}
