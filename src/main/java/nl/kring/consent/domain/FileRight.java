package nl.kring.consent.domain;

/** A privacy right over the file that a family member can ask Kring to honour. */
public enum FileRight {
    /** See the file and take a copy of it. */
    ACCESS_AND_EXPORT,
    /** Have wrong or incomplete information corrected, or add one's own statement. */
    CORRECTION,
    /** Have the file, or part of it, destroyed (see {@link DestructionRequest}). */
    DESTRUCTION;

    public String messageKey() {
        return "consent.file-right." + name();
    }
}
