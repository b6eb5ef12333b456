package nl.kring.matching;

import java.util.List;
import java.util.UUID;
import nl.kring.network.RunningSupport;
import org.springframework.stereotype.Component;

/** Tells the family's map which volunteers support it through a running match: organised informal support, level 3. */
@Component
class MatchesOnMap implements RunningSupport {

    private final Matches matches;

    MatchesOnMap(Matches matches) {
        this.matches = matches;
    }

    @Override
    public List<Supporter> runningFor(UUID familyId) {
        return matches.runningOf(familyId).stream().map(m -> new Supporter(m.volunteerName(), m.programmeName())).toList();
    }
}
