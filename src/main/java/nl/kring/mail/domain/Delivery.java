package nl.kring.mail.domain;

/**
 * The rules of sending: what state a new message starts in, what a failed attempt leaves, and what an
 * SMTP error may say when it is stored.
 *
 * @param smtpConfigured whether an SMTP server is configured ({@code spring.mail.host})
 * @param maxAttempts how often a message is tried before it stays {@link MailState#FAILED} for good
 */
public record Delivery(boolean smtpConfigured, int maxAttempts) {

    /** An error text is stored up to this length; SMTP servers can answer with long traces. */
    public static final int MAX_ERROR_LENGTH = 500;

    public Delivery {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be at least 1: " + maxAttempts);
        }
    }

    /** A new message waits to be sent, or, without SMTP, stays in the outbox. */
    public MailState initialState() {
        return smtpConfigured ? MailState.QUEUED : MailState.OUTBOX;
    }

    /** Whether a message in this state after this many attempts is still to be sent. */
    public boolean toSend(MailState state, int attempts) {
        return smtpConfigured && (state == MailState.QUEUED || state == MailState.FAILED) && attempts < maxAttempts;
    }

    /** Whether another attempt will follow a failure that brought the count to {@code attemptsAfterFailure}. */
    public boolean willRetry(int attemptsAfterFailure) {
        return attemptsAfterFailure < maxAttempts;
    }

    /** The error to store: the exception's class and message, on one line, cut to {@link #MAX_ERROR_LENGTH}. */
    public static String errorText(Throwable error) {
        var text = new StringBuilder();
        for (var cause = error; cause != null && text.length() < MAX_ERROR_LENGTH; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage());
            }
        }
        var oneLine = text.toString().replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_ERROR_LENGTH ? oneLine : oneLine.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
