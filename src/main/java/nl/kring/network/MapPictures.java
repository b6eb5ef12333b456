package nl.kring.network;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.kring.family.domain.FamilyFile;
import nl.kring.network.render.MapPng;
import nl.kring.network.render.SvgOptions;
import nl.kring.network.store.NetworkMapStore;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A map of a family as a picture for another capability's document (the plan's PDF shows the map beside the
 * agreements): the latest version, drawn exactly as the map's own PNG download. Like
 * {@link NetworkMaps#currentMaps}, only for use inside a body passed to {@link nl.kring.family.FamilyFiles}:
 * holding the file means its access check passed, and the caller's audit line names what was read.
 */
@Component
public class MapPictures {

    /** A picture of one map: which map, its title and version number, and the PNG. */
    public record MapPicture(UUID mapId, String title, int version, byte[] png) {}

    private final NetworkMapStore store;
    private final MessageSource messages;

    MapPictures(NetworkMapStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    /** The texts a drawing of this version needs (its title, description, legend), in the reader's language; null for none. */
    public static java.util.function.Function<String, String> labels(MessageSource messages, nl.kring.network.domain.MapVersion version,
            Locale locale) {
        return key -> switch (key) {
            case "network.map.title" -> messages.getMessage(key, new Object[] {version.title(), version.number()}, locale);
            case "network.map.description" -> messages.getMessage(key, new Object[] {version.centre().name(), version.persons().size()}, locale);
            default -> messages.getMessage(key, null, null, locale);
        };
    }

    /** The latest version of a map of this file as a square PNG of {@code sizePx} pixels; empty for a map not in the file. */
    public Optional<MapPicture> latest(FamilyFile file, UUID mapId, Locale locale, int sizePx) {
        return store.map(file.id(), mapId)
                .flatMap(map -> store.latest(map.id()).map(stored -> {
                    var version = stored.version();
                    var options = SvgOptions.defaults(labels(messages, version, locale));
                    return new MapPicture(map.id(), map.title(), stored.number(), MapPng.render(version, options, sizePx));
                }));
    }
}
