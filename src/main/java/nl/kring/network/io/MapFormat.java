package nl.kring.network.io;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

/** The map formats Kring reads, by the name used in requests ({@code ?format=easynwk}). */
public enum MapFormat {
    /** Kring's own versioned format, see {@link KringMapReader}. */
    KRING("kring"),
    /** An easyNWK (2.1 and later) JSON file, or a single easyNWK map from before 2.1. */
    EASYNWK("easynwk");

    private final String parameter;

    MapFormat(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The format for a request parameter; absent means Kring's own. */
    public static MapFormat fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return KRING;
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.parameter.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new JsonField(null, "format").unknownValue(value,
                        Arrays.stream(values()).map(MapFormat::parameter).toList()));
    }

    /** Reads at most {@link MapLimits#MAX_BYTES} from the stream; a longer body is refused. */
    public MapHistory read(InputStream json) {
        return read(JsonInput.readLimited(json));
    }

    public MapHistory read(byte[] json) {
        return switch (this) {
            case KRING -> MapHistory.of(KringMapReader.read(json));
            case EASYNWK -> EasyNwkReader.read(json);
        };
    }
}
