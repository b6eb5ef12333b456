package nl.kring.catalogue.domain;

/** A submission proposes a new initiative, or a correction to one that is in the catalogue. */
public enum SubmissionKind {
    NEW, CORRECTION;

    public String messageKey() {
        return "catalogue.submission.kind." + name();
    }
}
