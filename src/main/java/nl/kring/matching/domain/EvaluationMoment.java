package nl.kring.matching.domain;

import java.time.LocalDate;

/** An evaluation of a match: number {@code index} (0 is the end of the trial period), its kind and the day it is due. */
public record EvaluationMoment(int index, Kind kind, LocalDate due) {

    public enum Kind {
        TRIAL,
        PERIODIC;

        public String messageKey() {
            return "matching.match.evaluation." + name();
        }
    }
}
