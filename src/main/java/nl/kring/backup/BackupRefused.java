package nl.kring.backup;

/** A backup or restore that cannot be done as asked: what is wrong, and what to do about it, in one line each. */
final class BackupRefused extends RuntimeException {

    private final String action;

    BackupRefused(String problem, String action) {
        super(problem);
        this.action = action;
    }

    String action() {
        return action;
    }
}
