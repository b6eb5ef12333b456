package nl.kring.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.kring.audit.AuditEntry;
import nl.kring.audit.AuditLog;
import nl.kring.audit.Channel;
import nl.kring.audit.Outcome;
import nl.kring.identity.Accounts;
import nl.kring.matching.domain.EvaluationSchedule;
import nl.kring.matching.store.MatchStore;
import nl.kring.matching.store.ProgrammeStore;
import nl.kring.matching.store.VolunteerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails the coordinators of the programme's organisation and the volunteer, once, when a running match's next
 * evaluation is a week away (or overdue and never reminded of). Idempotent like the renewal reminders: each
 * reminder is marked sent for its match, evaluation and due day before it is mailed, in the same transaction.
 */
@Component
class MatchReminders {

    /** How many days before an evaluation the reminder goes out (and the home page shows it). */
    static final int NOTICE_DAYS = 7;

    private static final Logger LOG = LoggerFactory.getLogger(MatchReminders.class);

    private final MatchStore store;
    private final ProgrammeStore programmes;
    private final VolunteerStore volunteers;
    private final Accounts accounts;
    private final MatchMails mails;
    private final AuditLog audit;
    private final Clock clock;

    MatchReminders(MatchStore store, ProgrammeStore programmes, VolunteerStore volunteers, Accounts accounts, MatchMails mails,
            AuditLog audit, Clock clock) {
        this.store = store;
        this.programmes = programmes;
        this.volunteers = volunteers;
        this.accounts = accounts;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${kring.matching.evaluation-reminder-interval:PT6H}",
            initialDelayString = "${kring.matching.evaluation-reminder-delay:PT9M}")
    void sendDueReminders() {
        int sent = send();
        if (sent > 0) {
            LOG.info("Match evaluation reminders mailed: {}", sent);
        }
    }

    /** Mails every evaluation reminder due today that was not mailed before; returns how many reminders went out. */
    @Transactional
    int send() {
        var today = LocalDate.now(clock.withZone(Volunteers.DUTCH));
        int sent = 0;
        for (var match : store.running()) {
            var programme = programmes.programme(match.programmeId());
            if (programme.isEmpty()) {
                continue;
            }
            var due = EvaluationSchedule.reminderDue(match.startedOn(), programme.get().settings().lengthMonths(),
                    store.evaluationCount(match.id()), today, Period.ofDays(NOTICE_DAYS));
            if (due.isEmpty() || !store.markReminderSent(match.id(), due.get().index(), due.get().due(), clock.instant())) {
                continue;
            }
            var moment = due.get();
            var volunteer = volunteers.volunteer(match.volunteerId());
            if (volunteer.isPresent()) {
                var language = volunteer.get().language();
                accounts.emailOf(volunteer.get().accountId()).ifPresent(email -> mails.evaluation(email, language,
                        volunteer.get().profile().name(), match.programmeName(), moment.kind().messageKey(),
                        moment.due(), "/volunteer/matches/" + match.id()));
            }
            var organisation = programme.get().organisation().id();
            for (var coordinator : programmes.coordinators(organisation)) {
                var dutch = Locale.of("nl");
                accounts.emailOf(coordinator.accountId()).ifPresent(email -> mails.evaluation(email, dutch, coordinator.displayName(),
                        match.programmeName(), moment.kind().messageKey(), moment.due(), "/matches/" + match.id()));
            }
            audit.record(new AuditEntry(Optional.empty(), "", Optional.of(match.familyId()), List.of(match.id().toString()),
                    MatchAuditAction.MATCH_REMINDER, Channel.current(), Outcome.ALLOWED));
            sent++;
        }
        return sent;
    }
}
