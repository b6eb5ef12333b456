package nl.kring.consultation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.kring.consultation.Consultations;
import nl.kring.consultation.domain.Discipline;
import nl.kring.consultation.domain.MatchKind;
import nl.kring.identity.CurrentUser;
import nl.kring.platform.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The family's case consultations as JSON: the same rules, door and audit as the pages. */
@RestController
@RequestMapping("/api/v1/families/{familyId}/consultations")
@Tag(name = "Case consultations", description = "The family and their coach bring a question to a panel of professionals from several "
        + "disciplines (expertisetent): advice, what can happen while waiting, the match it ends in, the family's reactions")
@SecurityRequirement(name = "bearer")
class ConsultationApiController {

    private final Consultations consultations;
    private final MessageSource messages;

    ConsultationApiController(Consultations consultations, MessageSource messages) {
        this.consultations = consultations;
        this.messages = messages;
    }

    record NewConsultationRequest(UUID youthMemberId, String question) {}

    record PanelRequest(String username, String discipline) {}

    record TextRequest(String text) {}

    record MatchRequest(String kind, String programme, String provider, String note) {}

    record Created(UUID id) {}

    record SummaryResponse(UUID id, String youthName, String question, String stage, Instant createdAt) {}

    record ListResponse(UUID familyId, String familyName, String viewer, List<SummaryResponse> consultations, boolean mayCreate) {}

    record PanelMemberResponse(UUID accountId, String name, String discipline, Instant invitedAt, String shared) {}

    record ReactionResponse(UUID memberId, String name, String text, Instant writtenAt) {}

    record AdviceResponse(UUID authorId, String name, String discipline, String text, Instant writtenAt, List<ReactionResponse> reactions) {}

    record MatchResponse(String kind, String programme, String programmeName, String provider, String note, Instant matchedAt) {}

    record ConsultationResponse(UUID id, UUID familyId, String familyName, String viewer, String youthName, Integer youthAge, String question,
            String stage, List<PanelMemberResponse> panel, boolean singleDiscipline, List<AdviceResponse> advice, String whileWaiting,
            MatchResponse match, boolean mayInvite, boolean mayAdvise, boolean mayMatch, boolean mayReact) {}

    @GetMapping
    @Operation(summary = "The family's consultations: all for the family and its team, the ones they are on for a panel member")
    ListResponse list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId) {
        var list = consultations.list(user, familyId);
        return new ListResponse(list.familyId(), list.familyName(), list.viewer().name(), list.consultations().stream()
                .map(s -> new SummaryResponse(s.id(), s.youthName(), s.question(), s.stage().name(), s.createdAt())).toList(), list.mayCreate());
    }

    @PostMapping
    @Operation(summary = "Write down the question about one of the family's youths (the family or its team)")
    ResponseEntity<Created> create(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @RequestBody(required = false) NewConsultationRequest request) {
        var body = request == null ? new NewConsultationRequest(null, null) : request;
        var id = consultations.create(user, familyId, Optional.ofNullable(body.youthMemberId()), body.question());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(id));
    }

    @GetMapping("/{consultationId}")
    @Operation(summary = "One consultation with its panel, advice, reactions and match")
    ConsultationResponse one(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID consultationId,
            Locale locale) {
        return response(consultations.open(user, familyId, consultationId), locale);
    }

    @PostMapping("/{consultationId}/panel")
    @Operation(summary = "The coach invites a professional outside the family's team to the panel (discipline one of YOUTH_AND_FAMILY_CARE, "
            + "YOUTH_HEALTH, MENTAL_HEALTH, DISABILITY_CARE, EDUCATION, GENERAL_PRACTICE, DEBT_AND_INCOME, SOCIAL_WORK, OTHER). "
            + "They see nothing until the family shares CASE_CONSULTATION with them.")
    ResponseEntity<PanelMemberResponse> invite(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @PathVariable UUID consultationId, @RequestBody(required = false) PanelRequest request) {
        var body = request == null ? new PanelRequest(null, null) : request;
        var member = consultations.invite(user, familyId, consultationId, body.username(), discipline(body.discipline()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new PanelMemberResponse(member.accountId(), member.name(),
                member.discipline().name(), member.invitedAt(), Consultations.ShareState.NONE.name()));
    }

    @PostMapping("/{consultationId}/panel/{accountId}/consent")
    @Operation(summary = "A member of the family proposes to share the question with this panel member (category CASE_CONSULTATION); "
            + "by the youth's age the youth and the parents with authority approve it under /consents")
    ResponseEntity<Created> share(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID consultationId,
            @PathVariable UUID accountId, Locale locale) {
        var purpose = messages.getMessage("consultation.share.purpose", null, locale);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(consultations.share(user, familyId, consultationId, accountId, purpose)));
    }

    @PutMapping("/{consultationId}/advice")
    @Operation(summary = "A panel member writes or rewrites their advice (403 for anyone not on the panel; 409 once matched)")
    ConsultationResponse advise(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID consultationId,
            @RequestBody(required = false) TextRequest request, Locale locale) {
        return response(consultations.advise(user, familyId, consultationId, request == null ? null : request.text()), locale);
    }

    @PutMapping("/{consultationId}/while-waiting")
    @Operation(summary = "The panel (or the coach) writes what can happen while the family waits for help")
    ConsultationResponse whileWaiting(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @PathVariable UUID consultationId, @RequestBody(required = false) TextRequest request, Locale locale) {
        return response(consultations.whileWaiting(user, familyId, consultationId, request == null ? null : request.text()), locale);
    }

    @PutMapping("/{consultationId}/match")
    @Operation(summary = "The family or its coach record the match: kind PROGRAMME with programme one of the programme templates "
            + "(BUURTGEZINNEN, HOME_START, JONG_PERSPECTIEF, MOEDERS_INFORMEREN_MOEDERS) and optionally the provider running it, or "
            + "kind PROVIDER with the provider's name. 409 before any advice or once matched.")
    ConsultationResponse match(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID consultationId,
            @RequestBody(required = false) MatchRequest request, Locale locale) {
        var body = request == null ? new MatchRequest(null, null, null, null) : request;
        return response(consultations.match(user, familyId, consultationId, kind(body.kind()), Optional.ofNullable(body.programme()),
                body.provider(), body.note()), locale);
    }

    @PutMapping("/{consultationId}/advice/{authorId}/reaction")
    @Operation(summary = "A member of the family says what they think of one panel member's advice")
    ConsultationResponse react(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID consultationId,
            @PathVariable UUID authorId, @RequestBody(required = false) TextRequest request, Locale locale) {
        return response(consultations.react(user, familyId, consultationId, authorId, request == null ? null : request.text()), locale);
    }

    static Optional<Discipline> discipline(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Discipline.valueOf(code.strip()));
        } catch (IllegalArgumentException unknown) {
            throw Refusal.badInput("consultation.error.DISCIPLINE_MISSING", "discipline");
        }
    }

    static Optional<MatchKind> kind(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MatchKind.valueOf(code.strip()));
        } catch (IllegalArgumentException unknown) {
            throw Refusal.badInput("consultation.error.MATCH_KIND_MISSING", "kind");
        }
    }

    private ConsultationResponse response(Consultations.Opened o, Locale locale) {
        var c = o.consultation();
        var panel = c.panel().stream().map(p -> new PanelMemberResponse(p.accountId(), p.name(), p.discipline().name(), p.invitedAt(),
                o.viewer() == Consultations.Viewer.PANEL_MEMBER ? null : o.shareOf(p.accountId()).name())).toList();
        var advice = c.advice().stream().map(a -> new AdviceResponse(a.authorId(), o.nameOf(a.authorId()),
                c.panelMember(a.authorId()).map(p -> p.discipline().name()).orElse(null), a.text(), a.writtenAt(),
                c.reactionsTo(a.authorId()).stream().map(r -> new ReactionResponse(r.memberId(), o.memberNames().getOrDefault(r.memberId(), ""),
                        r.text(), r.writtenAt())).toList())).toList();
        var match = c.match().map(m -> new MatchResponse(m.kind().name(), m.programme().orElse(null),
                m.programme().map(p -> messages.getMessage("matching.template." + p + ".name", null, p, locale)).orElse(null), m.provider(),
                m.note(), m.matchedAt())).orElse(null);
        return new ConsultationResponse(c.id(), o.familyId(), o.familyName(), o.viewer().name(), o.youthName(), o.youthAge().orElse(null),
                c.question(), c.stage().name(), panel, o.singleDiscipline(), advice, c.whileWaiting(), match, o.mayInvite(), o.mayAdvise(),
                o.mayMatch(), o.mayReact());
    }
}
