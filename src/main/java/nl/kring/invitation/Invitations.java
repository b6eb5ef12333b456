package nl.kring.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import nl.kring.audit.AuditEntry;
import nl.kring.audit.AuditLog;
import nl.kring.audit.Channel;
import nl.kring.audit.Outcome;
import nl.kring.family.FamilyMemberships;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FamilyStatus;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.OidcSignUp;
import nl.kring.identity.Role;
import nl.kring.invitation.domain.Invitation;
import nl.kring.invitation.domain.InvitationRules;
import nl.kring.invitation.domain.InvitationState;
import nl.kring.invitation.domain.Invitee;
import nl.kring.invitation.store.InvitationStore;
import nl.kring.network.NetworkMaps;
import nl.kring.network.domain.EntryKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations to sign in to a family file: the capability's public API. The family (a parent with
 * parental authority, a youth from 12 for the people around them) and the assigned professionals invite
 * family members and people from the network map. An invitation is a single-use link, valid for a
 * configurable time, stored only as a hash; it gives exactly the role it names, in exactly its file.
 */
@Service
public class Invitations {

    /** Languages an invitation can be written in. */
    public static final List<Locale> LANGUAGES = List.of(Locale.of("nl"), Locale.of("en"));

    private final FamilyMemberships memberships;
    private final NetworkMaps maps;
    private final Accounts accounts;
    private final InvitationStore store;
    private final InvitationMail mail;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration validFor;
    private final SecureRandom random = new SecureRandom();

    Invitations(FamilyMemberships memberships, NetworkMaps maps, Accounts accounts, InvitationStore store, InvitationMail mail, AuditLog audit,
            TransactionTemplate transactions, Clock clock, @Value("${kring.invitation.valid-for:P7D}") Duration validFor) {
        this.memberships = memberships;
        this.maps = maps;
        this.accounts = accounts;
        this.store = store;
        this.mail = mail;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.validFor = validFor;
    }

    public Duration validFor() {
        return validFor;
    }

    // --- the family's side: invite, list, send again, withdraw ---

    /**
     * Someone who can be invited: a family member or network member without an account, or a person on a
     * network map who is not one yet. {@code key} names them in a form or request.
     */
    public record Candidate(String key, String name, Role role) {}

    /** An invitation with where it stands now. */
    public record Listed(Invitation invitation, InvitationState state) {}

    public record FileInvitations(FamilyFile file, List<Listed> invitations, List<Candidate> candidates, boolean closed) {}

    public FileInvitations list(CurrentUser user, UUID familyId) {
        var now = clock.instant();
        var listed = memberships.invitations(user, familyId, InvitationAuditAction.INVITATION_LIST,
                file -> new FileInvitations(file, store.ofFamily(familyId).stream().map(i -> new Listed(i, i.stateAt(now))).toList(),
                        List.of(), file.status() == FamilyStatus.CLOSED),
                result -> result.invitations().stream().map(l -> l.invitation().id().toString()).toList());
        return new FileInvitations(listed.file(), listed.invitations(), listed.closed() ? List.of() : candidates(user, listed.file()),
                listed.closed());
    }

    /** Everyone this person may invite now, family members first, then the network, then the maps. */
    private List<Candidate> candidates(CurrentUser user, FamilyFile file) {
        var result = new ArrayList<Candidate>();
        for (var member : file.members()) {
            var invitee = new Invitee.FamilyMemberInvitee(member.id());
            if (member.accountId().isEmpty() && InvitationRules.refuseInviter(user, file, invitee).isEmpty()) {
                result.add(new Candidate("member:" + member.id(), member.fullName(), InvitationRules.roleFor(member)));
            }
        }
        var linkedPersons = new java.util.HashSet<String>();
        for (var contact : file.network()) {
            contact.mapPerson().ifPresent(p -> linkedPersons.add(p.mapId() + ":" + p.personId()));
            if (contact.accountId().isEmpty()) {
                result.add(new Candidate("contact:" + contact.id(), contact.name(), Role.NETWORK_MEMBER));
            }
        }
        var seen = new java.util.HashSet<String>();
        for (var map : maps.maps(user, file.id()).maps()) {
            for (var person : maps.open(user, file.id(), map.id(), OptionalInt.empty()).stored().version().persons()) {
                var key = map.id() + ":" + person.id();
                if (person.kind() == EntryKind.PERSON && !person.deceased() && !linkedPersons.contains(key) && seen.add(person.name())) {
                    result.add(new Candidate("map:" + key, person.name(), Role.NETWORK_MEMBER));
                }
            }
        }
        return result;
    }

    /**
     * Invites a candidate (see {@link Candidate#key}) at this address, in this language, and sends the mail.
     *
     * @param linkBase the address of Kring as the invitee will reach it, e.g. {@code https://kring.example.nl}
     */
    public Invitation invite(CurrentUser user, UUID familyId, String candidateKey, String email, Locale language, String linkBase) {
        var emailProblem = InvitationRules.checkEmail(email);
        if (candidateKey == null || candidateKey.isBlank()) {
            throw InvitationRefused.invalid("invitation.error.invitee", "invitee");
        }
        if (emailProblem.isPresent()) {
            throw InvitationRefused.invalid(emailProblem.get(), "email");
        }
        if (language == null || !LANGUAGES.contains(language)) {
            throw InvitationRefused.invalid("invitation.error.language", "language");
        }
        // a person from a map: read (and audit) the map first, as the inviter sees it
        Optional<nl.kring.network.domain.MapPerson> fromMap = Optional.empty();
        UUID mapId = null;
        if (candidateKey.startsWith("map:")) {
            var parts = candidateKey.split(":", 3);
            if (parts.length != 3) {
                throw InvitationRefused.invalid("invitation.error.invitee", "invitee");
            }
            mapId = uuid(parts[1]);
            var personId = parts[2];
            fromMap = maps.open(user, familyId, mapId, OptionalInt.empty()).stored().version().persons().stream()
                    .filter(p -> p.id().equals(personId) && p.kind() == EntryKind.PERSON && !p.deceased()).findFirst();
            if (fromMap.isEmpty()) {
                throw InvitationRefused.invalid("invitation.error.invitee", "invitee");
            }
        }
        var person = fromMap;
        var map = mapId;
        var token = newToken();
        return memberships.invite(user, familyId, InvitationAuditAction.INVITATION_CREATE, file -> {
            Invitee invitee;
            String name;
            Role role;
            if (person.isPresent()) {
                var p = person.get();
                var contactId = memberships.networkContactForMapPerson(familyId, map, p.id(), p.name(),
                        p.roleCode() == null ? "OTHER" : p.roleCode());
                invitee = new Invitee.NetworkInvitee(contactId);
                name = p.name();
                role = Role.NETWORK_MEMBER;
                if (memberships.fileForInvitation(familyId).orElseThrow().network().stream()
                        .anyMatch(c -> c.id().equals(contactId) && c.accountId().isPresent())) {
                    throw InvitationRefused.conflict("invitation.error.hasAccount");
                }
            } else if (candidateKey.startsWith("member:")) {
                var id = uuid(candidateKey.substring("member:".length()));
                var member = file.members().stream().filter(m -> m.id().equals(id)).findFirst()
                        .orElseThrow(() -> InvitationRefused.invalid("invitation.error.invitee", "invitee"));
                if (member.accountId().isPresent()) {
                    throw InvitationRefused.conflict("invitation.error.hasAccount");
                }
                invitee = new Invitee.FamilyMemberInvitee(id);
                name = member.fullName();
                role = InvitationRules.roleFor(member);
            } else if (candidateKey.startsWith("contact:")) {
                var id = uuid(candidateKey.substring("contact:".length()));
                var contact = file.network().stream().filter(c -> c.id().equals(id)).findFirst()
                        .orElseThrow(() -> InvitationRefused.invalid("invitation.error.invitee", "invitee"));
                if (contact.accountId().isPresent()) {
                    throw InvitationRefused.conflict("invitation.error.hasAccount");
                }
                invitee = new Invitee.NetworkInvitee(id);
                name = contact.name();
                role = Role.NETWORK_MEMBER;
            } else {
                throw InvitationRefused.invalid("invitation.error.invitee", "invitee");
            }
            var refusal = InvitationRules.refuseInviter(user, file, invitee);
            if (refusal.isPresent()) {
                throw new InvitationRefused(403, refusal.get(), "invitee");
            }
            if (store.openFor(invitee).isPresent()) {
                throw InvitationRefused.conflict("invitation.error.open");
            }
            var now = clock.instant();
            var invitation = new Invitation(UUID.randomUUID(), familyId, invitee, role, name, email.strip(), language,
                    Optional.of(user.accountId()), now, now, 1, now.plus(validFor), Optional.empty(), Optional.empty(), Optional.empty());
            store.insert(invitation, hash(token));
            mail.send(invitation, user.displayName(), link(linkBase, token));
            return invitation;
        }, invitation -> List.of(invitation.id().toString(), invitation.invitee().id().toString()));
    }

    /** Sends an open or expired invitation again with a new link, valid from now; the old link stops working. */
    public Invitation resend(CurrentUser user, UUID familyId, UUID invitationId, String linkBase) {
        var token = newToken();
        return memberships.invite(user, familyId, InvitationAuditAction.INVITATION_RESEND, file -> {
            var invitation = store.find(familyId, invitationId).orElseThrow(InvitationRefused::notFound);
            var now = clock.instant();
            var state = invitation.stateAt(now);
            if (state == InvitationState.USED || state == InvitationState.WITHDRAWN) {
                throw InvitationRefused.conflict("invitation.error.notOpen");
            }
            store.resend(invitationId, hash(token), now, now.plus(validFor));
            var sent = store.find(familyId, invitationId).orElseThrow();
            mail.send(sent, user.displayName(), link(linkBase, token));
            return sent;
        }, invitation -> List.of(invitation.id().toString()));
    }

    /** Withdraws an invitation that was not used yet: its link no longer works. */
    public Invitation withdraw(CurrentUser user, UUID familyId, UUID invitationId) {
        return memberships.invite(user, familyId, InvitationAuditAction.INVITATION_WITHDRAW, file -> {
            var invitation = store.find(familyId, invitationId).orElseThrow(InvitationRefused::notFound);
            var state = invitation.stateAt(clock.instant());
            if (state == InvitationState.USED || state == InvitationState.WITHDRAWN) {
                throw InvitationRefused.conflict("invitation.error.notOpen");
            }
            store.withdraw(invitationId, clock.instant());
            return store.find(familyId, invitationId).orElseThrow();
        }, invitation -> List.of(invitation.id().toString()));
    }

    // --- the invitee's side: open the link, take it up ---

    /**
     * What the holder of a link sees: who it is for, as which role, and whether it can still be used. An
     * unknown link is refused (404); every opening is audited in the file.
     *
     * @param accountRefusal why the signed-in account cannot take it up, if it cannot
     */
    public record Opened(Invitation invitation, InvitationState state, boolean fileClosed, Optional<String> accountRefusal) {
        public boolean usable() {
            return state == InvitationState.OPEN && !fileClosed;
        }
    }

    public Opened open(String token, Optional<CurrentUser> user) {
        return transactions.execute(tx -> {
            var invitation = byToken(token);
            var file = memberships.fileForInvitation(invitation.familyId()).orElseThrow(InvitationRefused::notFound);
            var opened = new Opened(invitation, invitation.stateAt(clock.instant()), file.status() == FamilyStatus.CLOSED,
                    user.flatMap(u -> InvitationRules.refuseAccount(u, file)));
            audit.record(entry(user, invitation.familyId(), List.of(invitation.id().toString()), InvitationAuditAction.INVITATION_LINK_OPEN,
                    Outcome.ALLOWED));
            return opened;
        });
    }

    /** Takes up the invitation with a new account; returns the account's id and the file it belongs to. */
    public Accepted acceptWithNewAccount(String token, String username, String displayName, String password, String passwordAgain) {
        if (password == null || !password.equals(passwordAgain)) {
            throw InvitationRefused.invalid("invitation.error.passwordsDiffer", "passwordAgain");
        }
        return transactions.execute(tx -> {
            var invitation = usable(token, Optional.empty());
            var accountId = accounts.createInvited(username == null ? "" : username.strip(), displayName, password, invitation.role(),
                    invitation.email());
            return link(invitation, accountId, Optional.empty());
        });
    }

    /**
     * Takes up the invitation by signing in through the OIDC provider: a new account without a password,
     * linked to the provider's (issuer, subject), with exactly the invitation's role in exactly its file. The
     * same rules as with a password: the link must still be open, the file not closed, and it works once.
     */
    public Accepted acceptWithOidc(String token, OidcSignUp.OidcIdentity who) {
        return transactions.execute(tx -> {
            var invitation = usable(token, Optional.empty());
            var accountId = accounts.createInvitedWithOidc(invitation.inviteeName(), invitation.role(), invitation.email(), who.issuer(),
                    who.subject());
            return link(invitation, accountId, Optional.empty());
        });
    }

    /**
     * Takes up the invitation with the signed-in account, which gets the invitation's role in its file.
     * {@code confirmed}: the person confirmed that they are the invitee.
     */
    public Accepted acceptWithAccount(String token, CurrentUser user, boolean confirmed) {
        return transactions.execute(tx -> {
            var invitation = usable(token, Optional.of(user));
            var file = memberships.fileForInvitation(invitation.familyId()).orElseThrow(InvitationRefused::notFound);
            var refusal = InvitationRules.refuseAccount(user, file);
            if (refusal.isPresent()) {
                throw InvitationRefused.conflict(refusal.get());
            }
            if (!confirmed) {
                throw InvitationRefused.invalid("invitation.error.confirm", "confirm");
            }
            accounts.grantRole(user.accountId(), invitation.role());
            return link(invitation, user.accountId(), Optional.of(user));
        });
    }

    /** A taken-up invitation; {@code landing} is where the invitee goes once signed in. */
    public record Accepted(UUID accountId, UUID familyId, Role role, String landing) {}

    private Accepted link(Invitation invitation, UUID accountId, Optional<CurrentUser> user) {
        boolean linked = switch (invitation.invitee()) {
            case Invitee.FamilyMemberInvitee m -> memberships.linkMember(invitation.familyId(), m.id(), accountId);
            case Invitee.NetworkInvitee n -> memberships.linkNetworkMember(invitation.familyId(), n.id(), accountId);
        };
        if (!linked) {
            // someone else took this place in the file in the meantime
            throw InvitationRefused.conflict("invitation.error.taken");
        }
        store.markUsed(invitation.id(), accountId, clock.instant());
        var roles = user.map(CurrentUser::roleCodes).orElse(invitation.role().name());
        audit.record(new AuditEntry(Optional.of(accountId), roles, Optional.of(invitation.familyId()),
                List.of(invitation.id().toString(), invitation.invitee().id().toString()), InvitationAuditAction.INVITATION_ACCEPT,
                Channel.current(), Outcome.ALLOWED));
        // a youth and a parent with parental authority read their file; anyone else starts at what is shared with them
        var seesFile = invitation.invitee() instanceof Invitee.FamilyMemberInvitee m && memberships.fileForInvitation(invitation.familyId())
                .flatMap(f -> f.members().stream().filter(x -> x.id().equals(m.id())).findFirst())
                .map(x -> x.relation() == nl.kring.family.domain.Relation.YOUTH || x.parentalAuthority()).orElse(false);
        return new Accepted(accountId, invitation.familyId(), invitation.role(), seesFile ? "/families/" + invitation.familyId() : "/");
    }

    private Invitation usable(String token, Optional<CurrentUser> user) {
        var invitation = byToken(token);
        var state = invitation.stateAt(clock.instant());
        if (state != InvitationState.OPEN) {
            throw new InvitationRefused(410, state.messageKey(), null);
        }
        if (memberships.fileForInvitation(invitation.familyId()).map(f -> f.status() == FamilyStatus.CLOSED).orElse(true)) {
            throw InvitationRefused.conflict("invitation.error.closed");
        }
        return invitation;
    }

    private Invitation byToken(String token) {
        var found = token == null || token.length() > 100 ? Optional.<Invitation>empty() : store.byTokenHash(hash(token));
        // an unknown link names no file, so there is no family to tell
        return found.orElseThrow(InvitationRefused::notFound);
    }

    private static AuditEntry entry(Optional<CurrentUser> user, UUID familyId, List<String> records, InvitationAuditAction action,
            Outcome outcome) {
        return new AuditEntry(user.map(CurrentUser::accountId), user.map(CurrentUser::roleCodes).orElse(""), Optional.ofNullable(familyId),
                records, action, Channel.current(), outcome);
    }

    private String newToken() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The secret has 256 bits of entropy, so a fast hash is enough: nobody can guess their way back. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String link(String base, String token) {
        var trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return trimmed + "/invitations/" + token;
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw InvitationRefused.invalid("invitation.error.invitee", "invitee");
        }
    }
}
