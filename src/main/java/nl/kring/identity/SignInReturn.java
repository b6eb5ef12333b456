package nl.kring.identity;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Where to go once signed in, for a flow that starts before sign-in (an invitation link). Kept in the
 * session, taken once by the page sign-in lands on. Only paths within Kring are accepted, so it can never
 * send anyone to another site.
 */
public final class SignInReturn {

    private static final String ATTRIBUTE = "kring.signInReturn";

    private SignInReturn() {}

    public static void remember(HttpSession session, String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            throw new IllegalArgumentException("not a path within Kring");
        }
        session.setAttribute(ATTRIBUTE, path);
    }

    /** Whether a flow waits for sign-in (e.g. to tell the person on the sign-in page). */
    public static boolean waiting(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof String;
    }

    /** The remembered path, forgotten as it is taken. */
    public static Optional<String> take(HttpSession session) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String path)) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        return Optional.of(path);
    }
}
