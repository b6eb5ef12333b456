package nl.kring.network.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads untrusted JSON into a tree within {@link MapLimits}: size, nesting depth, duplicate keys
 * (refused), no NaN, nothing after the document. A UTF-8 byte order mark is accepted (easyNWK's own
 * demo file starts with one). Every failure becomes a {@link MapFormatException} with the path at
 * which the parser stopped.
 */
final class JsonInput {

    /** Longest property name; Kring's and easyNWK's longest is 20 characters. */
    private static final int MAX_NAME_LENGTH = 1000;
    /** Longest number literal; a double needs at most 25 characters. */
    private static final int MAX_NUMBER_LENGTH = 100;

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MapLimits.MAX_DEPTH)
                            .maxDocumentLength(MapLimits.MAX_BYTES)
                            .maxStringLength(MapLimits.MAX_BYTES)
                            .maxNameLength(MAX_NAME_LENGTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .build();

    private JsonInput() {
    }

    /** Reads at most {@link MapLimits#MAX_BYTES} bytes; more is refused without reading the rest. */
    static byte[] readLimited(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MapLimits.MAX_BYTES + 1);
            if (bytes.length > MapLimits.MAX_BYTES) {
                throw new MapFormatException(MapFormatException.ROOT, MapFormatError.TOO_LARGE, MapLimits.MAX_BYTES);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonField parse(byte[] json) {
        if (json == null || json.length == 0) {
            throw new MapFormatException(MapFormatException.ROOT, MapFormatError.NOT_JSON, 1, 1);
        }
        if (json.length > MapLimits.MAX_BYTES) {
            throw new MapFormatException(MapFormatException.ROOT, MapFormatError.TOO_LARGE, MapLimits.MAX_BYTES);
        }
        JsonParser parser = null;
        try {
            parser = MAPPER.createParser(json);
            JsonNode root = MAPPER.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw new MapFormatException(MapFormatException.ROOT, MapFormatError.NOT_JSON, 1, 1);
            }
            if (parser.nextToken() != null) {
                var at = parser.currentTokenLocation();
                throw new MapFormatException(MapFormatException.ROOT, MapFormatError.NOT_JSON,
                        at.getLineNr(), at.getColumnNr());
            }
            return new JsonField(root, "");
        } catch (StreamConstraintsException e) {
            throw constraintBroken(e, parser == null ? "" : pathOf(parser.streamReadContext()));
        } catch (JacksonException e) {
            String path = parser == null ? "" : pathOf(parser.streamReadContext());
            TokenStreamLocation at = e.getLocation();
            throw new MapFormatException(path, MapFormatError.NOT_JSON,
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    /** Jackson tells which of its limits was hit only in its message. */
    private static MapFormatException constraintBroken(StreamConstraintsException e, String path) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("nesting depth")) {
            return new MapFormatException(path, MapFormatError.TOO_DEEP, MapLimits.MAX_DEPTH);
        } else if (message.startsWith("Number value length")) {
            return new MapFormatException(path, MapFormatError.TOO_LONG, MAX_NUMBER_LENGTH);
        } else if (message.startsWith("Name length")) {
            return new MapFormatException(path, MapFormatError.TOO_LONG, MAX_NAME_LENGTH);
        }
        return new MapFormatException(path, MapFormatError.TOO_LARGE, MapLimits.MAX_BYTES);
    }

    /** The path of the parser's position, for example {@code persons[2].angle}. */
    private static String pathOf(TokenStreamContext context) {
        var parts = new ArrayDeque<String>();
        for (var c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.currentName() != null) {
                parts.push("." + c.currentName());
            }
        }
        var path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
