package nl.kring.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import nl.kring.support.IntegrationTest;

/**
 * No text leaves its box, on a phone of 320 px and on a wide screen of 1920 px: every page a coordinator, a
 * professional and a parent reach by following links, with long Dutch words such as "Vrijwilligersprogramma"
 * on the coordinator's home page. A box is left when a heading, paragraph, list item, label, button, cell or
 * card is wider inside than outside while it does not scroll, or when the page scrolls sideways.
 */
@IntegrationTest
class TextFitsIT {

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    private static final String OVERFLOWING = """
            var found = [];
            if (document.documentElement.scrollWidth > window.innerWidth + 1) {
              found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);
            }
            document.querySelectorAll('main h1, main h2, main h3, main p, main li, main dt, main dd, main label, main legend, '
                + 'main .utrecht-button, main td, main th, main .kring-card, header a, header .utrecht-button').forEach(function (el) {
              var style = getComputedStyle(el);
              if (style.display === 'none' || style.visibility === 'hidden' || el.closest('[hidden]')) { return; }
              // inside a region that scrolls on purpose (a wide table), overflowing is the design
              for (var up = el.parentElement; up; up = up.parentElement) {
                var o = getComputedStyle(up).overflowX;
                if (o === 'auto' || o === 'scroll') { return; }
              }
              if (style.overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
                found.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + el.textContent.trim().substring(0, 60) + '" '
                    + el.scrollWidth + ' > ' + el.clientWidth);
              }
            });
            return found;""";

    /** Names on a drawn map that cover each other or a person's symbol, as the browser lays them out. */
    private static final String COVERING_NAMES = """
            var found = [];
            document.querySelectorAll('svg.kring-map').forEach(function (svg) {
              var names = Array.from(svg.querySelectorAll('text.kring-person__label')).map(function (t) {
                return {name: t.textContent, box: t.getBoundingClientRect()};
              });
              var symbols = Array.from(svg.querySelectorAll('.kring-person__symbol')).map(function (s) {
                return {name: s.closest('.kring-person') ? s.closest('.kring-person').querySelector('text') : null, box: s.getBoundingClientRect()};
              });
              function overlap(a, b) {
                return Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
              }
              for (var i = 0; i < names.length; i++) {
                for (var j = i + 1; j < names.length; j++) {
                  if (overlap(names[i].box, names[j].box)) { found.push('"' + names[i].name + '" covers "' + names[j].name + '"'); }
                }
                symbols.forEach(function (s) {
                  var own = s.name && s.name.textContent === names[i].name;
                  if (!own && overlap(names[i].box, s.box)) { found.push('"' + names[i].name + '" covers the symbol of another person'); }
                });
              }
            });
            return found;""";

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"demo-coordinator, 320", "demo-coordinator, 1920", "demo-professional, 320", "demo-professional, 1920",
            "demo-parent, 320", "demo-parent, 1920"})
    void noTextLeavesItsBox(String account, int width) {
        var browser = chromium.browser();
        var window = browser.driver().manage().window();
        var before = window.getSize();
        var problems = new ArrayList<String>();
        try {
            window.setSize(new Dimension(width, 900));
            browser.forgetCookies();
            browser.signIn(account);
            new Crawler(browser).crawl("/", path -> {
                @SuppressWarnings("unchecked")
                var found = (List<String>) browser.js(OVERFLOWING);
                found.forEach(problem -> problems.add(path + ": " + problem));
            });
            browser.signOut();
        } finally {
            window.setSize(before);
        }
        assertThat(problems).as(account + " at " + width + " px").isEmpty();
    }

    /**
     * Screenshots at 1280 × 800 and 390 × 844 of every role's home page, and for the professional the family file and
     * its map page, in {@code target/screenshots}; on each, no text out of its box and no name on a map covering another
     * name or a person's symbol.
     */
    @ParameterizedTest(name = "{0} at {1} x {2}")
    @CsvSource({"demo-youth, 1280, 800", "demo-youth, 390, 844", "demo-parent, 1280, 800", "demo-parent, 390, 844",
            "demo-network, 1280, 800", "demo-network, 390, 844", "demo-volunteer, 1280, 800", "demo-volunteer, 390, 844",
            "demo-coordinator, 1280, 800", "demo-coordinator, 390, 844", "demo-professional, 1280, 800", "demo-professional, 390, 844",
            "demo-privacy-officer, 1280, 800", "demo-privacy-officer, 390, 844", "demo-analyst, 1280, 800", "demo-analyst, 390, 844",
            "demo-admin, 1280, 800", "demo-admin, 390, 844"})
    void screenshotsShowEveryTextInsideItsBox(String account, int width, int height) throws Exception {
        var browser = chromium.browser();
        var window = browser.driver().manage().window();
        var before = window.getSize();
        var problems = new ArrayList<String>();
        try {
            window.setSize(new Dimension(width, height));
            browser.forgetCookies();
            browser.signIn(account);
            var pages = new ArrayList<String>(List.of("/"));
            if (account.equals("demo-professional")) {
                browser.open("/families");
                var file = browser.find(org.openqa.selenium.By.linkText("Gezin De Wit (demo)")).getDomAttribute("href");
                pages.add(file);
                browser.open(file + "/maps");
                pages.add(browser.findAll(org.openqa.selenium.By.cssSelector("main th a[href*='/maps/']")).getFirst().getDomAttribute("href"));
            }
            var folder = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(folder);
            for (int i = 0; i < pages.size(); i++) {
                browser.open(pages.get(i));
                @SuppressWarnings("unchecked")
                var found = (List<String>) browser.js(OVERFLOWING);
                var page = pages.get(i);
                found.forEach(problem -> problems.add(page + ": " + problem));
                @SuppressWarnings("unchecked")
                var covering = (List<String>) browser.js(COVERING_NAMES);
                covering.forEach(problem -> problems.add(page + ": " + problem));
                if (page.contains("/maps/")) {
                    // the demo map's names are there to be checked, the four near the centre among them
                    @SuppressWarnings("unchecked")
                    var names = (List<Object>) browser.js("return Array.from(document.querySelectorAll('svg.kring-map text.kring-person__label'))"
                            + ".map(function (t) { return t.textContent; });");
                    assertThat(names).as("names on the map").contains("Opa Henk", "Bobbie (hond)");
                }
                var shot = ((org.openqa.selenium.TakesScreenshot) browser.driver()).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
                java.nio.file.Files.write(folder.resolve(account + "-" + i + "-" + width + "x" + height + ".png"), shot);
            }
            browser.signOut();
        } finally {
            window.setSize(before);
        }
        assertThat(problems).as(account + " at " + width + " x " + height).isEmpty();
    }
}
