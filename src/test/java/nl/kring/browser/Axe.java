package nl.kring.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Runs axe-core (vendored in {@code src/test/resources/axe}) on the page that is open in a {@link Browser}
 * and returns what it finds. The script is injected through WebDriver, which Chromium runs regardless
 * of the page's Content-Security-Policy (script-src 'self', no inline script), so the app's policy
 * stays exactly as strict as in production.
 */
public final class Axe {

    /** The WCAG levels Kring promises: 2.1 AA, which includes 2.0 A and AA and 2.1 A. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** What the project's own scan runs: WCAG 2.1 AA and axe's best practices (landmarks, headings, …). */
    static final List<String> KRING_SCAN = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    /**
     * Rules that run besides the tags. WCAG 2.5.3 Label in Name ({@code label-content-name-mismatch})
     * is tagged "experimental" in axe 4.11, and axe leaves experimental rules out of a tag run unless
     * they are enabled by name.
     */
    static final List<String> ALSO_ENABLED = List.of("label-content-name-mismatch");

    private static final String SOURCE = load();

    /** arguments: context (document or an element), axe options; answers violations and incomplete results. */
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            function simple(list) {
              return list.map(function (v) {
                return {id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                  nodes: v.nodes.map(function (n) {
                    return {target: n.target.map(function (t) { return Array.isArray(t) ? t.join(' >>> ') : String(t); }).join(', '),
                            html: n.html, summary: n.failureSummary || ''};
                  })};
              });
            }
            axe.run(arguments[0] || document, arguments[1])
              .then(function (r) { done({violations: simple(r.violations), incomplete: simple(r.incomplete || [])}); })
              .catch(function (e) { done({error: String(e && e.stack ? e.stack : e)}); });
            """;

    private Axe() {}

    /**
     * The whole current document against WCAG 2.1 A and AA, axe's best practices and
     * {@link #ALSO_ENABLED}: every violation.
     */
    public static List<Violation> scan(Browser browser) {
        return scan(browser, KRING_SCAN);
    }

    /** The whole current document against the rules with these axe tags and {@link #ALSO_ENABLED}: every violation. */
    public static List<Violation> scan(Browser browser, List<String> tags) {
        var enabled = new java.util.LinkedHashMap<String, Object>();
        ALSO_ENABLED.forEach(rule -> enabled.put(rule, Map.of("enabled", true)));
        return run(browser, null, Map.of("runOnly", Map.of("type", "tag", "values", tags), "rules", enabled,
                "resultTypes", List.of("violations")))
                .violations();
    }

    /**
     * The text contrast of one element as it looks right now, e.g. while it has focus. Axe files text
     * in the same colour as its background under "needs review" (it may be hidden on purpose), but an
     * element that is on screen and focused must be readable; so here anything axe cannot pass counts.
     */
    public static List<Violation> contrastOf(Browser browser, WebElement element) {
        var result = run(browser, element, Map.of("runOnly", List.of("color-contrast")));
        var all = new ArrayList<>(result.violations());
        all.addAll(result.incomplete());
        return all;
    }

    private record Result(List<Violation> violations, List<Violation> incomplete) {}

    @SuppressWarnings("unchecked")
    private static Result run(Browser browser, WebElement context, Map<String, Object> options) {
        var js = (JavascriptExecutor) browser.driver();
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object' && typeof window.axe.run === 'function';"))) {
            js.executeScript(SOURCE);
            if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
                throw new IllegalStateException("axe-core could not be injected into " + browser.path());
            }
        }
        var answer = (Map<String, Object>) js.executeAsyncScript(RUN, context, options);
        if (answer.get("error") != null) {
            throw new IllegalStateException("axe-core failed on " + browser.path() + ": " + answer.get("error"));
        }
        return new Result(violations(answer.get("violations")), violations(answer.get("incomplete")));
    }

    @SuppressWarnings("unchecked")
    private static List<Violation> violations(Object raw) {
        return raw == null ? List.of() : ((List<Map<String, Object>>) raw).stream().map(Violation::of).toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One failing node: where it is, what it looks like, and axe's own explanation of what to change. */
    public record Node(String target, String html, String summary) {}

    /** One broken rule on one page, with every node that breaks it. */
    public record Violation(String rule, String impact, String help, String helpUrl, List<Node> nodes) {

        @SuppressWarnings("unchecked")
        static Violation of(Map<String, Object> raw) {
            var nodes = ((List<Map<String, Object>>) raw.get("nodes")).stream()
                    .map(n -> new Node(String.valueOf(n.get("target")), String.valueOf(n.get("html")), String.valueOf(n.get("summary"))))
                    .toList();
            return new Violation(String.valueOf(raw.get("id")), String.valueOf(raw.get("impact")), String.valueOf(raw.get("help")),
                    String.valueOf(raw.get("helpUrl")), nodes);
        }

        /** A multi-line description that says exactly what to fix. */
        public String describe() {
            return "  " + rule + " (" + impact + "): " + help + " — " + helpUrl + "\n" + nodes.stream()
                    .map(n -> "    at " + n.target() + "\n      " + n.html().replace("\n", " ")
                            + "\n      " + n.summary().replace("\n", "\n      "))
                    .collect(Collectors.joining("\n"));
        }
    }
}
