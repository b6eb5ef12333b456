package nl.kring.consent.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.consent.Sharing;
import nl.kring.consent.domain.Category;
import nl.kring.consent.domain.ConsentState;
import nl.kring.consent.domain.Recipient;
import nl.kring.identity.CurrentUser;
import nl.kring.platform.web.FormValues;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The family's consents as JSON: the same rules, checks and audit as the "Delen" page. */
@RestController
@RequestMapping("/api/v1/families/{familyId}/consents")
@Tag(name = "Consents", description = "What the family shares with whom; the family decides, following the age rules (12 and 16)")
@SecurityRequirement(name = "bearer")
class ConsentApiController {

    private final Sharing sharing;

    ConsentApiController(Sharing sharing) {
        this.sharing = sharing;
    }

    /** A consent as the API shows it. {@code state} is EFFECTIVE, PENDING, NOT_STARTED, EXPIRED or WITHDRAWN. */
    record ConsentResponse(UUID id, UUID subjectId, String subjectName, RecipientResponse recipient, List<String> categories,
            String purpose, LocalDate start, LocalDate end, String state, String pendingReason, List<String> awaitingApprovalFrom,
            boolean mayApprove, boolean mayWithdraw) {

        static ConsentResponse of(Sharing.ConsentView view) {
            var consent = view.consent();
            var pendingReason = view.state() instanceof ConsentState.PendingApprovals pending ? pending.reason().name() : null;
            return new ConsentResponse(consent.id(), consent.subjectId(), view.subjectName(), RecipientResponse.of(consent.recipient()),
                    consent.categories().stream().map(Category::code).sorted().toList(), consent.purpose(), consent.start(),
                    consent.end().orElse(null), stateCode(view.state()), pendingReason, view.awaiting(), view.mayApprove(),
                    view.mayWithdraw());
        }

        private static String stateCode(ConsentState state) {
            return switch (state) {
                case ConsentState.Effective e -> "EFFECTIVE";
                case ConsentState.PendingApprovals p -> "PENDING";
                case ConsentState.NotStarted n -> "NOT_STARTED";
                case ConsentState.Expired x -> "EXPIRED";
                case ConsentState.Withdrawn w -> "WITHDRAWN";
            };
        }
    }

    /** {@code kind} is NETWORK_MEMBER, VOLUNTEER, EXTERNAL_PROFESSIONAL or ORGANISATION. */
    record RecipientResponse(String kind, UUID id, String label) {
        static RecipientResponse of(Recipient recipient) {
            var kind = switch (recipient) {
                case Recipient.NetworkMember m -> "NETWORK_MEMBER";
                case Recipient.Volunteer v -> "VOLUNTEER";
                case Recipient.ExternalProfessional p -> "EXTERNAL_PROFESSIONAL";
                case Recipient.Organisation o -> "ORGANISATION";
            };
            return new RecipientResponse(kind, recipient.id(), recipient.label());
        }
    }

    record ConsentsResponse(List<ConsentResponse> consents, List<String> categories, boolean mayPropose) {}

    /**
     * A new consent. Name the recipient either by {@code networkContactId} (a person in the family's
     * network) or by {@code recipientUsername} (a volunteer or a professional outside the family's team).
     * Dates as yyyy-mm-dd; no start means today, no end means until withdrawn.
     */
    record NewConsentRequest(UUID subjectId, UUID networkContactId, String recipientUsername, List<String> categories, String purpose,
            String start, String end) {}

    record Created(UUID id) {}

    @GetMapping
    @Operation(summary = "The family's consents with their state now and what the caller may do with each")
    ConsentsResponse list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId) {
        var overview = sharing.overview(user, familyId);
        return new ConsentsResponse(overview.consents().stream().map(ConsentResponse::of).toList(),
                sharing.categories().stream().map(Category::code).toList(), overview.mayPropose());
    }

    @PostMapping
    @Operation(summary = "Propose a consent (family members only); the proposer's own approval is given at once when it is needed")
    ResponseEntity<Created> propose(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @RequestBody NewConsentRequest body) {
        if (body.subjectId() == null) {
            throw new Sharing.Refused(400, "consent.error.subject", "subjectId");
        }
        Sharing.RecipientChoice recipient;
        if (body.networkContactId() != null && body.recipientUsername() != null) {
            throw new Sharing.Refused(400, "consent.error.recipientBoth", "recipientUsername");
        } else if (body.networkContactId() != null) {
            recipient = new Sharing.RecipientChoice.NetworkContact(body.networkContactId());
        } else if (body.recipientUsername() != null) {
            recipient = new Sharing.RecipientChoice.Account(body.recipientUsername());
        } else {
            throw new Sharing.Refused(400, "consent.error.recipient", "networkContactId");
        }
        var id = sharing.propose(user, familyId, new Sharing.NewConsent(body.subjectId(), recipient,
                Set.copyOf(Optional.ofNullable(body.categories()).orElse(List.of())), body.purpose(),
                FormValues.optionalDate(body.start(), "consent.error.start", "start").orElse(sharing.today()), FormValues.optionalDate(body.end(), "consent.error.end", "end")));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(new Created(id));
    }

    @GetMapping("/{consentId}")
    @Operation(summary = "One consent")
    ConsentResponse one(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID consentId) {
        return sharing.overview(user, familyId).consents().stream().filter(c -> c.consent().id().equals(consentId)).findFirst()
                .map(ConsentResponse::of).orElseThrow(() -> new Sharing.Refused(404, "error.notFound", null));
    }

    @PostMapping("/{consentId}/approval")
    @Operation(summary = "Give your approval (only when it is needed: by age, the youth and/or the parents with authority)")
    ConsentResponse approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID consentId) {
        sharing.approve(user, familyId, consentId);
        return one(user, familyId, consentId);
    }

    @PostMapping("/{consentId}/withdrawal")
    @Operation(summary = "Withdraw the consent (or say no); it takes effect at once and cannot be undone")
    ConsentResponse withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID consentId) {
        sharing.withdraw(user, familyId, consentId);
        return one(user, familyId, consentId);
    }
}
