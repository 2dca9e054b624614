package org.alliance.itests;

import static org.alliance.itests.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The web app in a real browser: signing in and out, the navigation each role gets, and plain errors. */
@ExtendWith(SharedServer.class)
class WebAppTest {

    private final Distribution server = SharedServer.server();

    @Test
    void anAdminSignsInToTheDashboardAndSignsOut() {
        try (Browser browser = Browser.open(server)) {
            browser.go("/");
            browser.waitFor(By.id("username"));
            browser.screenshot("sign-in");

            browser.signIn("admin", Distribution.ADMIN_PASSWORD);

            assertThat(browser.waitForText(By.cssSelector("#main h1"), "Welcome").getText()).contains("Administrator");
            assertThat(browser.navigation()).contains("Home", "Clients", "Engagements", "Users", "Audit log");
            browser.waitForText(By.cssSelector("[data-card='core.modules']"), "Core");
            browser.screenshot("dashboard");

            browser.click(By.id("sign-out"));
            assertThat(browser.waitFor(By.id("login-message")).getText()).contains("signed out");
            browser.go("/clients");
            browser.waitFor(By.id("username"));
        }
    }

    @Test
    void aWrongPasswordIsExplainedAndTheFormKeepsTheUsername() {
        try (Browser browser = Browser.open(server)) {
            browser.go("/");
            browser.type(By.id("username"), "admin").type(By.id("password"), "not-the-password");
            browser.click(By.id("sign-in"));

            assertThat(browser.waitFor(By.id("login-error")).getText()).isNotBlank();
            assertThat(browser.driver().findElement(By.id("username")).getAttribute("value")).isEqualTo("admin");
        }
    }

    @Test
    void aTherapistSeesNeitherUsersNorTheAuditLogAndIsToldSoAtTheirAddress() {
        assertThat(SharedServer.admin().post("/api/v1/users", json("username", "tess", "password", "tess-password-1",
                "displayName", "Tess Therapist", "roles", Api.list("therapist"))).status()).isEqualTo(201);
        try (Browser browser = Browser.open(server)) {
            browser.signIn("tess", "tess-password-1");

            assertThat(browser.navigation()).contains("Clients", "Engagements").doesNotContain("Users", "Audit log");
            browser.go("/audit");
            assertThat(browser.waitFor(By.id("missing-page")).getText()).contains("No installed module provides the page");
        }
    }

    @Test
    void aBookmarkedPageOpensAfterSigningIn() {
        try (Browser browser = Browser.open(server)) {
            browser.go("/users");
            browser.type(By.id("username"), "admin").type(By.id("password"), Distribution.ADMIN_PASSWORD);
            browser.click(By.id("sign-in"));

            browser.waitForText(By.cssSelector("#main h1"), "Users");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/users");
        }
    }

    @Test
    void onATabletTheNavigationFoldsIntoAMenuAndTheKeyboardSignsIn() {
        try (Browser browser = Browser.tablet(server)) {
            browser.go("/");
            browser.type(By.id("username"), "admin");
            browser.type(By.id("password"), Distribution.ADMIN_PASSWORD + org.openqa.selenium.Keys.ENTER);
            browser.waitFor(By.id("sign-out"));

            assertThat(browser.driver().findElement(By.id("nav")).isDisplayed()).isFalse();
            browser.click(By.cssSelector(".menu-toggle"));
            browser.click(By.cssSelector("#nav a[data-page='clients']"));
            browser.waitForText(By.cssSelector("#main h1"), "Clients");
            assertThat(browser.driver().findElement(By.id("nav")).isDisplayed()).isFalse();
            browser.screenshot("tablet-clients");
        }
    }
}
