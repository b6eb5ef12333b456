package nl.kring.family.domain;

/**
 * Where a youth's care stands: from no care at all, through the own network and outpatient help, to
 * living away from home. Whether a child-protection measure applies is kept beside it as the measures.
 */
public enum CareSituation {
    NO_CARE,
    OWN_NETWORK_ONLY,
    OUTPATIENT,
    DAY_TREATMENT,
    PLACEMENT_KINSHIP_FOSTER,
    PLACEMENT_FOSTER,
    PLACEMENT_RESIDENTIAL,
    PLACEMENT_SECURE;

    /** The youth lives away from home (uithuisplaatsing). */
    public boolean isPlacement() {
        return name().startsWith("PLACEMENT_");
    }

    /** Help from professionals of any kind, outpatient or placement. */
    public boolean isProfessionalHelp() {
        return this != NO_CARE && this != OWN_NETWORK_ONLY;
    }

    public String messageKey() {
        return "lifecycle.care." + name();
    }
}
