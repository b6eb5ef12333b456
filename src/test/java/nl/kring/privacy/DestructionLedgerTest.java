package nl.kring.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DestructionLedgerTest {

    @TempDir Path temp;

    @Test
    void keepsEveryRecordAsItWasAndNothingMore() throws Exception {
        var ledger = new DestructionLedger(temp.resolve("nested/destructions.log"));
        assertThat(ledger.entries()).isEmpty();
        var onRequest = new DestructionLedger.Entry(UUID.randomUUID(), UUID.randomUUID(), "REQUEST", Optional.of(UUID.randomUUID()),
                Instant.parse("2026-11-01T10:15:30Z"), LocalDate.of(2026, 12, 1), Optional.of(UUID.randomUUID()),
                Instant.parse("2026-11-20T08:00:00.123456Z"), Optional.empty());
        var retention = new DestructionLedger.Entry(UUID.randomUUID(), UUID.randomUUID(), "RETENTION", Optional.empty(),
                Instant.parse("2026-11-21T09:00:00Z"), LocalDate.of(2026, 11, 21), Optional.of(UUID.randomUUID()),
                Instant.parse("2026-11-21T09:00:00Z"), Optional.of(LocalDate.of(2006, 5, 1)));
        ledger.append(onRequest);
        ledger.append(retention);
        assertThat(ledger.entries()).containsExactly(onRequest, retention);
        assertThat(Files.readAllLines(ledger.file())).hasSize(2).allSatisfy(line -> assertThat(line.split("\t")).hasSize(9));
    }

    @Test
    void aDamagedLedgerIsNotReadAsIfItWereWhole() throws Exception {
        var file = temp.resolve("destructions.log");
        Files.writeString(file, "2026-11-20T08:00:00Z\tnot-a-uuid\n");
        assertThatThrownBy(() -> new DestructionLedger(file).entries()).isInstanceOf(IllegalArgumentException.class);
    }
}
