package nl.kring.invitation.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Kring's address as invitees reach it: the configured public address, or else the one this request came in at. */
final class LinkBase {

    private LinkBase() {}

    static String of(String configured, HttpServletRequest request) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
    }
}
