package nl.kring.insights.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a table's rows or columns are: the measure's categories, municipalities, postcode areas (PC4) or periods. */
public enum Dimension {
    CATEGORY,
    MUNICIPALITY,
    AREA,
    PERIOD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Dimension> ofCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst();
    }
}
