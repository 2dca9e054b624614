package org.alliance.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The idle timeout (HIPAA automatic logoff) as a user meets it: a warning with a countdown
 * before it ends, staying signed in with one click, and being signed out with an explanation.
 * The practice's timeout is set to its minimum, one minute, the way an IT admin would: by
 * the configuration file in {@code etc/}.
 */
@ExtendWith(SharedServer.class)
class SessionTimeoutInBrowserTest {

    private final Distribution server = SharedServer.server();

    @BeforeEach
    void oneMinuteTimeout() throws Exception {
        idleMinutes(1);
    }

    @AfterEach
    void usualTimeout() throws Exception {
        idleMinutes(15);
    }

    private void idleMinutes(int minutes) throws IOException, InterruptedException {
        Path config = server.home().resolve("etc/org.alliance.practice.cfg");
        Files.writeString(config, "sessionIdleMinutes = " + minutes + "\n");
        // Karaf picks the file up within a couple of seconds; the session answer says when.
        Api admin = Api.session(server, "admin", Distribution.ADMIN_PASSWORD);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (admin.get("/api/v1/auth/session").json().path("idleTimeoutSeconds").asInt() != minutes * 60) {
            assertThat(System.nanoTime()).as("the new timeout is applied within 30 s").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    @Test
    void aWarningComesBeforeTheTimeoutAndStayingSignedInRestartsIt() {
        try (Browser browser = Browser.open(server)) {
            browser.signIn("admin", Distribution.ADMIN_PASSWORD);

            // With one minute, the warning shows for the last 30 seconds.
            browser.waitFor(By.id("stay-signed-in"), Duration.ofSeconds(45));
            assertThat(browser.driver().findElement(By.id("idle-countdown")).getText()).matches("0:[0-3][0-9]");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("stay-signed-in");
            browser.screenshot("idle-warning");

            browser.click(By.id("stay-signed-in"));
            browser.waitUntilGone(By.id("stay-signed-in"));

            // Left alone, the warning comes back and the session ends with an explanation.
            browser.waitFor(By.id("stay-signed-in"), Duration.ofSeconds(45));
            assertThat(browser.waitFor(By.id("login-message"), Duration.ofSeconds(45)).getText())
                    .contains("signed out after 1 minute without activity");
        }
    }

    @Test
    void typingIsActivitySoAPractitionerWritingIsNotSignedOut() throws InterruptedException {
        try (Browser browser = Browser.open(server)) {
            browser.signIn("admin", Distribution.ADMIN_PASSWORD);
            browser.go("/clients");
            var filter = browser.waitFor(By.id("client-filter"));

            // Typing (and nothing else) for well past the one-minute timeout.
            long until = System.nanoTime() + Duration.ofSeconds(80).toNanos();
            while (System.nanoTime() < until) {
                filter.sendKeys("a");
                Thread.sleep(5_000);
                assertThat(browser.driver().findElements(By.id("stay-signed-in"))).as("no idle warning while typing").isEmpty();
            }
            assertThat(browser.driver().findElements(By.id("login-message"))).isEmpty();
            assertThat(browser.driver().findElement(By.id("client-filter")).isDisplayed()).isTrue();
        }
    }
}
