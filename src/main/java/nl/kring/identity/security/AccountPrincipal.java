package nl.kring.identity.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

/** Principal of a request authenticated with a personal access token. */
record AccountPrincipal(UUID accountId) implements AccountBound, Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
}
