package nl.kring.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The boundaries follow easyNWK 2.7.1 ({@code sectorIndex}, {@code horizonKey}, {@code isConnectable}). */
class PositionTest {

    @ParameterizedTest(name = "angle {0} lies in {1}")
    @CsvSource({
        "-180, SCHOOL_WORK",
        "-90.0001, SCHOOL_WORK",
        "-90, PROFESSIONALS",
        "-0.0001, PROFESSIONALS",
        "0, FAMILY",
        "89.9999, FAMILY",
        "90, FRIENDS",
        "180, FRIENDS"
    })
    void theSectorFollowsTheAngle(double angle, Sector sector) {
        assertThat(new Position(angle, 50).sector()).contains(sector);
    }

    @ParameterizedTest(name = "distance {0} lies in {1}")
    @CsvSource({
        "0, INNER",
        "33.3299, INNER",
        "33.33, MIDDLE",
        "66.6699, MIDDLE",
        "66.67, OUTER",
        "100, OUTER"
    })
    void theCircleFollowsTheDistance(double distance, Circle circle) {
        assertThat(new Position(10, distance).circle()).contains(circle);
    }

    @org.junit.jupiter.api.Test
    void beyondTheOuterEdgeAPersonIsOutsideTheMap() {
        var outside = new Position(10, 100.0001);
        assertThat(outside.circle()).isEmpty();
        assertThat(outside.onMap()).isFalse();
        assertThat(outside.sector()).contains(Sector.FAMILY);
    }

    @org.junit.jupiter.api.Test
    void onTheCentreItselfThereIsNoSector() {
        var onCentre = new Position(10, 0);
        assertThat(onCentre.sector()).isEmpty();
        assertThat(onCentre.onMap()).isFalse();
        assertThat(new Position(10, 100).onMap()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, -180.0001, 180.0001})
    void anAngleOutsideMinus180To180IsRefused(double angle) {
        assertThatThrownBy(() -> new Position(angle, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, -0.0001})
    void aNegativeOrEndlessDistanceIsRefused(double distance) {
        assertThatThrownBy(() -> new Position(10, distance)).isInstanceOf(IllegalArgumentException.class);
    }
}
