package nl.kring.platform.database;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * Whether the embedded PostgreSQL may start on Kring's data directory, decided before it starts.
 * A running Kring holds a lock on the directory; a server it started keeps running when Kring itself
 * is killed ({@code kill -9}, out of memory), because PostgreSQL runs as a process of its own.
 */
public sealed interface DataDirectoryVerdict {

    /** No server on the directory, or only a stale {@code postmaster.pid} that PostgreSQL clears itself. */
    record Free() implements DataDirectoryVerdict {}

    /** Another Kring that is still running uses the directory. */
    record InUse() implements DataDirectoryVerdict {}

    /** A server left behind by a Kring that is gone: stop it, then start. */
    record Orphan(long pid) implements DataDirectoryVerdict {}

    /**
     * @param lockedByAnotherProcess whether a live process holds Kring's lock on the directory
     * @param pidFile the parsed {@code postmaster.pid}, if there is one
     * @param livePostgres whether a process id belongs to a running PostgreSQL server
     */
    static DataDirectoryVerdict judge(Path directory, boolean lockedByAnotherProcess, Optional<PostmasterPid> pidFile,
            LongPredicate livePostgres) {
        if (lockedByAnotherProcess) {
            return new InUse();
        }
        return pidFile.filter(pid -> sameDirectory(pid.dataDirectory(), directory))
                .filter(pid -> livePostgres.test(pid.pid()))
                .<DataDirectoryVerdict>map(pid -> new Orphan(pid.pid()))
                .orElse(new Free());
    }

    private static boolean sameDirectory(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
