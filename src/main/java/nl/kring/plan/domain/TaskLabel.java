package nl.kring.plan.domain;

/** The concrete tasks an agreement can name, so that "help out" becomes something a person can say yes to. */
public enum TaskLabel {
    DRIVER, COOK, BUDDY, ORGANISER, COACH, CARER, BOOKKEEPER, HANDYMAN, HOUSEHOLD_HELP
}
