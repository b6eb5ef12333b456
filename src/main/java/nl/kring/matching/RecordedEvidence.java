package nl.kring.matching;

import java.time.Instant;
import java.util.UUID;
import nl.kring.matching.domain.Evidence;

/** Evidence a coordinator recorded for a volunteer in a programme: what it shows, a short note, by whom and when. */
public record RecordedEvidence(UUID id, Evidence evidence, String note, String recordedBy, Instant recordedAt) {}
