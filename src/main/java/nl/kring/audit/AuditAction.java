package nl.kring.audit;

/**
 * An action worth recording. Each capability lists its own actions in an enum that implements this;
 * the audit log stores {@link #code()} and shows it with the message key {@code audit.action.<code>}.
 */
public interface AuditAction {
    String code();
}
