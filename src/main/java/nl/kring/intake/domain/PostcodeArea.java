package nl.kring.intake.domain;

import java.util.UUID;

/** The postcodes a team covers: from {@code from} to {@code to}, both included, on the four digits. */
public record PostcodeArea(UUID id, UUID teamId, int from, int to) {

    public PostcodeArea {
        if (from > to) {
            throw new IllegalArgumentException("an area runs from low to high");
        }
    }

    public boolean covers(int digits) {
        return from <= digits && digits <= to;
    }

    /** Whether the two areas share at least one postcode. */
    public boolean overlaps(int otherFrom, int otherTo) {
        return from <= otherTo && otherFrom <= to;
    }

    @Override
    public String toString() {
        return from == to ? String.valueOf(from) : from + "–" + to;
    }
}
