package nl.kring.identity.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The open page sessions of an account, in Spring Session's store (PostgreSQL), found by the name the
 * sign-in form gave them: the username. Bearer tokens have no session and are not affected.
 */
@Component
public class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the account; returns how many there were. */
    public int endAll(String username) {
        var open = sessions.findByPrincipalName(username).keySet();
        open.forEach(sessions::deleteById);
        return open.size();
    }
}
