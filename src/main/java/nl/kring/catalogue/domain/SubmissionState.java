package nl.kring.catalogue.domain;

/** Where a submission stands in the review: open, a question sent to the submitter, published (a new version), declined with a reason. */
public enum SubmissionState {
    OPEN, QUESTION_ASKED, PUBLISHED, DECLINED;

    /** An editor may still ask, publish or decline. */
    public boolean undecided() {
        return this == OPEN || this == QUESTION_ASKED;
    }

    public String messageKey() {
        return "catalogue.submission.state." + name();
    }
}
