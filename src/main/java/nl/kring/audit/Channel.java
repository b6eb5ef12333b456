package nl.kring.audit;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Through which door a request came in. */
public enum Channel {
    PAGE,
    API;

    public static Channel of(String requestPath) {
        return requestPath != null && requestPath.startsWith("/api/") ? API : PAGE;
    }

    /** The channel of the request being handled on this thread. */
    public static Channel current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest().getRequestURI());
        }
        return PAGE;
    }
}
