package nl.kring.audit;

import java.util.List;
import java.util.UUID;
import nl.kring.audit.store.AuditStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one audit log. {@link #record} joins the caller's transaction, so a read or write and its audit
 * line commit together — and if the audit line cannot be written, the read or write fails too.
 */
@Service
public class AuditLog {

    private final AuditStore store;

    public AuditLog(AuditStore store) {
        this.store = store;
    }

    /** The audit log of a database reached outside the application (the backup tool after a restore). */
    public static AuditLog of(javax.sql.DataSource database) {
        return new AuditLog(AuditStore.of(database));
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEntry entry) {
        store.insert(entry);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(List<AuditEntry> entries) {
        entries.forEach(store::insert);
    }

    /**
     * The audit of one family file as the family may see it, newest first: without the lines hidden from
     * the family for a child's safety. The caller has checked access and audits this read.
     */
    public List<AuditRecord> ofFamily(UUID familyId, int limit) {
        return store.forFamily(familyId, Math.max(1, Math.min(limit, AuditQuery.MAX_LIMIT)));
    }

    /** Only the lines of one family file hidden from the family, newest first: for the team's privacy officer. */
    public List<AuditRecord> hiddenFromFamily(UUID familyId, int limit) {
        return store.hiddenForFamily(familyId, Math.max(1, Math.min(limit, AuditQuery.MAX_LIMIT)));
    }

    /** An administrator's search of the whole log. The caller has checked access and audits this read. */
    public List<AuditRecord> search(AuditQuery query) {
        return store.search(query);
    }
}
