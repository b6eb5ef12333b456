package nl.kring.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client against the running app, as a browser or a script would use it: API calls with a
 * bearer token, or a browser-like session with cookies, the sign-in form and CSRF tokens. Redirects are
 * not followed, so tests see them.
 */
public final class Http {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private String bearer;

    private Http(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A client without any credentials. */
    public static Http anonymous(int port) {
        return new Http(port);
    }

    /** An API client that sends {@code Authorization: Bearer <token>}. */
    public static Http withToken(int port, String token) {
        var http = new Http(port);
        http.bearer = token;
        return http;
    }

    /** A browser-like session signed in through the sign-in form. */
    public static Http signedIn(int port, String username, String password) {
        var http = new Http(port);
        var response = http.signIn(username, password);
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("sign-in as " + username + " failed: " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
        }
        return http;
    }

    public HttpResponse<String> signIn(String username, String password) {
        var csrf = csrfFrom(get("/login").body());
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", csrf));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** A download (a PDF, an image) as bytes. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET().build());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE().build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        var body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts a form the way the page does: with the CSRF token of the page it is on. */
    public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
        var withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrfFrom(get(pagePath).body()));
        return postForm(action, withToken);
    }

    /** Posts a body of this content type (a CSV file, for example). */
    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Uploads one file the way a page's upload form does: multipart, with the CSRF token of the page it is on. */
    public HttpResponse<String> submitFile(String pagePath, String action, String field, String filename, byte[] content) {
        var csrf = csrfFrom(get(pagePath).body());
        var boundary = "kring-" + System.nanoTime();
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return post(action, "multipart/form-data; boundary=" + boundary, body);
    }

    public CookieManager cookies() {
        return cookies;
    }

    public static String csrfFrom(String html) {
        var meta = CSRF_META.matcher(html);
        if (meta.find()) {
            return meta.group(1);
        }
        var input = CSRF_INPUT.matcher(html);
        if (input.find()) {
            return input.group(1);
        }
        throw new AssertionError("no CSRF token on the page");
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
