package nl.kring.network.render;

import nl.kring.network.domain.Labelled;

/** How a person changed since an earlier version of the map, for drawing a comparison. */
public enum HighlightKind implements Labelled {
    /** New on this map. */
    ADDED,
    /** On the earlier map, no longer on this one. */
    REMOVED,
    /** Moved towards the centre. */
    CLOSER,
    /** Moved away from the centre. */
    FURTHER;

    @Override
    public String messageKey() {
        return "network.map.highlight." + name();
    }

    /** Class suffix in the SVG, for example {@code kring-person--added}. */
    String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
