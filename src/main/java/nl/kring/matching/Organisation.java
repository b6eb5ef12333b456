package nl.kring.matching;

import java.util.UUID;

/** An organisation that runs volunteer programmes (a foundation, a welfare organisation). */
public record Organisation(UUID id, String name) {}
