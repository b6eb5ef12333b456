package nl.kring.invitation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;
import nl.kring.invitation.Invitations;
import nl.kring.invitation.domain.Invitation;
import nl.kring.invitation.domain.InvitationState;
import nl.kring.platform.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Invitations over the API: the same rules, access check and audit as the pages. The link itself is only ever in the mail. */
@RestController
@RequestMapping("/api/v1/families/{id}/invitations")
@Tag(name = "Invitations", description = "Invite family members and people from the network map to sign in to a family file")
@SecurityRequirement(name = "bearer")
class InvitationApiController {

    private final Invitations invitations;
    private final String publicUrl;

    InvitationApiController(Invitations invitations, @Value("${kring.public-url:}") String publicUrl) {
        this.invitations = invitations;
        this.publicUrl = publicUrl;
    }

    record InvitationJson(UUID id, String invitee, String inviteeName, Role role, String email, String language, InvitationState state,
            Instant sentAt, int sentCount, Instant expiresAt) {
        static InvitationJson of(Invitation i, InvitationState state) {
            var invitee = (i.invitee() instanceof nl.kring.invitation.domain.Invitee.FamilyMemberInvitee ? "member:" : "contact:") + i.invitee().id();
            return new InvitationJson(i.id(), invitee, i.inviteeName(), i.role(), i.email(), i.language().getLanguage(), state, i.sentAt(),
                    i.sentCount(), i.expiresAt());
        }
    }

    record CandidateJson(String invitee, String name, Role role) {}

    record InvitationsJson(List<InvitationJson> invitations, List<CandidateJson> candidates) {}

    @GetMapping
    @Operation(summary = "The file's invitations with their state (OPEN, USED, EXPIRED, WITHDRAWN), and who can be invited now "
            + "(invitee keys: member:<id>, contact:<id>, map:<mapId>:<personId>)")
    InvitationsJson list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        var file = invitations.list(user, id);
        return new InvitationsJson(file.invitations().stream().map(l -> InvitationJson.of(l.invitation(), l.state())).toList(),
                file.candidates().stream().map(c -> new CandidateJson(c.key(), c.name(), c.role())).toList());
    }

    /**
     * @param role optional: when given it must be the role the invitee gets (it follows from who they are, never from the request)
     */
    record NewInvitation(String invitee, String email, String language, Role role) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite someone and send the mail. The role follows from the invitee: YOUTH or PARENT for a family member, "
            + "NETWORK_MEMBER for anyone else; a different role in the request is refused (400). 409 when they have an account or an open invitation")
    InvitationJson invite(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody NewInvitation body,
            HttpServletRequest request) {
        var language = body.language() == null ? Locale.of("nl")
                : Invitations.LANGUAGES.stream().filter(l -> l.getLanguage().equals(body.language())).findFirst().orElse(null);
        if (body.role() != null) {
            var candidate = invitations.list(user, id).candidates().stream().filter(c -> c.key().equals(body.invitee())).findFirst();
            if (candidate.isPresent() && candidate.get().role() != body.role()) {
                throw Refusal.badInput("invitation.error.role", "role");
            }
        }
        var sent = invitations.invite(user, id, body.invitee(), body.email(), language, base(request));
        return InvitationJson.of(sent, InvitationState.OPEN);
    }

    @PostMapping("/{invitationId}/resend")
    @Operation(summary = "Send an open or expired invitation again with a new link; the old link stops working")
    InvitationJson resend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID invitationId,
            HttpServletRequest request) {
        return InvitationJson.of(invitations.resend(user, id, invitationId, base(request)), InvitationState.OPEN);
    }

    @PostMapping("/{invitationId}/withdrawal")
    @Operation(summary = "Withdraw an invitation that was not used; its link stops working")
    InvitationJson withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID invitationId) {
        return InvitationJson.of(invitations.withdraw(user, id, invitationId), InvitationState.WITHDRAWN);
    }

    private String base(HttpServletRequest request) {
        return publicUrl != null && !publicUrl.isBlank() ? publicUrl : ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
