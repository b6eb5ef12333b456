package nl.kring.matching;

import java.util.List;
import org.springframework.stereotype.Service;
import nl.kring.matching.store.ProgrammeStore;

/**
 * The programmes that exist, for another capability that points a family to organised informal support ("who
 * can help?"): what a programme is for (name, organisation, ages, who supports, rhythm, distance). It shows no
 * volunteers, families or matches; a coordinator's own view stays with {@link Programmes}.
 */
@Service
public class ProgrammeDirectory {

    private final ProgrammeStore store;

    ProgrammeDirectory(ProgrammeStore store) {
        this.store = store;
    }

    /** Every programme of every organisation, ordered by organisation and then as the organisation lists them. */
    public List<Programme> all() {
        return store.organisations().stream().flatMap(o -> store.programmesOf(o.id()).stream()).toList();
    }
}
