package nl.kring.consultation.domain;

import java.time.Instant;
import java.util.UUID;

/** What a member of the family thinks of one panel member's advice. */
public record Reaction(UUID adviceAuthorId, UUID memberId, String text, Instant writtenAt) {}
