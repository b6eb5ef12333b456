package nl.kring.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium session against the running app: the system Chromium and its driver, a fresh
 * throw-away profile, and nothing downloaded (Selenium Manager is never asked, because both paths are
 * given explicitly). Close it to quit the browser and delete the profile.
 */
public final class Browser implements AutoCloseable {

    /** The system Chromium; another one can be named with {@code -Dkring.browser.chromium=...}. */
    static final Path CHROMIUM = Path.of(System.getProperty("kring.browser.chromium", "/usr/bin/chromium"));
    /** Its driver, of the same version; another one can be named with {@code -Dkring.browser.chromedriver=...}. */
    static final Path CHROMEDRIVER = Path.of(System.getProperty("kring.browser.chromedriver", "/usr/bin/chromedriver"));
    static final Duration WAIT = Duration.ofSeconds(15);
    static final Duration POLL = Duration.ofMillis(50);

    /**
     * Selenium warns that it has no DevTools binding for this Chromium version on every start; these
     * tests use none, so only real errors from that corner are shown. (Kept in a field: JUL holds its
     * loggers weakly.)
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    }

    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = "kring-demo";

    private final ChromeDriver driver;
    private final Path profile;
    private String baseUrl;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Skips the calling test (or, on CI, fails it) when Chromium or its driver is not installed. Call
     * it before anything else, so that a machine without a browser does not even start the app.
     */
    public static void requireInstalled() {
        var missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).toList();
        if (missing.isEmpty()) {
            return;
        }
        var message = "The browser tests need Chromium at " + CHROMIUM + " and ChromeDriver at " + CHROMEDRIVER
                + "; not found: " + missing.stream().map(Path::toString).collect(Collectors.joining(", "))
                + ". Install them (Debian/Ubuntu: sudo apt-get install chromium chromium-driver), or name other ones with"
                + " -Dkring.browser.chromium=... and -Dkring.browser.chromedriver=... (driver and browser of the same version).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message);
        }
        // Build tools tend to hide why a whole class was skipped, so say it in the log as well.
        System.err.println("WARNING: skipping the browser tests. " + message);
        Assumptions.abort(message);
    }

    /** Starts a new headless browser with an empty profile. */
    public static Browser start() {
        requireInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("kring-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--window-size=1280,1024");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, profile);
    }

    /** The app's address, e.g. {@code http://localhost:51234}; paths passed to {@link #open} are relative to it. */
    public Browser at(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        return this;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Loads a path of the app (e.g. {@code /families}) and waits until the document is complete. */
    public Browser open(String path) {
        driver.get(path.startsWith("http") ? path : baseUrl + path);
        waitForPage();
        return this;
    }

    /** Path and query of the current page, e.g. {@code /login?error}. */
    public String path() {
        var uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The HTTP status of the current document (Navigation Timing), or 0 when the browser does not know it. */
    public int status() {
        var status = js("var n = performance.getEntriesByType('navigation')[0]; return n && n.responseStatus ? n.responseStatus : 0;");
        return status instanceof Number n ? n.intValue() : 0;
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Signs in through the sign-in form, as a person would, and checks that it worked. */
    public Browser signIn(String username) {
        return signIn(username, DEMO_PASSWORD);
    }

    public Browser signIn(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(path()).as("after signing in as %s", username).isEqualTo("/");
        assertThat(findAll(By.cssSelector("form.kring-signout"))).as("sign-out button for %s", username).isNotEmpty();
        return this;
    }

    /** Signs in where a flow that began before sign-in (an invitation link) continues: wherever that leads. */
    public Browser signInAndContinue(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(findAll(By.cssSelector("form.kring-signout"))).as("sign-out button for %s", username).isNotEmpty();
        return this;
    }

    /** Sets the value of a field the way a date picker would (typing into date inputs depends on the browser's locale). */
    public Browser setValue(By field, String value) {
        js("arguments[0].value = arguments[1];", driver.findElement(field), value);
        return this;
    }

    /** Signs out with the button in the header and checks that the sign-in page says so. */
    public Browser signOut() {
        clickAndWait(By.cssSelector("form.kring-signout button[type=submit]"));
        assertThat(path()).isEqualTo("/login?logout");
        return this;
    }

    /** Forgets every cookie, so the next page is seen as by a new visitor (signed out, default language). */
    public Browser forgetCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        return this;
    }

    /** The language the page declares on {@code <html lang>}. */
    public String language() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    public Browser type(By field, String text) {
        var element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    /** Clicks something that loads a new page, and waits until the new page has replaced the old one. */
    public Browser clickAndWait(By target) {
        return clickAndWait(driver.findElement(target));
    }

    public Browser clickAndWait(WebElement target) {
        // Mark the old document; the wait is over when a complete document without the mark is there.
        js("window.kringPreviousPage = true;");
        target.click();
        new WebDriverWait(driver, WAIT, POLL)
                .ignoring(WebDriverException.class) // while the old document unloads, scripts may fail to run
                .until(d -> Boolean.TRUE.equals(js("return window.kringPreviousPage !== true && document.readyState === 'complete';")));
        return this;
    }

    /**
     * Sends a form as a plain browser would, without htmx and without the browser's own checks
     * ({@code form.submit()}), and waits for the answer page.
     */
    public Browser submitAndWait(By form) {
        var element = driver.findElement(form);
        js("window.kringPreviousPage = true;");
        js("arguments[0].submit();", element);
        new WebDriverWait(driver, WAIT, POLL)
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(js("return window.kringPreviousPage !== true && document.readyState === 'complete';")));
        return this;
    }

    private void waitForPage() {
        new WebDriverWait(driver, WAIT, POLL).until(d -> "complete".equals(js("return document.readyState")));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temp directory that stays behind is no reason to fail a test
        }
    }
}
