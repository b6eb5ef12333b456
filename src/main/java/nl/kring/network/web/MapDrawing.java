package nl.kring.network.web;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.render.HighlightKind;
import nl.kring.network.render.MapSvg;
import nl.kring.network.render.SvgOptions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Draws maps for pages and downloads with texts in the reader's language. */
@Component
class MapDrawing {

    private final MessageSource messages;

    MapDrawing(MessageSource messages) {
        this.messages = messages;
    }

    /** Translated texts for the renderers; the map's title is given, everything else comes from the bundles. */
    Function<String, String> labels(MapVersion version, Locale locale) {
        return nl.kring.network.MapPictures.labels(messages, version, locale);
    }

    String svg(MapVersion version, MapPageModel.Display display, java.util.Set<String> removed, Locale locale) {
        return svg(version, display, removed, locale, "map-v" + version.number());
    }

    /** With an id prefix of its own, so that several maps can share one page. */
    String svg(MapVersion version, MapPageModel.Display display, java.util.Set<String> removed, Locale locale, String idPrefix) {
        var options = SvgOptions.builder(labels(version, locale))
                .showConflict(display.conflicts())
                .showSupport(display.support());
        options.highlight(HighlightKind.REMOVED, removed);
        return MapSvg.render(version, options.idPrefix(idPrefix).build());
    }

    /** With pseudonyms (or any other names) shown instead of the names on the map. */
    String svg(MapVersion version, MapPageModel.Display display, java.util.Set<String> removed, Locale locale, String idPrefix,
            Map<String, String> shownNames, String centreName) {
        var options = SvgOptions.builder(labels(version, locale))
                .showConflict(display.conflicts())
                .showSupport(display.support())
                .nameOf(person -> shownNames.getOrDefault(person.id(), ""))
                .centreNameOf(centre -> centreName);
        options.highlight(HighlightKind.REMOVED, removed);
        return MapSvg.render(version, options.idPrefix(idPrefix).build());
    }

    String comparisonSvg(MapVersion version, Map<String, String> highlights, Locale locale) {
        var options = SvgOptions.builder(labels(version, locale));
        options.highlights(highlights.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> HighlightKind.valueOf(e.getValue()))));
        return MapSvg.render(version, options.idPrefix("map-v" + version.number()).build());
    }
}
