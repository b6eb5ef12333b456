package nl.kring.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kring.network.io.KringMapWriter;

/**
 * Writes a map from {@link SyntheticNetworks} in Kring's JSON format, for {@code scripts/load-analysis.sh}.
 * Arguments: number of persons, output file.
 */
public final class WriteBenchMap {

    private WriteBenchMap() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: WriteBenchMap <persons> <file>");
        }
        var map = SyntheticNetworks.map(Integer.parseInt(args[0]));
        var file = Path.of(args[1]);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.write(file, KringMapWriter.write(map));
        System.out.println("wrote " + map.persons().size() + " persons and " + map.ties().size() + " ties to " + file);
    }
}
