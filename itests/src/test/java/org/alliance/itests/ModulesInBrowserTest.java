package org.alliance.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A practice admin adds a third-party plugin in the web console (the example noticeboard, as a
 * {@code .kar}), enables it, uses it in the web app, disables it (its page and API are gone)
 * and enables it again (its data is still there). Both windows are one real browser.
 */
class ModulesInBrowserTest {

    private static final String FEATURE = "alliance-noticeboard";
    private static Distribution server;

    @BeforeAll
    static void start() {
        server = Distribution.withAdminFromEnvironment().withOwnSystemRepository().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Path kar() {
        Path kar = Path.of(System.getProperty("alliance.noticeboard.kar",
                "../examples/noticeboard/target/org.alliance.examples.noticeboard-0.1.0-SNAPSHOT.kar")).toAbsolutePath();
        assertThat(kar).as("the example plugin's kar; build the reactor first").exists();
        return kar.normalize();
    }

    @Test
    void anAdminAddsEnablesDisablesAndReEnablesAPluginAndItsDataSurvives() {
        try (Browser browser = Browser.open(server)) {
            WebDriver driver = browser.driver();
            browser.signIn("admin", Distribution.ADMIN_PASSWORD);
            assertThat(browser.navigation()).doesNotContain("Noticeboard");
            browser.go("/noticeboard");
            assertThat(browser.waitFor(By.id("missing-page")).getText()).contains("No installed module provides");
            String webApp = driver.getWindowHandle();

            // The console in a second tab; the browser signs in to it with the credentials in the address.
            driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            // The console asks for HTTP Basic; credentials in the address answer once, then the browser
            // keeps them for this origin (and a page whose address holds credentials may not fetch()).
            driver.get("http://admin:" + Distribution.ADMIN_PASSWORD + "@127.0.0.1:" + server.httpPort()
                    + "/system/console/alliance-modules");
            browser.waitFor(By.id("alliance-module-table"));
            browser.go("/system/console/alliance-modules");
            browser.waitFor(By.id("alliance-module-table"));
            driver.findElement(By.cssSelector("#alliance-add-kar input[type=file]")).sendKeys(kar().toString());
            browser.click(By.cssSelector("#alliance-add-kar button[type=submit]"));
            console(browser, "enable");
            browser.screenshot("console-modules");

            // Enabled: the web app offers the page, and the plugin works.
            driver.switchTo().window(webApp);
            browser.go("/");
            browser.waitFor(By.cssSelector("#nav a[data-page='noticeboard']")).click();
            browser.type(By.id("notice-title"), "Room 2 closed on Friday");
            browser.type(By.id("notice-body"), "The heating is being repaired; sessions move to room 3.");
            browser.click(By.id("notice-post"));
            browser.waitForText(By.id("notice-list"), "Room 2 closed on Friday");

            // Disabled: the entry leaves the navigation, the page says so plainly, the API answers 404.
            driver.switchTo().window(driver.getWindowHandles().stream().filter(h -> !h.equals(webApp)).findFirst()
                    .orElseThrow());
            console(browser, "disable");
            driver.switchTo().window(webApp);
            browser.go("/");
            assertThat(browser.navigation()).contains("Clients").doesNotContain("Noticeboard");
            browser.go("/noticeboard");
            assertThat(browser.waitFor(By.id("missing-page")).getText()).contains("/noticeboard");
            assertThat(Api.basic(server, "admin", Distribution.ADMIN_PASSWORD).get("/api/v1/noticeboard/notices").status()).isEqualTo(404);

            // Enabled again: the page is back with the notice posted before.
            driver.switchTo().window(driver.getWindowHandles().stream().filter(h -> !h.equals(webApp)).findFirst()
                    .orElseThrow());
            console(browser, "enable");
            driver.switchTo().window(webApp);
            browser.go("/");
            browser.waitFor(By.cssSelector("#nav a[data-page='noticeboard']")).click();
            browser.waitForText(By.id("notice-list"), "Room 2 closed on Friday");
            assertThat(Api.basic(server, "admin", Distribution.ADMIN_PASSWORD).get("/api/v1/noticeboard/notices").status()).isEqualTo(200);
        }
    }

    /** Clicks the noticeboard's Enable or Disable button and waits for the console to confirm. */
    private static void console(Browser browser, String action) {
        By button = By.cssSelector("tr[data-feature='" + FEATURE + "'] button[data-action='" + action + "']");
        browser.click(button);
        String opposite = action.equals("enable") ? "disable" : "enable";
        browser.waitFor(By.cssSelector("tr[data-feature='" + FEATURE + "'] button[data-action='" + opposite + "']"),
                java.time.Duration.ofSeconds(60));
        assertThat(browser.waitFor(By.id("alliance-message")).getAttribute("class")).isEqualTo("ok");
    }
}
