package nl.kring.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The session marker of a half-finished sign-in: the password was right, but the second step is still
 * to come. While it is set, {@link SecondFactorGate} lets the session reach only that step.
 */
public final class SecondFactorSession {

    /** What the session still has to do. */
    public enum Pending {
        /** Give a code from the app or a recovery code, at {@link #VERIFY_PATH}. */
        VERIFY,
        /** Set up a second factor first (the role requires one), at {@link #ENROL_PATH}. */
        ENROL
    }

    public static final String VERIFY_PATH = "/login/second-factor";
    public static final String ENROL_PATH = "/profile/second-factor";
    static final String ATTRIBUTE = SecondFactorSession.class.getName() + ".pending";

    private SecondFactorSession() {}

    public static Optional<Pending> pending(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String value)) {
            return Optional.empty();
        }
        return Optional.of(Pending.valueOf(value));
    }

    public static void mark(HttpServletRequest request, Pending pending) {
        request.getSession().setAttribute(ATTRIBUTE, pending.name());
    }

    /** The sign-in is complete; a new session id, as after the password. */
    public static void complete(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) != null) {
            session.removeAttribute(ATTRIBUTE);
            request.changeSessionId();
        }
    }

    public static String pathOf(Pending pending) {
        return pending == Pending.VERIFY ? VERIFY_PATH : ENROL_PATH;
    }
}
