package nl.kring.identity;

/** What a person does in Kring. A person can have several roles. */
public enum Role {
    YOUTH,
    PARENT,
    NETWORK_MEMBER,
    VOLUNTEER,
    COORDINATOR,
    PROFESSIONAL,
    ANALYST,
    ADMINISTRATOR;

    public String messageKey() {
        return "role." + name();
    }

    /** Spring Security authority name for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
