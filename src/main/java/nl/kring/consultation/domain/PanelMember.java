package nl.kring.consultation.domain;

import java.time.Instant;
import java.util.UUID;

/** A professional the coach invited to the panel, with the discipline they bring. */
public record PanelMember(UUID accountId, String name, Discipline discipline, Instant invitedAt) {}
