package nl.kring.identity.security;

import java.util.UUID;

/** A principal that names a Kring account, however the person signed in (form, OIDC, token). */
public interface AccountBound {
    UUID accountId();
}
