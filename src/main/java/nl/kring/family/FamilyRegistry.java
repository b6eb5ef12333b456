package nl.kring.family;

import java.util.Optional;
import java.util.UUID;
import nl.kring.family.domain.ContactDetails;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.FamilyStatus;
import nl.kring.family.store.FamilyStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating family files. Used by the demo data today; the intake flow that professionals use will
 * call the same methods, behind the access policy.
 */
@Service
public class FamilyRegistry {

    private final FamilyStore store;

    public FamilyRegistry(FamilyStore store) {
        this.store = store;
    }

    @Transactional
    public UUID createFamily(String name, UUID teamId, FamilyStatus status, boolean demo) {
        return store.insertFamily(name, teamId, status, demo);
    }

    @Transactional
    public UUID addMember(UUID familyId, FamilyMember member) {
        return store.insertMember(familyId, member);
    }

    @Transactional
    public UUID addNetworkContact(UUID familyId, Optional<UUID> accountId, String name, String roleLabel) {
        return store.insertNetworkContact(familyId, accountId, name, roleLabel);
    }

    @Transactional
    public void assignProfessional(UUID familyId, UUID professionalAccountId) {
        store.assignProfessional(familyId, professionalAccountId);
    }

    /**
     * Removes the family file and everything kept in it for good (members, people around it, maps,
     * consents: the database cascades). Only the privacy module calls this, after a decision.
     */
    @Transactional
    public void destroy(UUID familyId) {
        store.delete(familyId);
    }

    /** Keeps a member's contact details (demo data; people change them through {@link FamilyDetails}). */
    @Transactional
    public void setContactDetails(UUID familyId, UUID memberId, ContactDetails details) {
        store.saveContactDetails(familyId, memberId, details, Optional.empty());
    }

    /** Adds a note (demo data; people add them through {@link FamilyDetails}). */
    @Transactional
    public UUID addNote(UUID familyId, Optional<UUID> authorId, String text) {
        return store.insertNote(familyId, authorId, text).id();
    }

    @Transactional
    public void unassignProfessional(UUID familyId, UUID professionalAccountId) {
        store.unassignProfessional(familyId, professionalAccountId);
    }
}
