package nl.kring.audit;

/** How an access attempt ended. Refusals are recorded as well as what was allowed. */
public enum Outcome {
    ALLOWED,
    DENIED_NOT_FOUND,
    DENIED_FORBIDDEN,
    UNAUTHENTICATED
}
