package nl.kring.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a problem from {@link SyntheticMatchingProblems} as the body of {@code POST /api/v1/matching/solve},
 * for {@code scripts/load-matching.sh}. Arguments: requests, volunteers, candidates per request, output file.
 */
public final class WriteBenchMatching {

    private WriteBenchMatching() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: WriteBenchMatching <requests> <volunteers> <per request> <file>");
        }
        var problem = SyntheticMatchingProblems.problem(
                Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        var file = Path.of(args[3]);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            SyntheticMatchingProblems.writeJson(problem, out);
        }
        System.out.println("wrote " + problem.requestCount() + " requests, " + problem.volunteerCount() + " volunteers and "
                + problem.candidateCount() + " candidates to " + file);
    }
}
