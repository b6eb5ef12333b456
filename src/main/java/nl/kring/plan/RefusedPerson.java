package nl.kring.plan;

import java.time.Instant;
import java.util.UUID;
import nl.kring.plan.domain.PersonRef;

/** A person a youth of the family does not want involved: not invited, and given no agreements. */
public record RefusedPerson(PersonRef person, UUID youthMemberId, Instant markedAt) {}
