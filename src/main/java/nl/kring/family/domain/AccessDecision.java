package nl.kring.family.domain;

/** The outcome of one access check. */
public sealed interface AccessDecision {

    record Permit() implements AccessDecision {}

    /** Refused, and the person may not learn that the file exists (HTTP 404). */
    record Unknown() implements AccessDecision {}

    /** Refused, but the person knows the file exists, e.g. a member of the family (HTTP 403). */
    record Forbidden() implements AccessDecision {}

    AccessDecision PERMIT = new Permit();
    AccessDecision UNKNOWN = new Unknown();
    AccessDecision FORBIDDEN = new Forbidden();
}
