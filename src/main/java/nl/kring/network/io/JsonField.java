package nl.kring.network.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A value in a parsed document together with its path, so that every complaint names the field.
 * A JSON {@code null} counts as absent. Never returns null and never throws anything but a
 * {@link MapFormatException}.
 */
record JsonField(JsonNode node, String path) {

    JsonField get(String name) {
        JsonNode child = node != null && node.isObject() ? node.get(name) : null;
        return new JsonField(child, path.isEmpty() ? name : path + "." + name);
    }

    boolean present() {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    JsonField requireObject() {
        require();
        if (!node.isObject()) {
            throw wrongType(Expected.OBJECT);
        }
        return this;
    }

    Optional<JsonField> optionalObject() {
        return present() ? Optional.of(requireObject()) : Optional.empty();
    }

    boolean has(String name) {
        return get(name).present();
    }

    List<String> propertyNames() {
        return node != null && node.isObject() ? List.copyOf(node.propertyNames()) : List.of();
    }

    /** Elements of a required array of at most {@code max} elements. */
    List<JsonField> requireArray(int max) {
        require();
        return elements(max);
    }

    /** Elements of an optional array; an absent array is empty. */
    List<JsonField> optionalArray(int max) {
        return present() ? elements(max) : List.of();
    }

    private List<JsonField> elements(int max) {
        if (!node.isArray()) {
            throw wrongType(Expected.ARRAY);
        }
        if (node.size() > max) {
            throw error(MapFormatError.TOO_MANY, max);
        }
        var elements = new ArrayList<JsonField>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(new JsonField(node.get(i), path + "[" + i + "]"));
        }
        return elements;
    }

    String requireText(int maxLength) {
        require();
        String text = text(maxLength);
        if (text.isBlank()) {
            throw error(MapFormatError.REQUIRED);
        }
        return text;
    }

    Optional<String> optionalText(int maxLength) {
        return present() ? Optional.of(text(maxLength)) : Optional.empty();
    }

    private String text(int maxLength) {
        if (!node.isString()) {
            throw wrongType(Expected.TEXT);
        }
        String text = node.stringValue();
        if (text.length() > maxLength) {
            throw error(MapFormatError.TOO_LONG, maxLength);
        }
        return text;
    }

    /** A finite number from {@code min} to {@code max}. */
    double requireNumber(double min, double max) {
        require();
        if (!node.isNumber()) {
            throw wrongType(Expected.NUMBER);
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value) || value < min || value > max) {
            throw error(MapFormatError.OUT_OF_RANGE, min, max);
        }
        return value;
    }

    int requireWholeNumber(int min, int max) {
        require();
        return wholeNumber(min, max);
    }

    Optional<Integer> optionalWholeNumber(int min, int max) {
        return present() ? Optional.of(wholeNumber(min, max)) : Optional.empty();
    }

    /** A whole number; JavaScript may write one as {@code 3.0}, which is accepted. */
    private int wholeNumber(int min, int max) {
        if (!node.isNumber()) {
            throw wrongType(Expected.WHOLE_NUMBER);
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw error(MapFormatError.OUT_OF_RANGE, min, max);
        }
        if (value != Math.rint(value)) {
            throw wrongType(Expected.WHOLE_NUMBER);
        }
        if (value < min || value > max) {
            throw error(MapFormatError.OUT_OF_RANGE, min, max);
        }
        return (int) value;
    }

    boolean optionalBoolean(boolean absent) {
        if (!present()) {
            return absent;
        }
        if (!node.isBoolean()) {
            throw wrongType(Expected.TRUE_OR_FALSE);
        }
        return node.booleanValue();
    }

    <E extends Enum<E>> E requireCode(Class<E> codes) {
        require();
        return code(codes);
    }

    <E extends Enum<E>> Optional<E> optionalCode(Class<E> codes) {
        return present() ? Optional.of(code(codes)) : Optional.empty();
    }

    private <E extends Enum<E>> E code(Class<E> codes) {
        String text = text(100);
        for (E code : codes.getEnumConstants()) {
            if (code.name().equals(text)) {
                return code;
            }
        }
        throw unknownValue(text, Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList());
    }

    MapFormatException unknownValue(String value, List<String> allowed) {
        String shown = value.length() > 50 ? value.substring(0, 50) + "…" : value;
        return error(MapFormatError.UNKNOWN_VALUE, shown, allowed.stream().collect(Collectors.joining(", ")));
    }

    private void require() {
        if (!present()) {
            throw error(MapFormatError.REQUIRED);
        }
    }

    MapFormatException wrongType(Expected expected) {
        return error(MapFormatError.WRONG_TYPE, expected);
    }

    MapFormatException error(MapFormatError error, Object... arguments) {
        return new MapFormatException(path, error, arguments);
    }
}
