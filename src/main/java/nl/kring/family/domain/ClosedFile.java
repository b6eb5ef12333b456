package nl.kring.family.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What an administrator may know of a closed family file to keep its retention period: its id, its
 * team, the day care ended and whether it is demo data. Never a name, nor anything else in the file.
 */
public record ClosedFile(UUID id, UUID teamId, LocalDate closedOn, boolean demo) {}
