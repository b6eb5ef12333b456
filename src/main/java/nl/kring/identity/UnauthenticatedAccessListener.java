package nl.kring.identity;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Told about every request refused because nobody is signed in, before the 401 or the redirect to the
 * sign-in page. Capabilities use it to audit refused attempts on their records.
 */
public interface UnauthenticatedAccessListener {
    void refused(HttpServletRequest request);
}
