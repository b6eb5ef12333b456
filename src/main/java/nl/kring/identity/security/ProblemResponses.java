package nl.kring.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;

/** Writes RFC 9457 problem+json answers for the API when security refuses a request. */
final class ProblemResponses {

    private ProblemResponses() {}

    static void write(HttpServletRequest request, HttpServletResponse response, MessageSource messages, LocaleResolver locales,
            int status, String key)
            throws IOException {
        var locale = locales.resolveLocale(request);
        var title = messages.getMessage(key + ".title", null, key, locale);
        var detail = messages.getMessage(key + ".detail", null, "", locale);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status
                + ",\"title\":\"" + json(title) + "\",\"detail\":\"" + json(detail)
                + "\",\"instance\":\"" + json(request.getRequestURI()) + "\"}");
    }

    private static String json(String text) {
        var out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
