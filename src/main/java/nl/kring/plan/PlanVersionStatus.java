package nl.kring.plan;

/** A version is a draft until everyone who decides has accepted it; then it is kept as it is. */
public enum PlanVersionStatus {
    DRAFT, ACCEPTED
}
