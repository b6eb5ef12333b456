package nl.kring.consultation.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The result: a match with a programme or a provider.
 *
 * @param programme for {@link MatchKind#PROGRAMME}: the kind of programme (a code of the matching module's programme templates)
 * @param provider the provider's or the programme's organisation's name; required for {@link MatchKind#PROVIDER}
 */
public record ConsultationMatch(MatchKind kind, Optional<String> programme, String provider, String note, Instant matchedAt, UUID matchedBy) {}
