package nl.kring.consultation.domain;

/** The field a panel member brings to the case consultation; a good panel has more than one. */
public enum Discipline {
    YOUTH_AND_FAMILY_CARE,
    YOUTH_HEALTH,
    MENTAL_HEALTH,
    DISABILITY_CARE,
    EDUCATION,
    GENERAL_PRACTICE,
    DEBT_AND_INCOME,
    SOCIAL_WORK,
    OTHER
}
