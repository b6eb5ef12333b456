package nl.kring.intake.domain;

/** Where a support request stands: waiting for the team, accepted into a new file, or answered with a referral. */
public enum RequestState {
    RECEIVED,
    ACCEPTED,
    REFERRED;

    public String messageKey() {
        return "intake.state." + name();
    }
}
