/**
 * Browser tests: Kring in a real, headless Chromium, driven by Selenium.
 *
 * <ul>
 *   <li>{@link nl.kring.browser.AccessibilityIT} signs in as every demo role, follows every link from the
 *       home page and runs axe-core (WCAG 2.1 A and AA) on each page, plus the pages only a form leads to.</li>
 *   <li>{@link nl.kring.browser.MainFlowsIT} does the main things people do, by mouse and by keyboard.</li>
 *   <li>{@link nl.kring.browser.MapEditorIT} draws network maps: click, drag and keyboard, versions and their
 *       comparison, every download, two people editing at once, and typing that survives a crash.</li>
 * </ul>
 *
 * <p>They need the system Chromium and ChromeDriver ({@code apt-get install chromium chromium-driver});
 * nothing is downloaded. Without them the tests are skipped, except on CI ({@code CI=true}), where they
 * fail. Run them with {@code ./mvnw verify -Dit.test='AccessibilityIT,MainFlowsIT,MapEditorIT'} (as a user other
 * than root: the embedded PostgreSQL refuses to run as root).
 */
package nl.kring.browser;
