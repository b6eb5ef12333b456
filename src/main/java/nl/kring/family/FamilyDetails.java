package nl.kring.family;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kring.family.domain.ContactDetails;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.FileNote;
import nl.kring.family.domain.Relation;
import nl.kring.family.store.FamilyStore;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * What the family file keeps about its members beyond the file itself — basic data, contact details,
 * notes — each a category the family can share. Every read goes through
 * {@link FamilyFiles#readShared} with its own category (so the family, its team and exactly those it
 * shares that category with), every change through {@link FamilyFiles#change}; both are audited.
 */
@Service
public class FamilyDetails {

    /** Given names, ages and relations of the family members. */
    public static final String MEMBER_BASICS = "MEMBER_BASICS";
    /** Phone numbers, e-mail and postal addresses of the family members. */
    public static final String CONTACT_DETAILS = "CONTACT_DETAILS";
    /** The notes in the file. */
    public static final String NOTES = "NOTES";

    private final FamilyFiles families;
    private final FamilyStore store;
    private final Accounts accounts;

    public FamilyDetails(FamilyFiles families, FamilyStore store, Accounts accounts) {
        this.families = families;
        this.store = store;
        this.accounts = accounts;
    }

    /** A member as basic data shows them: given name, age and relation; never a birth date. */
    public record MemberBasics(UUID memberId, String givenName, Integer age, Relation relation) {}

    /** A member with their contact details (empty when none are kept). */
    public record MemberContact(UUID memberId, String givenName, String familyName, Relation relation, ContactDetails details) {
        public String name() {
            return givenName + " " + familyName;
        }
    }

    /** A note with its author's name resolved for display. */
    public record Note(UUID id, Optional<UUID> authorId, String authorName, String text, Instant createdAt) {}

    public List<MemberBasics> members(CurrentUser user, UUID familyId) {
        return families.readShared(user, familyId, MEMBER_BASICS, FamilyAuditAction.MEMBERS_READ,
                file -> file.members().stream().map(this::basics).toList(),
                result -> result.stream().map(m -> m.memberId().toString()).toList());
    }

    public List<MemberContact> contactDetails(CurrentUser user, UUID familyId) {
        return families.readShared(user, familyId, CONTACT_DETAILS, FamilyAuditAction.CONTACT_DETAILS_READ, this::contacts,
                FamilyDetails::contactRecords);
    }

    /** The contact details as a part of a file opened with {@link FamilyFiles#openWithParts}; empty when not shared. */
    public Optional<List<MemberContact>> contactDetails(FamilyFiles.Parts parts) {
        return parts.read(CONTACT_DETAILS, FamilyAuditAction.CONTACT_DETAILS_READ, this::contacts, FamilyDetails::contactRecords);
    }

    public List<Note> notes(CurrentUser user, UUID familyId) {
        return families.readShared(user, familyId, NOTES, FamilyAuditAction.NOTES_READ, this::notesOf, FamilyDetails::noteRecords);
    }

    /** The notes as a part of a file opened with {@link FamilyFiles#openWithParts}; empty when not shared. */
    public Optional<List<Note>> notes(FamilyFiles.Parts parts) {
        return parts.read(NOTES, FamilyAuditAction.NOTES_READ, this::notesOf, FamilyDetails::noteRecords);
    }

    private List<Note> notesOf(FamilyFile file) {
        return named(store.notes(file.id()));
    }

    private static List<String> contactRecords(List<MemberContact> contacts) {
        return contacts.stream().filter(c -> !c.details().isEmpty()).map(c -> "contact/" + c.memberId()).toList();
    }

    private static List<String> noteRecords(List<Note> notes) {
        return notes.stream().map(n -> "note/" + n.id()).toList();
    }

    private MemberContact saveContactDetails(CurrentUser user, UUID familyId, UUID memberId, ContactDetails details) {
        return families.change(user, familyId, FamilyAuditAction.CONTACT_DETAILS_CHANGE, file -> {
            var member = file.members().stream().filter(m -> m.id().equals(memberId)).findFirst()
                    .orElseThrow(FamilyDetailsRefused::unknownMember);
            store.saveContactDetails(file.id(), member.id(), details, Optional.of(user.accountId()));
            return new MemberContact(member.id(), member.givenName(), member.familyName(), member.relation(), details);
        }, contact -> List.of("contact/" + contact.memberId()));
    }

    /**
     * Replaces a member's contact details; blank fields mean "none". For whoever may contribute to the
     * file. What was typed is checked first, so that a refusal touches nothing and names every wrong field.
     */
    public MemberContact saveContactDetails(CurrentUser user, UUID familyId, UUID memberId, String phone, String email, String street,
            String postalCode, String city) {
        var parsed = ContactDetails.parse(phone, email, street, postalCode, city);
        var details = parsed.details().orElseThrow(() -> FamilyDetailsRefused.invalid(parsed.errors()));
        return saveContactDetails(user, familyId, memberId, details);
    }

    /** Adds a note to the file; for whoever may contribute to it. */
    public Note addNote(CurrentUser user, UUID familyId, String text) {
        var clean = FileNote.cleanText(text).orElseThrow(() -> FamilyDetailsRefused.invalid(Map.of("text", "note.error.text")));
        return families.change(user, familyId, FamilyAuditAction.NOTE_ADD,
                file -> named(List.of(store.insertNote(file.id(), Optional.of(user.accountId()), clean))).getFirst(),
                note -> List.of("note/" + note.id()));
    }

    private List<MemberContact> contacts(FamilyFile file) {
        var details = store.contactDetails(file.id());
        return file.members().stream()
                .map(m -> new MemberContact(m.id(), m.givenName(), m.familyName(), m.relation(), details.getOrDefault(m.id(), ContactDetails.NONE)))
                .toList();
    }

    private MemberBasics basics(FamilyMember member) {
        var age = member.ageOn(families.today());
        return new MemberBasics(member.id(), member.givenName(), age.isPresent() ? age.getAsInt() : null, member.relation());
    }

    private List<Note> named(List<FileNote> notes) {
        var authors = new HashSet<UUID>();
        notes.forEach(n -> n.authorId().ifPresent(authors::add));
        var names = authors.isEmpty() ? Map.<UUID, String>of() : accounts.displayNames(authors);
        return notes.stream()
                .map(n -> new Note(n.id(), n.authorId(), n.authorId().map(id -> names.getOrDefault(id, "")).orElse(""), n.text(), n.createdAt()))
                .toList();
    }
}
