package nl.kring.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;
import nl.kring.intake.PublicFormThrottle;
import nl.kring.matching.domain.Availability;
import nl.kring.matching.domain.Evidence;
import nl.kring.matching.domain.FieldProblem;
import nl.kring.matching.domain.RequirementKind;
import nl.kring.matching.domain.RequirementRules;
import nl.kring.matching.domain.SupportForm;
import nl.kring.matching.domain.VolunteerRules;
import nl.kring.matching.store.ProgrammeStore;
import nl.kring.matching.store.VolunteerStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Volunteers of the programmes. A volunteer (a person or a household) registers on the public form or the
 * API and gets an account with the VOLUNTEER role; the organisation's coordinators see the volunteers of
 * their programmes and record the evidence of each requirement (a certificate of conduct with its date and
 * screening profile, the ID checked, the training, the intake interview). A volunteer is available for
 * matching in a programme only while every requirement of the programme is met by valid evidence
 * ({@link RequirementRules}); otherwise the reasons are shown to the coordinator and to the volunteer.
 * Every read and change of a volunteer's data is audited.
 */
@Service
public class Volunteers {

    /** The day evidence is judged on: the Dutch calendar day. */
    static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    public static final int NOTE_LENGTH = 500;
    public static final int SCREENING_PROFILE_LENGTH = 100;

    private final VolunteerStore store;
    private final ProgrammeStore programmes;
    private final CoordinatorAccess access;
    private final Accounts accounts;
    private final PublicFormThrottle throttle;
    private final VolunteerMails mails;
    private final MatchingAudit audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Volunteers(VolunteerStore store, ProgrammeStore programmes, CoordinatorAccess access, Accounts accounts, PublicFormThrottle throttle,
            VolunteerMails mails, MatchingAudit audit, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.programmes = programmes;
        this.access = access;
        this.accounts = accounts;
        this.throttle = throttle;
        this.mails = mails;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A programme a volunteer can sign up for, as the public form shows it. */
    public record OpenProgramme(UUID id, String name, UUID organisationId, String organisationName, SupportForm supportForm,
            String targetGroup) {}

    /**
     * What someone fills in to register: the programmes (of one organisation, which they register with), the
     * account, how to reach them, the profile, their consent to the organisation keeping it, their language.
     */
    public record Registration(List<UUID> programmes, String username, String password, String passwordAgain,
            VolunteerRules.Contact contact, VolunteerRules.Input profile, boolean consent, Locale language) {
        public Registration {
            programmes = programmes == null ? List.of() : programmes.stream().filter(p -> p != null).distinct().toList();
        }
    }

    /** A registration that went through: the volunteer and their account (both empty for a bot caught by the honeypot). */
    public record Registered(Optional<UUID> volunteerId, Optional<UUID> accountId) {}

    /** A volunteer in one programme: whether they may be matched today, and why not. */
    public record Standing(Programme programme, Availability availability, List<RecordedEvidence> evidence) {}

    /** A volunteer with their e-mail address and their standing in each programme they signed up for. */
    public record VolunteerFile(Volunteer volunteer, String email, List<Standing> standings) {}

    /** A volunteer of a programme, for the coordinator's list. */
    public record Listed(Volunteer volunteer, Availability availability) {}

    /** Evidence as typed: the requirement, the date (yyyy-mm-dd), the screening profile of a certificate of conduct, a note. */
    public record EvidenceInput(String kind, String date, String screeningProfile, String note) {}

    // --- registering (public) ---

    /** The programmes of every organisation, for the public form. */
    public List<OpenProgramme> openProgrammes() {
        var open = new ArrayList<OpenProgramme>();
        for (var organisation : programmes.organisations()) {
            for (var p : programmes.programmesOf(organisation.id())) {
                open.add(new OpenProgramme(p.id(), p.settings().name(), organisation.id(), organisation.name(), p.settings().supportForm(),
                        p.settings().targetGroup()));
            }
        }
        return open;
    }

    /**
     * Registers a volunteer and makes their account (VOLUNTEER role, their e-mail address). Refused (400) with
     * every problem and its field; refused (429) when this client address sent too many public forms.
     */
    public Registered register(String clientAddress, Registration registration, boolean honeypot) {
        return transactions.execute(tx -> {
            var admission = throttle.admit(clientAddress);
            if (honeypot) {
                admission.count();
                return new Registered(Optional.empty(), Optional.empty());
            }
            var problems = new ArrayList<FieldProblem>();
            var open = openProgrammes();
            var chosen = open.stream().filter(p -> registration.programmes().contains(p.id())).toList();
            var organisations = chosen.stream().map(OpenProgramme::organisationId).distinct().toList();
            if (chosen.isEmpty() || chosen.size() < registration.programmes().size()) {
                problems.add(new FieldProblem("programmes", "matching.volunteer.error.programmes"));
            } else if (organisations.size() > 1) {
                problems.add(new FieldProblem("programmes", "matching.volunteer.error.oneOrganisation"));
            }
            problems.addAll(VolunteerRules.check(registration.contact()));
            problems.addAll(VolunteerRules.check(registration.profile()));
            if (registration.password() == null || !registration.password().equals(registration.passwordAgain())) {
                problems.add(new FieldProblem("passwordAgain", "matching.volunteer.error.passwordAgain"));
            }
            if (!registration.consent()) {
                problems.add(new FieldProblem("consent", "matching.volunteer.error.consent"));
            }
            if (!problems.isEmpty()) {
                throw new VolunteerRefused(problems);
            }
            var profile = VolunteerRules.parse(registration.profile());
            UUID accountId;
            try {
                accountId = accounts.createInvited(registration.username() == null ? "" : registration.username().strip(), profile.name(),
                        registration.password(), Role.VOLUNTEER, registration.contact().email().strip());
            } catch (Accounts.InvalidAccountChange refused) {
                throw VolunteerRefused.of(ACCOUNT_FIELDS.getOrDefault(refused.messageKey(), "username"), refused.messageKey());
            }
            admission.count();
            var language = "en".equals(registration.language() == null ? "" : registration.language().getLanguage()) ? Locale.of("en")
                    : Locale.of("nl");
            var phone = registration.contact().phone() == null ? "" : registration.contact().phone().strip();
            var organisation = chosen.getFirst();
            var id = store.insert(accountId, organisation.organisationId(), profile, phone, language, admission.at());
            registration.programmes().forEach(programme -> store.addProgramme(id, programme));
            audit.system(List.of(id.toString()), MatchingAuditAction.VOLUNTEER_REGISTER);
            mails.welcome(registration.contact().email().strip(), language, profile.name(), organisation.organisationName());
            return new Registered(Optional.of(id), Optional.of(accountId));
        });
    }

    /** Which field an account refusal belongs to. */
    private static final Map<String, String> ACCOUNT_FIELDS = Map.of(
            "account.error.passwordTooShort", "password",
            "account.error.username", "username",
            "account.error.usernameTaken", "username",
            "account.error.displayName", "name");

    // --- the volunteer's own page ---

    /** The signed-in volunteer's own registration and standing; empty when they are not a registered volunteer. */
    public Optional<VolunteerFile> mine(CurrentUser user) {
        return transactions.execute(tx -> store.ofAccount(user.accountId()).map(volunteer -> {
            audit.allowed(user, List.of(volunteer.id().toString()), MatchingAuditAction.VOLUNTEER_READ);
            return file(volunteer);
        }));
    }

    // --- the coordinator's pages ---

    /** The volunteers who signed up for a programme the user coordinates, each with whether they may be matched today. */
    public List<Listed> ofProgramme(CurrentUser user, UUID programmeId) {
        var programme = access.programme(user, programmeId, MatchingAuditAction.VOLUNTEER_LIST);
        return transactions.execute(tx -> {
            var today = today();
            var listed = store.ofProgramme(programmeId).stream()
                    .map(v -> new Listed(v, RequirementRules.availability(programme.settings().requirements(),
                            evidenceOf(store.evidence(v.id(), programmeId)), today)))
                    .toList();
            audit.allowed(user, listed.stream().map(l -> l.volunteer().id().toString()).toList(), MatchingAuditAction.VOLUNTEER_LIST);
            return listed;
        });
    }

    /** A volunteer of a programme the user coordinates: the profile, the e-mail address and their standing in each programme. */
    public VolunteerFile read(CurrentUser user, UUID programmeId, UUID volunteerId) {
        access.programme(user, programmeId, MatchingAuditAction.VOLUNTEER_READ);
        return transactions.execute(tx -> {
            var volunteer = signedUpVolunteer(user, programmeId, volunteerId, MatchingAuditAction.VOLUNTEER_READ);
            audit.allowed(user, List.of(volunteerId.toString()), MatchingAuditAction.VOLUNTEER_READ);
            return file(volunteer);
        });
    }

    /**
     * Records what the coordinator saw for one of the programme's requirements. Refused (400 with the field)
     * for a kind the programme does not require, a date that is not a date or lies ahead, a screening profile
     * for anything but a certificate of conduct, or a note that is too long.
     */
    public UUID recordEvidence(CurrentUser user, UUID programmeId, UUID volunteerId, EvidenceInput input) {
        var programme = access.programme(user, programmeId, MatchingAuditAction.EVIDENCE_RECORD);
        var evidence = evidence(programme, input);
        var note = input.note() == null ? "" : input.note().strip();
        if (note.length() > NOTE_LENGTH) {
            throw VolunteerRefused.of("note", "matching.evidence.error.note");
        }
        return transactions.execute(tx -> {
            signedUpVolunteer(user, programmeId, volunteerId, MatchingAuditAction.EVIDENCE_RECORD);
            var id = store.insertEvidence(volunteerId, programmeId, evidence, note, user.accountId());
            audit.allowed(user, List.of(volunteerId.toString(), id.toString()), MatchingAuditAction.EVIDENCE_RECORD);
            return id;
        });
    }

    /** A programme the user coordinates, for the volunteer pages (checked and audited as part of those reads). */
    public Programme programme(CurrentUser user, UUID programmeId) {
        return access.programme(user, programmeId, MatchingAuditAction.VOLUNTEER_READ);
    }

    /** The Dutch calendar day today, the day evidence is judged on. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(DUTCH));
    }

    private Evidence evidence(Programme programme, EvidenceInput input) {
        var kind = programme.settings().requirements().stream().map(r -> r.kind())
                .filter(k -> k.name().equals(input.kind() == null ? "" : input.kind().strip())).findFirst()
                .orElseThrow(() -> VolunteerRefused.of("kind", "matching.evidence.error.kind"));
        LocalDate date;
        try {
            date = LocalDate.parse(input.date() == null ? "" : input.date().strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw VolunteerRefused.of("date", "matching.evidence.error.date");
        }
        if (date.isAfter(today()) || date.isBefore(today().minusYears(100))) {
            throw VolunteerRefused.of("date", "matching.evidence.error.dateRange");
        }
        var profile = input.screeningProfile() == null ? "" : input.screeningProfile().strip();
        if (!profile.isEmpty() && (kind != RequirementKind.CERTIFICATE_OF_CONDUCT || profile.length() > SCREENING_PROFILE_LENGTH)) {
            throw VolunteerRefused.of("screeningProfile", "matching.evidence.error.screeningProfile");
        }
        return new Evidence(kind, date, Optional.of(profile));
    }

    private Volunteer signedUpVolunteer(CurrentUser user, UUID programmeId, UUID volunteerId, MatchingAuditAction action) {
        return store.volunteer(volunteerId).filter(v -> store.signedUp(volunteerId, programmeId))
                .orElseThrow(() -> audit.refused(user, List.of(programmeId.toString(), volunteerId.toString()), action,
                        nl.kring.audit.Outcome.DENIED_NOT_FOUND));
    }

    private VolunteerFile file(Volunteer volunteer) {
        var today = today();
        var standings = store.programmesOf(volunteer.id()).stream().map(programmes::programme).flatMap(Optional::stream).map(p -> {
            var evidence = store.evidence(volunteer.id(), p.id());
            return new Standing(p, RequirementRules.availability(p.settings().requirements(), evidenceOf(evidence), today), evidence);
        }).toList();
        return new VolunteerFile(volunteer, accounts.emailOf(volunteer.accountId()).orElse(""), standings);
    }

    private static List<Evidence> evidenceOf(List<RecordedEvidence> recorded) {
        return recorded.stream().map(RecordedEvidence::evidence).toList();
    }
}
