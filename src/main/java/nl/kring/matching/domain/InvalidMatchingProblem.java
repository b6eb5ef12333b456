package nl.kring.matching.domain;

/**
 * A matching problem that cannot be solved as given: which part is wrong, at which position in its
 * list, and why. An expected answer to bad input, so without a stack trace.
 */
public final class InvalidMatchingProblem extends RuntimeException {

    /** The part of the problem that is wrong. */
    public enum Part {
        VOLUNTEER_CAPACITY, CANDIDATE, CANDIDATE_REQUEST, CANDIDATE_VOLUNTEER, CANDIDATE_SCORE
    }

    /** Why it is wrong. */
    public enum Reason {
        /** refers to a request or volunteer that is not in the lists */
        UNKNOWN,
        /** the same id or the same pair twice */
        DUPLICATE,
        /** a capacity below zero */
        NEGATIVE,
        /** a score that is NaN or infinite */
        NOT_FINITE
    }

    private final Part part;
    private final int position;
    private final Reason reason;

    public InvalidMatchingProblem(Part part, int position, Reason reason) {
        super(part + "[" + position + "] " + reason, null, false, false);
        this.part = part;
        this.position = position;
        this.reason = reason;
    }

    public Part part() {
        return part;
    }

    /** The position (from 0) in the list the part belongs to: requests, volunteers or candidates. */
    public int position() {
        return position;
    }

    public Reason reason() {
        return reason;
    }
}
