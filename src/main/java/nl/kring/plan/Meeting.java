package nl.kring.plan;

import java.time.LocalDate;
import java.util.Optional;
import nl.kring.plan.domain.MeetingStage;

/** Where the network meeting that makes the plan stands, and the date and place the family chose. */
public record Meeting(MeetingStage stage, Optional<LocalDate> on, String place) {

    public Meeting {
        on = on == null ? Optional.empty() : on;
        place = place == null ? "" : place.strip();
    }
}
