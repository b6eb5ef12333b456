package nl.kring.catalogue.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a visitor searches for: words (Dutch full text) and filters, all of which must hold. The elements
 * filter asks for every given element, never for "as many as possible": the catalogue does not rank by
 * elements. Built from request parameters with {@link #parse}, which names the parameter it cannot read.
 */
public record CatalogueFilter(
        String words,
        Set<Element> elements,
        Optional<Dimension> dimension,
        OptionalInt age,
        Optional<TargetGroup> targetGroup,
        Optional<Supporter> supporter,
        Optional<String> region) {

    /** Longest search text and region name accepted. */
    public static final int MAX_WORDS = 200;
    public static final int MAX_REGION = 80;

    public CatalogueFilter {
        words = words == null ? "" : words.strip();
        elements = elements == null || elements.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(elements));
        region = region.map(String::strip).filter(r -> !r.isEmpty());
    }

    public static CatalogueFilter none() {
        return new CatalogueFilter("", Set.of(), Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Only the fields a caller such as "who can help?" knows: age, elements wanted, region. */
    public static CatalogueFilter fitting(OptionalInt age, Set<Element> elements, Optional<String> region) {
        return new CatalogueFilter("", elements, Optional.empty(), age, Optional.empty(), Optional.empty(), region);
    }

    public boolean hasWords() {
        return !words.isEmpty();
    }

    /**
     * Reads request parameters; a blank parameter counts as absent.
     *
     * @throws InvalidFilter naming the first parameter that is not understood
     */
    public static CatalogueFilter parse(String q, List<String> element, String dimension, String age, String target, String supporter,
            String region) {
        var words = q == null ? "" : q.strip();
        if (words.length() > MAX_WORDS) {
            throw new InvalidFilter("q", "catalogue.error.q");
        }
        var elements = EnumSet.noneOf(Element.class);
        for (var code : element == null ? List.<String>of() : element) {
            if (code == null || code.isBlank()) {
                continue;
            }
            elements.add(Element.ofCode(code).orElseThrow(() -> new InvalidFilter("element", "catalogue.error.element")));
        }
        var where = region == null ? "" : region.strip();
        if (where.length() > MAX_REGION) {
            throw new InvalidFilter("region", "catalogue.error.region");
        }
        return new CatalogueFilter(words, elements, code(dimension, Dimension.class, "dimension"), age(age),
                code(target, TargetGroup.class, "target"), code(supporter, Supporter.class, "supporter"), Optional.of(where));
    }

    private static OptionalInt age(String age) {
        if (age == null || age.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            var value = Integer.parseInt(age.strip());
            if (value < 0 || value > AgeRange.MAX_AGE) {
                throw new InvalidFilter("age", "catalogue.error.age");
            }
            return OptionalInt.of(value);
        } catch (NumberFormatException e) {
            throw new InvalidFilter("age", "catalogue.error.age");
        }
    }

    private static <E extends Enum<E>> Optional<E> code(String value, Class<E> type, String parameter) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidFilter(parameter, "catalogue.error." + parameter);
        }
    }

    /** The same rules as the database query, for callers and tests that hold initiatives in memory (words aside). */
    public boolean matches(Initiative initiative) {
        return initiative.hasAll(elements)
                && dimension.map(d -> d.matches(initiative)).orElse(true)
                && (age.isEmpty() || initiative.fitsAge(age.getAsInt()))
                && targetGroup.map(t -> initiative.targetGroups().contains(t)).orElse(true)
                && supporter.map(s -> initiative.supporters().contains(s)).orElse(true)
                && region.map(initiative::offeredIn).orElse(true);
    }
}
