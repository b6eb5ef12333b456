package nl.kring.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The anonymous record of every destruction, kept outside the database as well, one line per destroyed
 * file: when, the destruction record's id and the file's id — no name, nothing else. A backup made before
 * a destruction still holds that file; the ledger is how a restore knows to destroy it again (the right to
 * destruction outlives a restore). Keep it where the database's backups are not: it is never restored.
 *
 * <p>A line holds the record's columns separated by tabs, the moment it was executed first; it is written and
 * forced to disk before the destruction's transaction commits, so that no destruction is committed without it.
 */
public final class DestructionLedger {

    /**
     * One anonymous destruction record as the ledger keeps it: the same ids and dates as the database's
     * {@code destruction_request} row (who asked and who decided are account ids, never names).
     */
    public record Entry(UUID recordId, UUID familyId, String reason, Optional<UUID> requestedBy, Instant requestedAt, LocalDate decideBy,
            Optional<UUID> decidedBy, Instant decidedAt, Optional<LocalDate> closedOn) {

        String line() {
            return String.join("\t", decidedAt.toString(), recordId.toString(), familyId.toString(), reason,
                    requestedBy.map(UUID::toString).orElse("-"), requestedAt.toString(), decideBy.toString(),
                    decidedBy.map(UUID::toString).orElse("-"), closedOn.map(LocalDate::toString).orElse("-")) + "\n";
        }

        static Entry parse(String line) {
            var parts = line.strip().split("\t");
            if (parts.length != 9) {
                throw new IllegalArgumentException("not a destruction ledger line: " + line);
            }
            return new Entry(UUID.fromString(parts[1]), UUID.fromString(parts[2]), parts[3], optional(parts[4]).map(UUID::fromString),
                    Instant.parse(parts[5]), LocalDate.parse(parts[6]), optional(parts[7]).map(UUID::fromString), Instant.parse(parts[0]),
                    optional(parts[8]).map(LocalDate::parse));
        }

        private static Optional<String> optional(String value) {
            return value.equals("-") ? Optional.empty() : Optional.of(value);
        }
    }

    private final Path file;

    public DestructionLedger(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Appends one destruction and forces it to disk. */
    public synchronized void append(Entry entry) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap(entry.line().getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        } catch (IOException e) {
            // no destruction without its line: the caller's transaction rolls back
            throw new UncheckedIOException("The destruction could not be written to the ledger " + file, e);
        }
    }

    /** Every destruction in the ledger, oldest first; none when there is no ledger yet. A damaged line stops the read. */
    public List<Entry> entries() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            var entries = new ArrayList<Entry>();
            for (var line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    entries.add(Entry.parse(line));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("The destruction ledger " + file + " cannot be read", e);
        }
    }
}
