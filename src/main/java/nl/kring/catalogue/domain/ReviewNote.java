package nl.kring.catalogue.domain;

import java.time.Instant;
import java.util.UUID;

/** What an editor wrote to the submitter: a question, or the reason for declining. */
public record ReviewNote(Kind kind, String text, UUID writtenBy, Instant writtenAt) {
    public enum Kind {
        QUESTION, DECLINE;

        public String messageKey() {
            return "catalogue.review.note." + name();
        }
    }
}
