package nl.kring.browser;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One browser per test class: started before the first test (or the class is skipped when Chromium
 * is not installed, before the app is started), pointed at the app's random port before each test,
 * and quit after the last. Register it as a static field:
 *
 * <pre>{@code @RegisterExtension static final BrowserExtension chromium = new BrowserExtension();}</pre>
 *
 * A test that needs a second person signed in at the same time can ask for {@link #second()}; that
 * browser is quit when the test ends.
 */
public final class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private Browser browser;
    private final List<Browser> seconds = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        Browser.requireInstalled();
        browser = Browser.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        var port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
        browser.at("http://localhost:" + port);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            seconds.forEach(Browser::close);
        } finally {
            seconds.clear();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** The class's browser. */
    public Browser browser() {
        return browser;
    }

    /** A second, separate browser (own cookies, own session) for this test only. */
    public Browser second() {
        var other = Browser.start().at(browser.baseUrl());
        seconds.add(other);
        return other;
    }
}
