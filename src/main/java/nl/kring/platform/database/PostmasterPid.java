package nl.kring.platform.database;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What PostgreSQL writes to {@code postmaster.pid} in its data directory while it runs: the server's
 * process id on the first line, its data directory on the second and its port on the fourth (0 when the
 * file is still being written).
 */
public record PostmasterPid(long pid, Path dataDirectory, int port) {

    public PostmasterPid(long pid, Path dataDirectory) {
        this(pid, dataDirectory, 0);
    }

    /** Empty when the file is incomplete (a server still starting or a crash mid-write). */
    public static Optional<PostmasterPid> parse(List<String> lines) {
        if (lines.size() < 2) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(lines.get(0).strip());
            var directory = lines.get(1).strip();
            int port = 0;
            if (lines.size() >= 4) {
                try {
                    port = Integer.parseInt(lines.get(3).strip());
                } catch (NumberFormatException notYet) {
                    port = 0;
                }
            }
            return pid > 0 && !directory.isEmpty() ? Optional.of(new PostmasterPid(pid, Path.of(directory), port)) : Optional.empty();
        } catch (NumberFormatException | java.nio.file.InvalidPathException malformed) {
            return Optional.empty();
        }
    }
}
