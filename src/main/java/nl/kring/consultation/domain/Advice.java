package nl.kring.consultation.domain;

import java.time.Instant;
import java.util.UUID;

/** One panel member's advice on the family's question. */
public record Advice(UUID authorId, String text, Instant writtenAt) {}
