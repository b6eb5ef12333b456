package nl.kring.matching;

import java.util.Optional;
import java.util.UUID;
import nl.kring.matching.domain.ProgrammeSettings;
import nl.kring.matching.domain.ProgrammeTemplate;

/** A programme of an organisation with its configuration, and the template it was made from, if any. */
public record Programme(UUID id, Organisation organisation, ProgrammeSettings settings, Optional<ProgrammeTemplate> template) {}
