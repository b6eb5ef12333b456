package nl.kring.family;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.kring.audit.AuditAction;
import nl.kring.family.domain.FamilyAction;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.store.FamilyStore;
import nl.kring.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who of a family file has an account: the family module's public API for invitations. Inviting and
 * listing invitations go through the one access check and audit ({@link FamilyAction#INVITE}); linking
 * an account to a member is done for the holder of a valid invitation, who is not in the file yet, so the
 * invitation module checks the invitation and audits the acceptance itself.
 */
@Service
public class FamilyMemberships {

    private final FamilyFiles families;
    private final FamilyStore store;

    FamilyMemberships(FamilyFiles families, FamilyStore store) {
        this.families = families;
        this.store = store;
    }

    /** Invites someone to the file, or sends or withdraws an invitation: refused for a closed file (409). */
    public <T> T invite(CurrentUser user, UUID familyId, AuditAction action, Function<FamilyFile, T> body, Function<T, List<String>> records) {
        return families.act(user, familyId, FamilyAction.INVITE, action, file -> body.apply(FamilyFiles.open(file)), records);
    }

    /** Reads the invitations of a file (also of a closed one). */
    public <T> T invitations(CurrentUser user, UUID familyId, AuditAction action, Function<FamilyFile, T> body,
            Function<T, List<String>> records) {
        return families.act(user, familyId, FamilyAction.INVITE, action, body, records);
    }

    /**
     * The network member for a person on one of the family's maps: the one already linked to that person,
     * or a new one without an account. Call only inside {@link #invite}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID networkContactForMapPerson(UUID familyId, UUID mapId, String personId, String name, String roleLabel) {
        return store.networkContactForMapPerson(familyId, mapId, personId, name, roleLabel);
    }

    /**
     * The file as stored, without an access check: only for accepting an invitation, whose holder proves
     * with the link that the file invited them. Never shown to them beyond what the invitation names.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<FamilyFile> fileForInvitation(UUID familyId) {
        return store.find(familyId);
    }

    /** Links an account to a family member without one; false when the member has one already or is gone. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean linkMember(UUID familyId, UUID memberId, UUID accountId) {
        return store.linkMemberAccount(familyId, memberId, accountId);
    }

    /** Links an account to a network member without one; false when they have one already or are gone. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean linkNetworkMember(UUID familyId, UUID contactId, UUID accountId) {
        return store.linkNetworkAccount(familyId, contactId, accountId);
    }
}
