package nl.kring.matching.domain;

/** Who volunteers: one person, or a whole household (a support family). The label is {@code matching.volunteerKind.<NAME>}. */
public enum VolunteerKind {
    PERSON,
    HOUSEHOLD;

    public String messageKey() {
        return "matching.volunteerKind." + name();
    }
}
