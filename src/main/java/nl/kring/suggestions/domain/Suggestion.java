package nl.kring.suggestions.domain;

import java.util.List;
import java.util.Objects;
import nl.kring.network.domain.SupportLevel;

/**
 * One way the need could be met, at one of the four levels of support, with its reasons.
 *
 * @param ref what it points to: {@code mapId/personId} for a person on the map, the programme's id, or the
 *        catalogue entry's id
 * @param detail a short second line: the map's title, the organisation, the initiative in a nutshell
 */
public record Suggestion(SupportLevel level, Source source, String ref, String name, String detail, List<Reason> reasons) {

    public Suggestion {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ref, "ref");
        name = name == null ? "" : name;
        detail = detail == null ? "" : detail;
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** What a suggestion points to. */
    public enum Source {
        /** a person on one of the family's maps */
        MAP_PERSON,
        /** a volunteer programme in Kring */
        PROGRAMME,
        /** an initiative of the public catalogue */
        INITIATIVE
    }

    /** Only a person on the map can be given an agreement in the plan. */
    public boolean mayBeAskedInPlan() {
        return source == Source.MAP_PERSON;
    }
}
