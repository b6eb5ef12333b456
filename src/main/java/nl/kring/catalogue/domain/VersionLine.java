package nl.kring.catalogue.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A line of an initiative's history: one published version, without its content. */
public record VersionLine(int number, LocalDate lastChecked, Instant publishedAt) {}
