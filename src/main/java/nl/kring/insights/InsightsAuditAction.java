package nl.kring.insights;

import nl.kring.audit.AuditAction;

/** What the insights record in the audit log: every read of aggregates, with no ids (there are none to name). */
public enum InsightsAuditAction implements AuditAction {
    INSIGHTS_MEASURES_READ,
    INSIGHTS_TABLE_READ,
    INSIGHTS_TABLE_EXPORT;

    @Override
    public String code() {
        return name();
    }
}
