package nl.kring.browser;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SequencedSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Visits every page of the app that can be reached by following links ({@code <a href>} only) from a
 * start page, breadth-first, and hands each one to a visitor while it is open in the browser. It stays
 * on the app's own origin and never follows sign-out, the API, the actuator or downloads (links with a
 * {@code download} attribute: files, not pages); the language switch and
 * in-page anchors do not count as separate pages.
 */
public final class Crawler {

    /** A safety net: Kring has far fewer pages than this, so hitting it means a link loop. */
    static final int MAX_PAGES = 150;

    private static final String LINKS = """
            return Array.from(document.querySelectorAll('a[href]'))
              .filter(function (a) { return !a.getAttribute('href').trim().startsWith('#'); })
              .filter(function (a) { return !a.hasAttribute('download'); })
              .map(function (a) { return a.href; });
            """;

    private final Browser browser;
    private final URI origin;

    public Crawler(Browser browser) {
        this.browser = browser;
        this.origin = URI.create(browser.baseUrl());
    }

    /**
     * Crawls from {@code start} and returns the pages visited, as normalised paths. A link that leads
     * to a page already visited (for example through a redirect) is not visited twice.
     */
    public SequencedSet<String> crawl(String start, Consumer<String> visitor) {
        var seen = new LinkedHashSet<String>();
        var visited = new LinkedHashSet<String>();
        var queue = new ArrayDeque<String>();
        normalise(start).ifPresent(s -> {
            seen.add(s);
            queue.add(s);
        });
        while (!queue.isEmpty()) {
            if (visited.size() >= MAX_PAGES) {
                throw new IllegalStateException("More than " + MAX_PAGES + " pages reachable; is there a link loop? " + visited);
            }
            var path = queue.removeFirst();
            browser.open(path);
            var landed = normalise(browser.driver().getCurrentUrl()).orElse(path);
            if (!visited.add(landed)) {
                continue;
            }
            seen.add(landed);
            visitor.accept(landed);
            for (var link : links()) {
                normalise(link).filter(seen::add).ifPresent(queue::addLast);
            }
        }
        return visited;
    }

    @SuppressWarnings("unchecked")
    private List<String> links() {
        return (List<String>) browser.js(LINKS);
    }

    /**
     * The page a link points to, as path and query without the {@code lang} parameter and without a
     * fragment; empty for anything the crawl must not follow.
     */
    Optional<String> normalise(String href) {
        URI uri;
        try {
            uri = origin.resolve(href);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!origin.getScheme().equalsIgnoreCase(uri.getScheme()) || !origin.getHost().equalsIgnoreCase(uri.getHost())
                || origin.getPort() != uri.getPort()) {
            return Optional.empty();
        }
        var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.equals("/logout") || path.startsWith("/logout/") || isUnder(path, "/api") || isUnder(path, "/actuator")) {
            return Optional.empty();
        }
        var query = uri.getRawQuery() == null ? "" : Stream.of(uri.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty() && !p.equals("lang") && !p.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return Optional.of(path + (query.isEmpty() ? "" : "?" + query));
    }

    private static boolean isUnder(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }
}
