package nl.kring.network.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import nl.kring.network.domain.Circle;
import nl.kring.network.domain.Position;
import nl.kring.network.domain.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MapGeometryTest {

    @ParameterizedTest(name = "angle {0} distance {1} lies in the {2} quarter")
    @CsvSource({
        "45, 50, FAMILY, 1, -1",
        "135, 50, FRIENDS, -1, -1",
        "-135, 50, SCHOOL_WORK, -1, 1",
        "-45, 50, PROFESSIONALS, 1, 1",
    })
    void eachSectorIsDrawnInItsQuarterAsInEasyNwk(double angle, double distance, Sector sector, int signX, int signY) {
        var position = new Position(angle, distance);
        var point = MapGeometry.toPoint(position);

        assertThat(position.sector()).contains(sector);
        assertThat(Math.signum(point.x())).isEqualTo(signX);
        // y grows downwards, as in SVG: family and friends are on the upper half.
        assertThat(Math.signum(point.y())).isEqualTo(signY);
    }

    @Test
    void axesAndDistances() {
        assertPoint(MapGeometry.toPoint(new Position(0, 100)), 100, 0);
        assertPoint(MapGeometry.toPoint(new Position(90, 50)), 0, -50);
        assertPoint(MapGeometry.toPoint(new Position(180, 10)), -10, 0);
        assertPoint(MapGeometry.toPoint(new Position(-90, 33.33)), 0, 33.33);
        assertPoint(MapGeometry.toPoint(new Position(0, 0)), 0, 0);
    }

    @ParameterizedTest
    @CsvSource({"0, 10", "45, 20", "89.99, 33.33", "90, 66.67", "135.5, 99.9", "179.9, 100", "-0.1, 1",
        "-90, 50", "-179.9, 75", "-45, 150", "12.34, 250"})
    void pointAndPositionRoundTrip(double angle, double distance) {
        var position = new Position(angle, distance);
        var back = MapGeometry.toPosition(MapGeometry.toPoint(position));

        assertThat(back.angle()).isCloseTo(angle, within(1e-9));
        assertThat(back.distance()).isCloseTo(distance, within(1e-9));
        assertThat(back.sector()).isEqualTo(position.sector());
        assertThat(back.circle()).isEqualTo(position.circle());
    }

    @Test
    void clicksLandInTheRightSectorAndCircle() {
        assertThat(MapGeometry.toPosition(20, -20).sector()).contains(Sector.FAMILY);
        assertThat(MapGeometry.toPosition(20, -20).circle()).contains(Circle.INNER);
        assertThat(MapGeometry.toPosition(-40, -30).sector()).contains(Sector.FRIENDS);
        assertThat(MapGeometry.toPosition(-40, -30).circle()).contains(Circle.MIDDLE);
        assertThat(MapGeometry.toPosition(-50, 60).sector()).contains(Sector.SCHOOL_WORK);
        assertThat(MapGeometry.toPosition(-50, 60).circle()).contains(Circle.OUTER);
        assertThat(MapGeometry.toPosition(30, 5).sector()).contains(Sector.PROFESSIONALS);
        assertThat(MapGeometry.toPosition(90, 90).circle()).isEmpty();
        assertThat(MapGeometry.toPosition(90, 90).onMap()).isFalse();
    }

    @Test
    void theCentreAndTheNegativeXAxisFollowEasyNwk() {
        assertThat(MapGeometry.toPosition(0, 0)).isEqualTo(new Position(0, 0));
        // atan2(-0.0, x < 0) is -180, as in easyNWK's click handler: school/work.
        assertThat(MapGeometry.toPosition(-50, 0).angle()).isEqualTo(-180.0);
        assertThat(MapGeometry.toPosition(-50, 0).sector()).contains(Sector.SCHOOL_WORK);
        assertThat(MapGeometry.toPosition(0, -50).angle()).isEqualTo(90.0);
        assertThat(MapGeometry.toPosition(0, -50).sector()).contains(Sector.FRIENDS);
    }

    @Test
    void personsOutsideTheMapAreDrawnInARingJustOutsideTheOuterCircle() {
        assertThat(MapGeometry.drawnDistance(100)).isEqualTo(100);
        assertThat(MapGeometry.drawnDistance(40)).isEqualTo(40);
        double justOutside = MapGeometry.drawnDistance(100.5);
        double farOutside = MapGeometry.drawnDistance(1_000_000);
        assertThat(justOutside).isBetween(MapGeometry.OUTSIDE_RING_FROM, MapGeometry.OUTSIDE_RING_TO);
        assertThat(farOutside).isBetween(justOutside, MapGeometry.OUTSIDE_RING_TO);
        assertThat(MapGeometry.drawnDistance(200)).isBetween(justOutside, farOutside);

        var drawn = MapGeometry.drawnPoint(new Position(90, 300));
        assertThat(drawn.x()).isCloseTo(0, within(1e-9));
        assertThat(-drawn.y()).isBetween(MapGeometry.OUTSIDE_RING_FROM, MapGeometry.OUTSIDE_RING_TO);
        assertThat(-drawn.y()).isLessThan(MapGeometry.VIEW_HALF);
    }

    @Test
    void aPointInTheOutsideRingTurnsBackIntoTheDistanceItWasDrawnFor() {
        for (double distance : new double[] {104.5, 150, 300, 2000}) {
            var drawn = MapGeometry.drawnPoint(new Position(-30, distance));
            var back = MapGeometry.fromDrawnPoint(drawn.x(), drawn.y());
            assertThat(back.distance()).isCloseTo(distance, within(1e-6));
            assertThat(back.angle()).isCloseTo(-30, within(1e-9));
        }
        assertThat(MapGeometry.fromDrawnPoint(30, 40).distance()).isCloseTo(50, within(1e-9));
        assertThat(MapGeometry.fromDrawnPoint(0, -102).distance()).isCloseTo(102, within(1e-9));
        assertThat(MapGeometry.fromDrawnPoint(0, -119).onMap()).isFalse();
    }

    @Test
    void pointsMustBeNumbers() {
        assertThatThrownBy(() -> MapGeometry.toPosition(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertPoint(MapGeometry.Point point, double x, double y) {
        assertThat(point.x()).isCloseTo(x, within(1e-9));
        assertThat(point.y()).isCloseTo(y, within(1e-9));
    }
}
