package nl.kring.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import nl.kring.identity.Accounts;
import nl.kring.matching.domain.RequirementRules;
import nl.kring.matching.store.ProgrammeStore;
import nl.kring.matching.store.VolunteerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails a volunteer, once, when evidence of a programme's requirement (such as a certificate of conduct,
 * valid for three years by default) runs out within {@code kring.matching.renewal-notice} (default eight
 * weeks). Idempotent: each reminder is marked sent for the evidence's kind and expiry day before it is
 * mailed, in the same transaction, so running the job again (or on two nodes) mails nobody twice; newer
 * evidence with a later expiry day gets its own reminder in time.
 */
@Component
class VolunteerRenewalReminders {

    private static final Logger LOG = LoggerFactory.getLogger(VolunteerRenewalReminders.class);

    private final VolunteerStore store;
    private final ProgrammeStore programmes;
    private final Accounts accounts;
    private final VolunteerMails mails;
    private final MatchingAudit audit;
    private final Clock clock;
    private final Period notice;

    VolunteerRenewalReminders(VolunteerStore store, ProgrammeStore programmes, Accounts accounts, VolunteerMails mails, MatchingAudit audit,
            Clock clock, @Value("${kring.matching.renewal-notice:P8W}") String notice) {
        this.store = store;
        this.programmes = programmes;
        this.accounts = accounts;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
        this.notice = Period.parse(notice);
    }

    @Scheduled(fixedDelayString = "${kring.matching.renewal-interval:PT6H}", initialDelayString = "${kring.matching.renewal-delay:PT7M}")
    void sendDueReminders() {
        int sent = send();
        if (sent > 0) {
            LOG.info("Volunteer renewal reminders mailed: {}", sent);
        }
    }

    /** Mails every renewal reminder due today that was not mailed before; returns how many were mailed. */
    @Transactional
    int send() {
        var today = LocalDate.now(clock.withZone(Volunteers.DUTCH));
        int sent = 0;
        for (var signUp : store.signUps()) {
            var programme = programmes.programme(signUp.programmeId());
            var volunteer = store.volunteer(signUp.volunteerId());
            if (programme.isEmpty() || volunteer.isEmpty()) {
                continue;
            }
            var evidence = store.evidence(signUp.volunteerId(), signUp.programmeId()).stream().map(RecordedEvidence::evidence).toList();
            for (var due : RequirementRules.renewalsDue(programme.get().settings().requirements(), evidence, today, notice)) {
                if (!store.markReminderSent(signUp.volunteerId(), signUp.programmeId(), due.kind(), due.expires(), clock.instant())) {
                    continue;
                }
                var email = accounts.emailOf(volunteer.get().accountId());
                if (email.isEmpty()) {
                    continue;
                }
                var language = volunteer.get().language();
                mails.renewal(email.get(), language, volunteer.get().profile().name(), programme.get().settings().name(),
                        mails.label(due.kind().messageKey(), language), due.expires());
                audit.system(List.of(signUp.volunteerId().toString(), signUp.programmeId().toString()), MatchingAuditAction.RENEWAL_REMINDER);
                sent++;
            }
        }
        return sent;
    }
}
