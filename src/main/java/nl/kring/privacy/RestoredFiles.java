package nl.kring.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * After a restore: the files the ledger says were destroyed but the restored data still holds are destroyed
 * again, and their anonymous destruction records are put back. Works on any database with Kring's schema,
 * so the backup tool runs it right after restoring, and Kring at every start (should someone have restored
 * by hand). The file goes as {@code FamilyRegistry#destroy} removes it: the family row, with everything that
 * hangs on it by the schema's cascades.
 */
public final class RestoredFiles {

    private RestoredFiles() {}

    /** What destroying a file again records in the audit log. */
    public enum Action implements nl.kring.audit.AuditAction {
        DESTRUCTION_REAPPLIED;

        @Override
        public String code() {
            return name();
        }
    }

    /**
     * Destroys again what the ledger lists and the database still holds, each with an audit line (no account:
     * Kring itself acts on the family's earlier decision); returns those entries, oldest first.
     */
    public static List<DestructionLedger.Entry> destroyAgain(javax.sql.DataSource database, List<DestructionLedger.Entry> ledger) {
        var store = new nl.kring.privacy.store.RestoreStore(database);
        var audit = nl.kring.audit.AuditLog.of(database);
        var again = new ArrayList<DestructionLedger.Entry>();
        for (var entry : ledger) {
            if (!store.holdsRecord(entry.recordId())) {
                // made after the backup: the anonymous record comes back as it was
                store.insertRecord(entry);
            }
            if (store.holdsFile(entry.familyId())) {
                store.deleteFile(entry.familyId());
                audit.record(new nl.kring.audit.AuditEntry(java.util.Optional.empty(), "", java.util.Optional.of(entry.familyId()),
                        List.of(entry.recordId().toString()), Action.DESTRUCTION_REAPPLIED, nl.kring.audit.Channel.current(),
                        nl.kring.audit.Outcome.ALLOWED));
                again.add(entry);
            }
        }
        return again;
    }
}
