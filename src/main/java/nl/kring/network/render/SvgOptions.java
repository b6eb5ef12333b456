package nl.kring.network.render;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.kring.network.domain.Centre;
import nl.kring.network.domain.MapPerson;

/**
 * How to draw a map, in the SVG ({@link MapSvg}) as well as the PNG ({@link MapPng}) and the map in
 * the PDF ({@link MapPdf}).
 *
 * @param labels texts by message key (see {@link MapSvg} for the keys); a key without a text is shown
 *        as the key itself
 * @param showNames write each person's name next to the symbol
 * @param showConflict mark persons and ties marked as conflicting (red, dashed)
 * @param showSupport small coloured marks under each person for the support types exchanged
 * @param nameOf the name shown for a person, for example a pseudonym; default the name on the map
 * @param centreNameOf the name shown for the centre; default the centre's name
 * @param highlights per person id, how that person changed since an earlier version
 * @param ghosts persons no longer on this map, drawn faintly at their earlier place (highlighted as
 *        {@link HighlightKind#REMOVED}); their ids must not be on the map
 * @param idPrefix prefix of the ids inside the SVG, so that several maps can share a page;
 *        letters, digits, {@code -} and {@code _} only
 * @param sizePx width and height attributes of the standalone SVG (page CSS may override them)
 */
public record SvgOptions(
        Function<String, String> labels,
        boolean showNames,
        boolean showConflict,
        boolean showSupport,
        Function<MapPerson, String> nameOf,
        Function<Centre, String> centreNameOf,
        Map<String, HighlightKind> highlights,
        List<MapPerson> ghosts,
        String idPrefix,
        int sizePx) {

    public SvgOptions {
        labels = labels == null ? key -> null : labels;
        nameOf = nameOf == null ? MapPerson::name : nameOf;
        centreNameOf = centreNameOf == null ? Centre::name : centreNameOf;
        highlights = highlights == null ? Map.of() : Map.copyOf(highlights);
        ghosts = ghosts == null ? List.of() : List.copyOf(ghosts);
        idPrefix = idPrefix == null || idPrefix.isBlank() ? "kring-map" : idPrefix;
        if (!idPrefix.matches("[A-Za-z][A-Za-z0-9_-]{0,63}")) {
            throw new IllegalArgumentException("idPrefix must start with a letter and hold only letters, digits, - and _");
        }
        if (sizePx < 16 || sizePx > 8192) {
            throw new IllegalArgumentException("sizePx must be from 16 to 8192: " + sizePx);
        }
    }

    /** Names, conflicts and support shown; no highlights. */
    public static SvgOptions defaults(Function<String, String> labels) {
        return builder(labels).build();
    }

    public static Builder builder(Function<String, String> labels) {
        return new Builder(labels);
    }

    public static Builder builder(Map<String, String> labels) {
        return new Builder(labels == null ? null : labels::get);
    }

    public Builder toBuilder() {
        var builder = new Builder(labels)
                .showNames(showNames)
                .showConflict(showConflict)
                .showSupport(showSupport)
                .nameOf(nameOf)
                .centreNameOf(centreNameOf)
                .ghosts(ghosts)
                .idPrefix(idPrefix)
                .sizePx(sizePx);
        builder.highlights.putAll(highlights);
        return builder;
    }

    String nameOfPerson(MapPerson person) {
        var name = nameOf.apply(person);
        return name == null ? "" : name;
    }

    String nameOfCentre(Centre centre) {
        var name = centreNameOf.apply(centre);
        return name == null ? "" : name;
    }

    public static final class Builder {
        private final Function<String, String> labels;
        private boolean showNames = true;
        private boolean showConflict = true;
        private boolean showSupport = true;
        private Function<MapPerson, String> nameOf;
        private Function<Centre, String> centreNameOf;
        private final Map<String, HighlightKind> highlights = new LinkedHashMap<>();
        private List<MapPerson> ghosts = List.of();
        private String idPrefix;
        private int sizePx = 720;

        private Builder(Function<String, String> labels) {
            this.labels = labels;
        }

        public Builder showNames(boolean show) {
            this.showNames = show;
            return this;
        }

        public Builder showConflict(boolean show) {
            this.showConflict = show;
            return this;
        }

        public Builder showSupport(boolean show) {
            this.showSupport = show;
            return this;
        }

        public Builder nameOf(Function<MapPerson, String> nameOf) {
            this.nameOf = nameOf;
            return this;
        }

        public Builder centreNameOf(Function<Centre, String> centreNameOf) {
            this.centreNameOf = centreNameOf;
            return this;
        }

        /** Highlights these persons with one kind, adding to earlier highlights. */
        public Builder highlight(HighlightKind kind, Collection<String> personIds) {
            personIds.forEach(id -> highlights.put(id, kind));
            return this;
        }

        /** Adds highlights per person id, for example {@link MapComparison#after()}. */
        public Builder highlights(Map<String, HighlightKind> byPerson) {
            highlights.putAll(byPerson);
            return this;
        }

        public Builder ghosts(List<MapPerson> ghosts) {
            this.ghosts = ghosts;
            return this;
        }

        /** Highlights and ghosts for drawing the later version of a comparison. */
        public Builder comparedWithEarlier(MapComparison comparison) {
            highlights(comparison.after());
            return ghosts(comparison.removed());
        }

        public Builder idPrefix(String idPrefix) {
            this.idPrefix = idPrefix;
            return this;
        }

        public Builder sizePx(int sizePx) {
            this.sizePx = sizePx;
            return this;
        }

        public SvgOptions build() {
            return new SvgOptions(labels, showNames, showConflict, showSupport, nameOf, centreNameOf,
                    highlights, ghosts, idPrefix, sizePx);
        }
    }
}
