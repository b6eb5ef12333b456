package nl.kring.insights.domain;

/** One number an analyst may see: shown, or hidden because it (or what it is computed from) could point at a family. */
public sealed interface Cell {

    record Shown(long value) implements Cell {}

    /** Hidden: a small count, or a complement that keeps another hidden count from being worked out. */
    record Hidden() implements Cell {}

    Cell HIDDEN = new Hidden();

    default boolean hidden() {
        return this instanceof Hidden;
    }
}
