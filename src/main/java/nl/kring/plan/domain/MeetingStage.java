package nl.kring.plan.domain;

/**
 * The stages of the network meeting that makes the plan (kringgesprek, netwerkberaad, Eigen Kracht style),
 * in their order. The family moves through them; during {@link #PRIVATE_TIME} the family and its network
 * make the plan among themselves and professionals get no access to it.
 */
public enum MeetingStage {
    GET_TO_KNOW,
    QUESTION_AND_WHO,
    INVITE,
    INFORMATION,
    PRIVATE_TIME,
    PLAN,
    FOLLOW_UP;

    /** Whether professionals are kept out of the plan in this stage. */
    public boolean privateToTheFamily() {
        return this == PRIVATE_TIME;
    }

    /**
     * Who may move the meeting to {@code next}: private time is started and ended only by the family; the
     * other stages also by the professional or coordinator who runs the flow.
     */
    public static boolean mayMove(MeetingStage from, MeetingStage next, boolean familyMember) {
        if (from == PRIVATE_TIME || next == PRIVATE_TIME) {
            return familyMember;
        }
        return true;
    }
}
