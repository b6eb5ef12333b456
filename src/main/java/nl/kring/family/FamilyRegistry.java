package nl.kring.family;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.family.domain.ContactDetails;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.FamilyStatus;
import nl.kring.family.store.FamilyStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, closing and destroying family files. Used by the demo data and the privacy module today;
 * the intake flow that professionals use will call the same methods, behind the access policy.
 */
@Service
public class FamilyRegistry {

    private final FamilyStore store;
    private final ApplicationEventPublisher events;

    public FamilyRegistry(FamilyStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @Transactional
    public UUID createFamily(String name, UUID teamId, FamilyStatus status, boolean demo) {
        var id = store.insertFamily(name, teamId, status, demo);
        events.publishEvent(new FileChanged(id));
        return id;
    }

    @Transactional
    public UUID addMember(UUID familyId, FamilyMember member) {
        var id = store.insertMember(familyId, member);
        events.publishEvent(new FileChanged(familyId));
        return id;
    }

    /** The course of care in one file, without names (see {@link FileFacts}); empty when there is no such file. */
    @Transactional(readOnly = true)
    public Optional<FileFacts> facts(UUID familyId) {
        return store.openedOn(familyId).map(opened -> {
            var members = store.find(familyId).map(FamilyFile::members).orElse(List.of());
            var contacts = store.contactDetails(familyId);
            var postalCode = members.stream().map(m -> contacts.get(m.id())).filter(java.util.Objects::nonNull)
                    .flatMap(c -> c.postalCode().stream()).findFirst();
            return new FileFacts(familyId, opened, store.closures(familyId), store.careSituations(familyId), postalCode);
        });
    }

    /** The ids of every file there is, for a module that rebuilds what it derives from files. */
    @Transactional(readOnly = true)
    public List<UUID> ids() {
        return store.allIds();
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
        events.publishEvent(new FileChanged(familyId));
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
        events.publishEvent(new FileChanged(familyId));
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
