package nl.kring.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A stage of a match in a programme (meet, trial period, …) and the steps it requires before the match
 * moves on (a certificate of conduct, house rules agreed, an evaluation).
 *
 * <p>On a form the stages are lines of text, one stage a line, its required steps after a colon and
 * separated by semicolons: {@code Proefperiode: evaluatie van de proefperiode; besluit om door te gaan}.
 */
public record Stage(String name, List<String> requiredSteps) {

    public static final int MAX_NAME_LENGTH = 200;

    public Stage {
        name = name == null ? "" : name.strip();
        requiredSteps = requiredSteps == null ? List.of()
                : requiredSteps.stream().map(String::strip).filter(step -> !step.isEmpty()).toList();
    }

    /** The stages written on a form: blank lines are skipped, an empty step list is allowed. */
    public static List<Stage> parseLines(String text) {
        var stages = new ArrayList<Stage>();
        if (text == null) {
            return stages;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                stages.add(new Stage(line, List.of()));
            } else {
                stages.add(new Stage(line.substring(0, colon), Arrays.asList(line.substring(colon + 1).split(";"))));
            }
        }
        return stages;
    }

    /** The stages as a form shows them; {@link #parseLines} reads this back to the same stages. */
    public static String toLines(List<Stage> stages) {
        var lines = new StringBuilder();
        for (Stage stage : stages) {
            if (!lines.isEmpty()) {
                lines.append('\n');
            }
            lines.append(stage.name());
            if (!stage.requiredSteps().isEmpty()) {
                lines.append(": ").append(String.join("; ", stage.requiredSteps()));
            }
        }
        return lines.toString();
    }
}
