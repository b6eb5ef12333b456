package nl.kring.matching.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.matching.MatchingRefusal;
import nl.kring.matching.RecordedEvidence;
import nl.kring.matching.Volunteer;
import nl.kring.matching.VolunteerRefused;
import nl.kring.matching.Volunteers;
import nl.kring.matching.domain.Availability;
import nl.kring.matching.domain.TimeSlot;
import nl.kring.matching.domain.VolunteerRules;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Volunteers over the API: registering (public, throttled), the volunteer's own standing, and a coordinator's view and evidence. */
@RestController
@Tag(name = "Matching")
class VolunteerApiController {

    private final Volunteers volunteers;
    private final MessageSource messages;

    VolunteerApiController(Volunteers volunteers, MessageSource messages) {
        this.volunteers = volunteers;
        this.messages = messages;
    }

    /**
     * A registration: the programmes (of one organisation), the account, contact, profile and consent. Languages
     * are ISO 639 codes, availability codes such as WEDNESDAY_AFTERNOON, interests names such as SPORT.
     */
    record NewVolunteer(List<UUID> programmes, String username, String password, String email, String phone, String kind, String name,
            String household, String postcode, List<String> languages, List<String> availability, List<String> interests,
            String experience, List<String> cultures, Integer ageFrom, Integer ageTo, Integer maxDistanceKm, Boolean consent,
            String language) {}

    record Created(UUID id) {}

    record Profile(String kind, String name, String household, String area, List<String> languages, List<String> availability,
            List<String> interests, String experience, List<String> cultures, Integer ageFrom, Integer ageTo, Integer maxDistanceKm) {
        static Profile of(Volunteer v) {
            var p = v.profile();
            return new Profile(p.kind().name(), p.name(), p.household(), p.area().toString(), p.languages().stream().sorted().toList(),
                    p.availability().stream().sorted().map(TimeSlot::code).toList(), p.interests().stream().sorted().map(Enum::name).toList(),
                    p.experience(), List.copyOf(p.cultures()), p.ageFrom().orElse(null), p.ageTo().orElse(null),
                    p.maxDistanceKm().orElse(null));
        }
    }

    /** A requirement that is not met: the requirement, why (MISSING, EXPIRED, FUTURE_DATE, WRONG_SCREENING_PROFILE), since when, in words. */
    record Reason(String requirement, String code, LocalDate since, String message) {}

    /** Whether the volunteer can be matched in the programme today; availableUntil: the day the first evidence runs out. */
    record Standing(UUID programme, String programmeName, boolean available, LocalDate availableUntil, List<Reason> reasons,
            List<EvidenceAnswer> evidence) {}

    record EvidenceAnswer(UUID id, String kind, LocalDate date, String screeningProfile, String note, String recordedBy) {
        static EvidenceAnswer of(RecordedEvidence e) {
            return new EvidenceAnswer(e.id(), e.evidence().kind().name(), e.evidence().date(), e.evidence().screeningProfile().orElse(null),
                    e.note(), e.recordedBy());
        }
    }

    record VolunteerAnswer(UUID id, UUID organisation, String email, String phone, Profile profile, List<Standing> standings) {}

    record ListedAnswer(UUID id, String name, String kind, String area, boolean available, LocalDate availableUntil, List<Reason> reasons) {}

    record NewEvidence(String kind, String date, String screeningProfile, String note) {}

    @PostMapping("/api/v1/volunteers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register as a volunteer (no account needed; you get one with the VOLUNTEER role). 400 lists every problem "
            + "with its field; 429 after too many public forms from one address")
    Created register(HttpServletRequest request, @RequestBody NewVolunteer body) {
        var input = new VolunteerRules.Input(body.kind(), body.name(), body.household(), body.postcode(), body.languages(), body.availability(),
                body.interests(), body.experience(), body.cultures() == null ? "" : String.join(",", body.cultures()), text(body.ageFrom()),
                text(body.ageTo()), text(body.maxDistanceKm()));
        var registration = new Volunteers.Registration(body.programmes(), body.username(), body.password(), body.password(),
                new VolunteerRules.Contact(body.email(), body.phone()), input, Boolean.TRUE.equals(body.consent()),
                Locale.of(body.language() == null ? "nl" : body.language()));
        var registered = volunteers.register(request.getRemoteAddr(), registration, false);
        return new Created(registered.volunteerId().orElseThrow());
    }

    @GetMapping("/api/v1/volunteers/me")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Your own registration as a volunteer, and per programme whether you can be matched and why not (404 if you are not registered)")
    VolunteerAnswer me(@AuthenticationPrincipal CurrentUser user, Locale locale) {
        return answer(volunteers.mine(user).orElseThrow(() -> new MatchingRefusal(404, "error.notFound", null)), locale);
    }

    @GetMapping("/api/v1/programmes/{id}/volunteers")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The volunteers of a programme you coordinate, each with whether they can be matched today and why not")
    List<ListedAnswer> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale) {
        return volunteers.ofProgramme(user, id).stream().map(l -> {
            var p = l.volunteer().profile();
            return new ListedAnswer(l.volunteer().id(), p.name(), p.kind().name(), p.area().toString(), l.availability().available(),
                    until(l.availability()), reasons(l.availability(), locale));
        }).toList();
    }

    @GetMapping("/api/v1/programmes/{id}/volunteers/{volunteerId}")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "A volunteer of a programme you coordinate: profile, contact, evidence and standing (404 otherwise)")
    VolunteerAnswer read(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID volunteerId, Locale locale) {
        return answer(volunteers.read(user, id, volunteerId), locale);
    }

    @PostMapping("/api/v1/programmes/{id}/volunteers/{volunteerId}/evidence")
    @SecurityRequirement(name = "bearer")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record evidence for one of the programme's requirements: kind, date (yyyy-mm-dd, not ahead), the screening "
            + "profile of a certificate of conduct, a note. 400 names the field")
    Created evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID volunteerId,
            @RequestBody NewEvidence body) {
        return new Created(volunteers.recordEvidence(user, id, volunteerId,
                new Volunteers.EvidenceInput(body.kind(), body.date(), body.screeningProfile(), body.note())));
    }

    @ExceptionHandler(VolunteerRefused.class)
    ResponseEntity<ProblemDetail> refused(VolunteerRefused refused, HttpServletRequest request, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage(refused.messageKey(), null, locale));
        problem.setTitle(messages.getMessage("error.status.400", null, "Bad request", locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("field", refused.field());
        problem.setProperty("problems", refused.problems().stream()
                .map(p -> java.util.Map.of("field", p.field(), "message", messages.getMessage(p.messageKey(), null, locale))).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private VolunteerAnswer answer(Volunteers.VolunteerFile file, Locale locale) {
        var v = file.volunteer();
        return new VolunteerAnswer(v.id(), v.organisation().id(), file.email(), v.phone(), Profile.of(v), file.standings().stream()
                .map(s -> new Standing(s.programme().id(), s.programme().settings().name(), s.availability().available(),
                        until(s.availability()), reasons(s.availability(), locale), s.evidence().stream().map(EvidenceAnswer::of).toList()))
                .toList());
    }

    private static LocalDate until(Availability availability) {
        return availability instanceof Availability.Available a ? a.until().orElse(null) : null;
    }

    private List<Reason> reasons(Availability availability, Locale locale) {
        if (!(availability instanceof Availability.Unavailable u)) {
            return List.of();
        }
        return u.reasons().stream().map(r -> new Reason(r.kind().name(), r.code().name(), r.since().orElse(null),
                messages.getMessage("matching.availability." + r.code().name(),
                        new Object[] {messages.getMessage(r.kind().messageKey(), null, locale),
                                r.since().map(d -> d.getDayOfMonth() + "-" + d.getMonthValue() + "-" + d.getYear()).orElse("")}, locale)))
                .toList();
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
