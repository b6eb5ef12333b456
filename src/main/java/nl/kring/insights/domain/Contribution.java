package nl.kring.insights.domain;

import java.time.YearMonth;

/** One line of what a file adds to the counts: a measure's category in a month, municipality and area, with its weight. */
public record Contribution(Measure measure, String category, YearMonth month, String municipality, String area, long weight) {}
