package nl.kring.family.domain;

public enum FamilyStatus {
    INTAKE,
    ACTIVE,
    STEP_DOWN,
    CLOSED;

    public String messageKey() {
        return "family.status." + name();
    }
}
