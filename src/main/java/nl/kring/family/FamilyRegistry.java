package nl.kring.family;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.kring.family.domain.ContactDetails;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.FamilyStatus;
import nl.kring.family.store.FamilyStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, closing and destroying family files. Used by the demo data and the privacy module today;
 * the intake flow that professionals use will call the same methods, behind the access policy.
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
     * Closes the file: care ended on {@code closedOn}. From then on its retention period runs. Used by the
     * demo data today; the professional's closing flow will call it behind the access policy.
     */
    @Transactional
    public void close(UUID familyId, LocalDate closedOn) {
        if (!store.close(familyId, closedOn)) {
            throw new IllegalArgumentException("no family file " + familyId);
        }
    }

    /**
     * Removes the family file and everything kept in it for good (members, people around it, maps,
     * consents: the database cascades). Only the privacy module calls this, after a decision: on the
     * family's request, or when the retention period has passed.
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
