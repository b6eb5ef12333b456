package nl.kring.matching.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a PC4 centroid list: one postcode area a line, {@code postcode,latitude,longitude} in decimal
 * degrees, as the open national list has it. Tolerated: a header line, a byte-order mark, blank lines,
 * quoted fields, more columns after the third, and {@code ;} or a tab as the separator (then a decimal
 * comma is read too). A full postcode (PC6) counts for its four digits. Every line that cannot be read
 * is reported with its number and what is wrong, so that the whole list can be fixed in one go; a list
 * with any bad line is not imported at all.
 */
public final class CentroidCsv {

    /** At most this many lines, a few times the about 4,000 areas of the national list. */
    public static final int MAX_LINES = 20_000;

    /**
     * The Netherlands' European part with a margin: a point outside it is most likely a mistake (often
     * latitude and longitude swapped).
     */
    static final double SOUTH = 50.6;
    static final double NORTH = 53.7;
    static final double WEST = 3.2;
    static final double EAST = 7.3;

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private CentroidCsv() {
    }

    /** Why a line cannot be read. The label is {@code matching.postcodes.problem.<NAME>}. */
    public enum Code {
        /** fewer than three columns */
        COLUMNS,
        /** the first column is not a Dutch postcode */
        POSTCODE,
        /** the latitude is not a number of degrees */
        LATITUDE,
        /** the longitude is not a number of degrees */
        LONGITUDE,
        /** a point outside the Netherlands, or latitude and longitude swapped */
        OUTSIDE_NETHERLANDS,
        /** the same postcode area on an earlier line */
        DUPLICATE,
        /** more lines than {@link #MAX_LINES} */
        TOO_MANY_LINES,
        /** no postcode area at all */
        EMPTY;

        public String messageKey() {
            return "matching.postcodes.problem." + name();
        }
    }

    /**
     * A line that cannot be read: its number (from 1), what is wrong and the value concerned (the line
     * of the earlier postcode, for a duplicate).
     */
    public record Problem(int line, Code code, String value) {}

    /** What was read: the areas in the order of the file, or the problems (then nothing is imported). */
    public record Result(List<Centroid> centroids, List<Problem> problems) {
        public Result {
            centroids = List.copyOf(centroids);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result parse(String text) {
        var lines = (text == null ? "" : text.replace("\uFEFF", "")).split("\r\n|\n|\r", -1);
        var centroids = new ArrayList<Centroid>();
        var problems = new ArrayList<Problem>();
        Map<Pc4, Integer> seen = new HashMap<>();
        String separator = null;
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            var line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (number > MAX_LINES) {
                problems.add(new Problem(number, Code.TOO_MANY_LINES, Integer.toString(MAX_LINES)));
                break;
            }
            if (separator == null) {
                separator = line.contains(";") ? ";" : line.contains("\t") ? "\t" : ",";
            }
            var fields = fields(line, separator);
            boolean header = first && (fields.isEmpty() || Pc4.parse(fields.getFirst()).isEmpty())
                    && (fields.size() < 2 || degrees(fields.get(1), separator).isEmpty());
            first = false;
            if (header) {
                continue;
            }
            read(number, fields, separator, seen, problems).ifPresent(centroids::add);
        }
        if (centroids.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, Code.EMPTY, ""));
        }
        return problems.isEmpty() ? new Result(centroids, List.of()) : new Result(List.of(), problems);
    }

    private static Optional<Centroid> read(int number, List<String> fields, String separator, Map<Pc4, Integer> seen,
            List<Problem> problems) {
        if (fields.size() < 3) {
            problems.add(new Problem(number, Code.COLUMNS, String.join(separator, fields)));
            return Optional.empty();
        }
        var postcode = Pc4.parse(fields.get(0));
        var latitude = degrees(fields.get(1), separator).filter(d -> d >= -90 && d <= 90);
        var longitude = degrees(fields.get(2), separator).filter(d -> d >= -180 && d <= 180);
        if (postcode.isEmpty()) {
            problems.add(new Problem(number, Code.POSTCODE, fields.get(0)));
            return Optional.empty();
        }
        if (latitude.isEmpty()) {
            problems.add(new Problem(number, Code.LATITUDE, fields.get(1)));
            return Optional.empty();
        }
        if (longitude.isEmpty()) {
            problems.add(new Problem(number, Code.LONGITUDE, fields.get(2)));
            return Optional.empty();
        }
        double lat = latitude.get();
        double lon = longitude.get();
        if (lat < SOUTH || lat > NORTH || lon < WEST || lon > EAST) {
            problems.add(new Problem(number, Code.OUTSIDE_NETHERLANDS, fields.get(1) + separator + fields.get(2)));
            return Optional.empty();
        }
        var earlier = seen.putIfAbsent(postcode.get(), number);
        if (earlier != null) {
            problems.add(new Problem(number, Code.DUPLICATE, earlier.toString()));
            return Optional.empty();
        }
        return Optional.of(new Centroid(postcode.get(), new Coordinates(lat, lon)));
    }

    /** Decimal degrees; with {@code ;} or a tab as the separator a decimal comma is read as a point. */
    private static Optional<Double> degrees(String field, String separator) {
        var value = field.strip();
        if (!separator.equals(",")) {
            value = value.replace(',', '.');
        }
        return NUMBER.matcher(value).matches() ? Optional.of(Double.parseDouble(value)) : Optional.empty();
    }

    /** The fields of a line, stripped, with surrounding double quotes removed. */
    private static List<String> fields(String line, String separator) {
        var fields = new ArrayList<String>();
        for (var field : line.split(Pattern.quote(separator), -1)) {
            var value = field.strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1).replace("\"\"", "\"").strip();
            }
            fields.add(value);
        }
        return fields;
    }
}
