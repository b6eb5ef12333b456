package nl.kring.family.web;

import java.util.Map;
import java.util.UUID;
import nl.kring.family.FamilyDetails;

/** The forms for contact details and notes, kept as typed so a refused form comes back as it was sent. */
public final class DetailForms {

    private DetailForms() {}

    /** A member's contact details being edited; {@code errors} maps a field to the message key of what is wrong. */
    public record ContactForm(UUID memberId, String memberName, String phone, String email, String street, String postalCode, String city,
            Map<String, String> errors) {

        public ContactForm {
            errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
        }

        static ContactForm of(FamilyDetails.MemberContact contact) {
            var d = contact.details();
            return new ContactForm(contact.memberId(), contact.name(), d.phone().orElse(""), d.email().orElse(""), d.street().orElse(""),
                    d.postalCode().orElse(""), d.city().orElse(""), Map.of());
        }

        public boolean has(String field) {
            return errors.containsKey(field);
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    /** A new note being written. */
    public record NoteForm(String text, Map<String, String> errors) {

        static final NoteForm EMPTY = new NoteForm("", Map.of());

        public NoteForm {
            errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }
}
