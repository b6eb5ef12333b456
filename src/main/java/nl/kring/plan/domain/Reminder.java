package nl.kring.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A reminder that an accepted plan is due for attention: the follow-up four weeks after it was accepted,
 * and each evaluation moment. Shown from its day until an evaluation is held on or after it (a follow-up
 * also stops after two weeks: it is a nudge, not a debt).
 */
public record Reminder(Kind kind, LocalDate due) {

    public static final int FOLLOW_UP_DAYS = 28;
    public static final int FOLLOW_UP_SHOWN_DAYS = 14;

    public enum Kind {
        FOLLOW_UP, EVALUATION
    }

    /** The reminders due on {@code today} for a version accepted on {@code acceptedOn}. */
    public static List<Reminder> due(LocalDate acceptedOn, List<LocalDate> evaluationMoments, List<LocalDate> evaluationsHeld,
            LocalDate today) {
        var due = new ArrayList<Reminder>();
        var followUp = acceptedOn.plusDays(FOLLOW_UP_DAYS);
        if (!today.isBefore(followUp) && today.isBefore(followUp.plusDays(FOLLOW_UP_SHOWN_DAYS))
                && evaluationsHeld.stream().noneMatch(held -> !held.isBefore(acceptedOn))) {
            due.add(new Reminder(Kind.FOLLOW_UP, followUp));
        }
        for (var moment : evaluationMoments) {
            if (!today.isBefore(moment) && evaluationsHeld.stream().noneMatch(held -> !held.isBefore(moment))) {
                due.add(new Reminder(Kind.EVALUATION, moment));
            }
        }
        return due;
    }
}
