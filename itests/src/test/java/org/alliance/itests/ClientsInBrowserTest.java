package org.alliance.itests;

import static org.alliance.itests.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Clients and engagements as practice staff use them in the browser, sealed records included. */
@ExtendWith(SharedServer.class)
class ClientsInBrowserTest {

    private final Distribution server = SharedServer.server();

    /** Creates an account through the API and returns its username (unique per call). */
    private String user(String role, String displayName) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply r = SharedServer.admin().post("/api/v1/users", json("username", username, "password",
                username + "-password", "displayName", displayName, "roles", Api.list(role)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return username;
    }

    @Test
    void aTherapistRegistersAClientAndStartsAnEngagement() {
        String therapist = user("therapist", "Dr. Rhea Rowe");
        try (Browser browser = Browser.open(server)) {
            browser.signIn(therapist, therapist + "-password");
            browser.click(By.cssSelector("#nav a[data-page='clients']"));
            browser.click(By.id("client-new"));
            browser.type(By.id("client-name"), "Casey Client");
            browser.type(By.id("client-email"), "not-an-email");
            browser.click(By.id("client-create"));

            // The API refuses the email; the page says why and marks the field.
            assertThat(browser.waitFor(By.cssSelector("#client-form .problem")).getText()).containsIgnoringCase("email");
            assertThat(browser.driver().findElement(By.id("client-email")).getAttribute("aria-invalid")).isEqualTo("true");

            browser.type(By.id("client-email"), "casey@example.org");
            browser.click(By.id("client-create"));
            assertThat(browser.waitForText(By.id("client-heading"), "Casey Client").getText()).contains("Casey Client");

            browser.type(By.id("engagement-modality"), "cbt");
            browser.click(By.id("engagement-start"));
            // Dr. Rowe has declared no modality: the practice's default policy warns first.
            assertThat(browser.waitFor(By.id("competence-warning")).getText()).contains("has not declared competence in cbt");
            browser.click(By.id("engagement-start"));
            assertThat(browser.waitFor(By.cssSelector("[data-testid='engagement-row']")).getText())
                    .contains("Dr. Rhea Rowe", "cbt", "ACTIVE");
            browser.screenshot("client-record");

            browser.click(By.cssSelector("#nav a[data-page='clients']"));
            browser.waitForText(By.cssSelector("[data-testid='client-row']"), "Casey Client");
            browser.screenshot("clients");
        }
    }

    @Test
    void theFrontDeskSeesASealedClientByPseudonymOnlyAndAnAdminBreaksTheGlassWithAReason() {
        String therapist = user("therapist", "Dr. Theo Treat");
        String frontDesk = user("frontdesk", "Fran Desk");
        Api therapistApi = Api.basic(server, therapist, therapist + "-password");
        Api.Reply sealed = therapistApi.post("/api/v1/clients", json("displayName", "Dr. Selma Sealed",
                "dateOfBirth", "1971-03-04", "clinicianClient", true));
        assertThat(sealed.status()).as(sealed.toString()).isEqualTo(201);
        String clientId = sealed.text("id");
        String pseudonym = sealed.text("pseudonym");
        String therapistId = therapistApi.get("/api/v1/users/me").text("id");
        assertThat(therapistApi.post("/api/v1/engagements", json("clientId", clientId, "therapistId", therapistId,
                "modality", "psychodynamic"))
                .status()).isEqualTo(201);

        try (Browser browser = Browser.open(server)) {
            browser.signIn(frontDesk, frontDesk + "-password");
            browser.go("/clients");
            browser.waitForText(By.cssSelector("table[aria-label='Clients']"), pseudonym);
            assertThat(browser.pageSource()).doesNotContain("Selma");
            browser.screenshot("clients-front-desk");

            browser.go("/clients/" + clientId);
            assertThat(browser.waitFor(By.id("sealed-notice")).getText()).contains(pseudonym);
            assertThat(browser.pageSource()).doesNotContain("Selma").doesNotContain("1971");
            assertThat(browser.all(By.id("break-glass-form"))).isEmpty();
        }

        try (Browser browser = Browser.open(server)) {
            browser.signIn("admin", Distribution.ADMIN_PASSWORD);
            browser.go("/clients/" + clientId);
            browser.waitFor(By.id("break-glass-form"));
            assertThat(browser.pageSource()).doesNotContain("Selma");
            browser.type(By.id("break-glass-reason"), "Client's safety: crisis call, need the emergency contact");
            browser.click(By.id("break-glass"));

            assertThat(browser.waitFor(By.id("break-glass-banner")).getText()).contains("audit log");
            assertThat(browser.waitFor(By.id("client-display-name")).getText()).isEqualTo("Dr. Selma Sealed");
            browser.screenshot("break-glass");

            // The access is in the audit log, flagged, with its reason.
            browser.click(By.id("client-audit-link"));
            browser.waitForText(By.id("audit-client"), "Dr. Selma Sealed");
            browser.click(By.id("audit-flagged"));
            browser.click(By.id("audit-search"));
            assertThat(browser.waitForText(By.cssSelector("table[aria-label='Audit entries']"), "client.break-glass")
                    .getText()).contains("crisis call").contains("Flagged");
            browser.screenshot("audit-log");
        }
    }

    @Test
    void theAuditLogPagesBackwardsAndForwardsOverItsEntries() {
        // Each client list is one audit entry per client shown: 60 lists make more than a page of 50.
        String frontDesk = user("frontdesk", "Page Turner");
        Api desk = Api.basic(server, frontDesk, frontDesk + "-password");
        assertThat(desk.post("/api/v1/clients", json("displayName", "Audit Subject")).status()).isEqualTo(201);
        String deskId = desk.get("/api/v1/users/me").text("id");
        for (int i = 0; i < 60; i++) {
            assertThat(desk.get("/api/v1/clients").status()).isEqualTo(200);
        }
        try (Browser browser = Browser.open(server)) {
            browser.signIn("admin", Distribution.ADMIN_PASSWORD);
            browser.go("/audit");
            new Select(browser.waitFor(By.id("audit-user"))).selectByValue(deskId);
            browser.click(By.id("audit-search"));
            assertThat(browser.waitFor(By.id("audit-status")).getText()).contains("Showing 50 entries");
            String firstPage = rows(browser);

            browser.click(By.id("audit-older"));
            waitForOtherRows(browser, firstPage);
            String secondPage = rows(browser);

            browser.click(By.id("audit-newer"));
            waitForOtherRows(browser, secondPage);
            assertThat(rows(browser)).isEqualTo(firstPage);
            assertThat(browser.driver().findElement(By.id("audit-newer")).isEnabled()).isFalse();
        }
    }

    private static void waitForOtherRows(Browser browser, String before) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> !rows(browser).equals(before) && !rows(browser).isEmpty());
    }

    private static String rows(Browser browser) {
        return String.join("\n", browser.all(By.cssSelector("[data-testid='audit-row']")).stream()
                .map(e -> e.getAttribute("data-sequence")).toList());
    }
}
