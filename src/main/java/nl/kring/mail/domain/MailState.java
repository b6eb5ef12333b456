package nl.kring.mail.domain;

/** Where an outgoing message is. None of them is ever deleted by sending; a message is never lost silently. */
public enum MailState {
    /** Written, waiting to be sent (after the transaction that wrote it committed, or by the retry). */
    QUEUED,
    /** The SMTP server accepted it. */
    SENT,
    /** The last attempt failed; it is retried while it has attempts left. */
    FAILED,
    /** No SMTP server is configured: it was not sent ("niet verzonden") and stays in the outbox. */
    OUTBOX
}
