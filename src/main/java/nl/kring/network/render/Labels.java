package nl.kring.network.render;

import java.util.Map;
import java.util.function.Function;
import nl.kring.network.domain.Labelled;

/**
 * The caller's texts, looked up by message key. A key without a text shows as the key itself, so a
 * missing translation is visible instead of falling back to a language hard-coded here.
 */
final class Labels {

    private final Function<String, String> source;

    private Labels(Function<String, String> source) {
        this.source = source;
    }

    static Labels of(Function<String, String> source) {
        return new Labels(source == null ? key -> null : source);
    }

    static Labels of(Map<String, String> texts) {
        return of(texts == null ? null : (Function<String, String>) texts::get);
    }

    /** The text of a key, or the key when the caller has none. */
    String get(String key) {
        var text = source.apply(key);
        return text == null || text.isBlank() ? key : text;
    }

    String get(Labelled code) {
        return get(code.messageKey());
    }

    /** The text of a key, or {@code fallback} when the caller has none. */
    String getOr(String key, String fallback) {
        var text = source.apply(key);
        return text == null || text.isBlank() ? fallback : text;
    }

    /** The text of a key, or null when the caller has none. */
    String optional(String key) {
        return getOr(key, null);
    }
}
