package nl.kring.insights.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which municipality a four-digit postcode area (PC4) lies in, from configuration such as
 * {@code Voorbeeldstad:1000-1999,Verzonnendam:2000-2099}. An area outside every range, or a family without a
 * postal code, counts as {@link #UNKNOWN}.
 */
public final class Municipalities {

    public static final String UNKNOWN = "unknown";

    private static final Pattern POSTAL_CODE = Pattern.compile("\\s*([1-9][0-9]{3})\\s*([A-Za-z]{2})?\\s*");

    public record Range(String name, int from, int to) {}

    private final List<Range> ranges;

    public Municipalities(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** Parses {@code name:from-to} items separated by commas; a bad item is refused with what is wrong. */
    public static Municipalities parse(String configured) {
        var ranges = new ArrayList<Range>();
        if (configured != null && !configured.isBlank()) {
            for (var item : configured.split(",")) {
                var m = Pattern.compile("\\s*([^:]+?)\\s*:\\s*([0-9]{4})\\s*-\\s*([0-9]{4})\\s*").matcher(item);
                if (!m.matches()) {
                    throw new IllegalArgumentException("a municipality is name:from-to with four-digit postcodes, not: " + item);
                }
                ranges.add(new Range(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
        }
        return new Municipalities(ranges);
    }

    /** The four digits of a Dutch postal code, or {@link #UNKNOWN}. */
    public static String area(Optional<String> postalCode) {
        return postalCode.map(POSTAL_CODE::matcher).filter(java.util.regex.Matcher::matches).map(m -> m.group(1)).orElse(UNKNOWN);
    }

    public String of(String area) {
        if (UNKNOWN.equals(area)) {
            return UNKNOWN;
        }
        int pc4 = Integer.parseInt(area);
        return ranges.stream().filter(r -> r.from() <= pc4 && pc4 <= r.to()).map(Range::name).findFirst().orElse(UNKNOWN);
    }

    public List<Range> ranges() {
        return ranges;
    }
}
