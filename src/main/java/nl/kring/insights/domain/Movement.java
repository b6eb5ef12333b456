package nl.kring.insights.domain;

import java.util.ArrayList;
import java.util.List;
import nl.kring.family.domain.CareSituation;

/** The kinds of care a youth moves between: the own network (or no care), help at home or by day, living away from home. */
public enum Movement {
    NETWORK,
    OUTPATIENT,
    PLACEMENT;

    public static Movement of(CareSituation situation) {
        if (situation.isPlacement()) {
            return PLACEMENT;
        }
        return situation.isProfessionalHelp() ? OUTPATIENT : NETWORK;
    }

    /** A movement's category, e.g. {@code OUTPATIENT_TO_PLACEMENT}. */
    public static String between(Movement from, Movement to) {
        return from.name() + "_TO_" + to.name();
    }

    /** Every movement from one kind to another, towards heavier care first. */
    public static List<String> names() {
        var result = new ArrayList<String>();
        for (var from : values()) {
            for (var to : values()) {
                if (from.ordinal() < to.ordinal()) {
                    result.add(between(from, to));
                }
            }
        }
        for (var from : values()) {
            for (var to : values()) {
                if (from.ordinal() > to.ordinal()) {
                    result.add(between(from, to));
                }
            }
        }
        return List.copyOf(result);
    }
}
