package nl.kring.matching.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.matching.MatchingRefusal;
import nl.kring.matching.Programme;
import nl.kring.matching.Programmes;
import nl.kring.matching.domain.CriterionSetting;
import nl.kring.matching.domain.ProgrammeSettings;
import nl.kring.matching.domain.ProgrammeTemplate;
import nl.kring.matching.domain.Requirement;
import nl.kring.matching.domain.RequirementKind;
import nl.kring.matching.domain.Stage;
import nl.kring.matching.domain.SupportForm;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A coordinator's programmes over the API: the same rules and audit as the pages. */
@RestController
@Tag(name = "Matching", description = "Volunteer programmes: optimal batch matching of requests and volunteers")
@SecurityRequirement(name = "bearer")
class ProgrammeApiController {

    private final Programmes programmes;

    ProgrammeApiController(Programmes programmes) {
        this.programmes = programmes;
    }

    /** A programme's settings as JSON; absent numbers are null. */
    record ProgrammeBody(String name, String targetGroup, Integer ageFrom, Integer ageTo, SupportForm supportForm,
            Integer contactEveryWeeks, Integer lengthMonths, String rhythmNote, Integer maxDistanceKm, Integer volunteerCapacity,
            List<Stage> stages, List<CriterionSetting> criteria, List<RequirementBody> requirements) {

        static ProgrammeBody of(ProgrammeSettings s) {
            return new ProgrammeBody(s.name(), s.targetGroup(), s.ageFrom().orElse(null), s.ageTo().orElse(null), s.supportForm(),
                    s.contactEveryWeeks().orElse(null), s.lengthMonths().orElse(null), s.rhythmNote(),
                    s.maxDistanceKm().orElse(null), s.volunteerCapacity(), s.stages(), s.criteria(),
                    s.requirements().stream().map(RequirementBody::of).toList());
        }

        ProgrammeSettings settings() {
            return new ProgrammeSettings(name, targetGroup, Optional.ofNullable(ageFrom), Optional.ofNullable(ageTo), supportForm,
                    Optional.ofNullable(contactEveryWeeks), Optional.ofNullable(lengthMonths), rhythmNote,
                    Optional.ofNullable(maxDistanceKm), volunteerCapacity == null ? 1 : volunteerCapacity, stages,
                    criteria == null ? List.of() : criteria.stream().filter(c -> c != null).toList(),
                    requirements == null ? List.of() : requirements.stream().filter(r -> r != null).map(RequirementBody::requirement).toList());
        }
    }

    /** A requirement: validMonths null means valid for good; screeningProfile only for CERTIFICATE_OF_CONDUCT. */
    record RequirementBody(RequirementKind kind, Integer validMonths, String screeningProfile) {

        static RequirementBody of(Requirement r) {
            return new RequirementBody(r.kind(), r.validFor().map(p -> (int) p.toTotalMonths()).orElse(null),
                    r.screeningProfile().orElse(null));
        }

        Requirement requirement() {
            if (kind == null || validMonths != null && (validMonths < 1 || validMonths > ProgrammeSettings.MAX_VALID_MONTHS)) {
                throw new MatchingRefusal(400, "matching.programme.error.requirement",
                        "validMonths-" + (kind == null ? "" : kind.name()));
            }
            return new Requirement(kind, Optional.ofNullable(validMonths).map(Period::ofMonths), Optional.ofNullable(screeningProfile));
        }
    }

    record ProgrammeAnswer(UUID id, UUID organisation, String organisationName, String template, ProgrammeBody settings) {
        static ProgrammeAnswer of(Programme p) {
            return new ProgrammeAnswer(p.id(), p.organisation().id(), p.organisation().name(),
                    p.template().map(Enum::name).orElse(null), ProgrammeBody.of(p.settings()));
        }
    }

    record NewProgramme(UUID organisation, String template, ProgrammeBody settings) {}

    record Created(UUID id) {}

    @GetMapping("/api/v1/programmes")
    @Operation(summary = "The programmes of the organisations you coordinate (COORDINATOR)")
    List<ProgrammeAnswer> mine(@AuthenticationPrincipal CurrentUser user) {
        return programmes.mine(user).stream().flatMap(o -> o.programmes().stream()).map(ProgrammeAnswer::of).toList();
    }

    @GetMapping("/api/v1/programme-templates/{template}")
    @Operation(summary = "The settings a template starts with (BUURTGEZINNEN, HOME_START, JONG_PERSPECTIEF, "
            + "MOEDERS_INFORMEREN_MOEDERS), in the language of Accept-Language")
    ProgrammeBody template(@PathVariable String template, Locale locale) {
        return ProgrammeBody.of(programmes.fromTemplate(template(Optional.of(template))
                .orElseThrow(() -> new MatchingRefusal(404, "error.notFound", "template")), locale));
    }

    @PostMapping("/api/v1/programmes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a programme for an organisation you coordinate: the given settings, or with only 'template' "
            + "the template's settings in your language. 400 names the field; 404 for an organisation you do not coordinate")
    Created create(@AuthenticationPrincipal CurrentUser user, @RequestBody NewProgramme body, Locale locale) {
        if (body.organisation() == null) {
            throw new MatchingRefusal(400, "error.badRequest", "organisation");
        }
        var template = template(Optional.ofNullable(body.template()));
        if (body.template() != null && template.isEmpty()) {
            throw new MatchingRefusal(400, "error.badRequest", "template");
        }
        var settings = body.settings() != null ? body.settings().settings()
                : template.map(t -> programmes.fromTemplate(t, locale))
                        .orElseThrow(() -> new MatchingRefusal(400, "error.badRequest", "settings"));
        return new Created(programmes.create(user, body.organisation(), settings, template));
    }

    @GetMapping("/api/v1/programmes/{id}")
    @Operation(summary = "A programme of an organisation you coordinate (404 otherwise)")
    ProgrammeAnswer read(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return ProgrammeAnswer.of(programmes.read(user, id));
    }

    @PutMapping("/api/v1/programmes/{id}")
    @Operation(summary = "Change a programme's settings; 400 names the field")
    ProgrammeAnswer update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody ProgrammeBody body) {
        programmes.update(user, id, body.settings());
        return ProgrammeAnswer.of(programmes.read(user, id));
    }

    private static Optional<ProgrammeTemplate> template(Optional<String> name) {
        return name.flatMap(n -> Arrays.stream(ProgrammeTemplate.values()).filter(t -> t.name().equals(n)).findFirst());
    }
}
