package nl.kring.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Postcodes to areas, the great-circle distance, and reading the national PC4 centroid list. */
class GeographyRulesTest {

    @Test
    void aFullPostcodeCountsForItsFourDigits() {
        assertThat(Pc4.parse("1234 AB")).contains(new Pc4(1234));
        assertThat(Pc4.parse(" 1234ab ")).contains(new Pc4(1234));
        assertThat(Pc4.parse("1234")).contains(new Pc4(1234));
        assertThat(Pc4.parse("0123")).isEmpty();
        assertThat(Pc4.parse("123")).isEmpty();
        assertThat(Pc4.parse("1234 SS")).as("a letter pair PostNL never uses").isEmpty();
        assertThat(Pc4.parse("12345")).isEmpty();
        assertThat(Pc4.parse(null)).isEmpty();
        assertThat(new Pc4(1000).toString()).isEqualTo("1000");
    }

    @Test
    void theDistanceIsTheGreatCircleBetweenTheCentres() {
        var dam = new Coordinates(52.3731, 4.8922);
        var dom = new Coordinates(52.0907, 5.1214);
        assertThat(dam.kmTo(dom)).isBetween(35.0, 35.2);
        assertThat(dom.kmTo(dam)).isEqualTo(dam.kmTo(dom));
        assertThat(dam.kmTo(dam)).isZero();
        assertThat(new Coordinates(0, 0).kmTo(new Coordinates(0, 180))).isBetween(20_015.0, 20_015.2);
        assertThatThrownBy(() -> new Coordinates(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coordinates(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNationalListIsReadWithItsHeader() {
        var read = CentroidCsv.parse("\uFEFFpostcode,latitude,longitude\r\n1011,52.3731,4.8922\r\n\r\n3511,52.0907,5.1214\r\n");
        assertThat(read.ok()).isTrue();
        assertThat(read.centroids()).containsExactly(
                new Centroid(new Pc4(1011), new Coordinates(52.3731, 4.8922)),
                new Centroid(new Pc4(3511), new Coordinates(52.0907, 5.1214)));
    }

    @Test
    void semicolonsDecimalCommasQuotesExtraColumnsAndFullPostcodesAreRead() {
        var read = CentroidCsv.parse("\"PC4\";\"lat\";\"lon\";\"gemeente\"\n\"1011\";\"52,3731\";\"4,8922\";\"Amsterdam\"\n3511 AB;52.0907;5.1214;Utrecht");
        assertThat(read.problems()).isEmpty();
        assertThat(read.centroids()).extracting(Centroid::postcode).containsExactly(new Pc4(1011), new Pc4(3511));
        assertThat(read.centroids().getFirst().at().latitude()).isEqualTo(52.3731);
    }

    @Test
    void withoutAHeaderTheFirstLineIsAnArea() {
        var read = CentroidCsv.parse("1011,52.3731,4.8922");
        assertThat(read.centroids()).hasSize(1);
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndNothingIsImported() {
        var read = CentroidCsv.parse(String.join("\n",
                "postcode,latitude,longitude",
                "1011,52.3731,4.8922",
                "10x1,52.1,5.1",
                "1012,noord,4.9",
                "1013,52.4",
                "1014,4.9,52.4",
                "1011,52.3,4.9",
                "1015,52.37,oost"));
        assertThat(read.ok()).isFalse();
        assertThat(read.centroids()).isEmpty();
        assertThat(read.problems()).containsExactly(
                new CentroidCsv.Problem(3, CentroidCsv.Code.POSTCODE, "10x1"),
                new CentroidCsv.Problem(4, CentroidCsv.Code.LATITUDE, "noord"),
                new CentroidCsv.Problem(5, CentroidCsv.Code.COLUMNS, "1013,52.4"),
                new CentroidCsv.Problem(6, CentroidCsv.Code.OUTSIDE_NETHERLANDS, "4.9,52.4"),
                new CentroidCsv.Problem(7, CentroidCsv.Code.DUPLICATE, "2"),
                new CentroidCsv.Problem(8, CentroidCsv.Code.LONGITUDE, "oost"));
    }

    @Test
    void aHeaderOnlyOrEmptyFileHasNoArea() {
        assertThat(CentroidCsv.parse("postcode,latitude,longitude\n").problems())
                .containsExactly(new CentroidCsv.Problem(0, CentroidCsv.Code.EMPTY, ""));
        assertThat(CentroidCsv.parse("").problems()).extracting(CentroidCsv.Problem::code).containsExactly(CentroidCsv.Code.EMPTY);
        assertThat(CentroidCsv.parse(null).ok()).isFalse();
    }

    @Test
    void aListFarLongerThanTheNationalOneIsRefused() {
        var lines = new StringBuilder();
        for (int i = 0; i <= CentroidCsv.MAX_LINES; i++) {
            lines.append(1000 + i % 9000).append(",52.1,5.1\n");
        }
        var read = CentroidCsv.parse(lines.toString());
        assertThat(read.problems()).extracting(CentroidCsv.Problem::code).contains(CentroidCsv.Code.TOO_MANY_LINES);
        assertThat(Optional.of(read.centroids())).contains(java.util.List.of());
    }
}
