package nl.kring.identity;

/** What a person does in Kring. A person can have several roles. */
public enum Role {
    YOUTH,
    PARENT,
    NETWORK_MEMBER,
    VOLUNTEER,
    COORDINATOR,
    PROFESSIONAL,
    /** Sees, for the families of their own team, only what is hidden from a family for a child's safety. */
    PRIVACY_OFFICER,
    ANALYST,
    /** Reviews submissions to the public catalogue of initiatives: asks questions, publishes, declines. */
    CATALOGUE_EDITOR,
    ADMINISTRATOR;

    public String messageKey() {
        return "role." + name();
    }

    /** Spring Security authority name for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
