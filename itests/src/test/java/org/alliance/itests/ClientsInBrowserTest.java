package org.alliance.itests;

import static org.alliance.itests.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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

    /**
     * Picks the engagement's modality as a user would: from the installed plugins' list when it
     * offers it, else as an id under "Other…" (or in the plain id field when no plugin is installed).
     * Other tests enable and disable plugins on the shared server, so either form may be showing.
     */
    private static void chooseModality(Browser browser, String id) {
        List<WebElement> lists = browser.all(By.id("engagement-modality-select"));
        if (!lists.isEmpty()) {
            Select list = new Select(lists.get(0));
            if (list.getOptions().stream().anyMatch(o -> id.equals(o.getAttribute("value")))) {
                list.selectByValue(id);
                return;
            }
            list.selectByVisibleText("Other…");
        }
        browser.type(By.id("engagement-modality"), id);
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

            chooseModality(browser, "cbt");
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
    void theEngagementFormOffersInstalledModalitiesByNameAndOtherForAnyOther() throws Exception {
        String therapist = user("therapist", "Dr. Mo Dahl");
        Api api = Api.basic(server, therapist, therapist + "-password");
        Api.Reply client = api.post("/api/v1/clients", json("displayName", "Pat Plugin"));
        assertThat(client.status()).as(client.toString()).isEqualTo(201);
        shell("feature:install -r alliance-modality-psychodynamic\n");
        try {
            awaitModality(api, "psychodynamic", true);
            try (Browser browser = Browser.open(server)) {
                browser.signIn(therapist, therapist + "-password");
                browser.go("/clients/" + client.text("id"));

                // Installed plugins by name; the free-text id only after "Other…".
                Select list = new Select(browser.waitFor(By.id("engagement-modality-select")));
                assertThat(list.getOptions()).extracting(WebElement::getText).contains("Psychodynamic therapy", "Other…");
                assertThat(browser.all(By.id("engagement-modality"))).isEmpty();
                list.selectByVisibleText("Psychodynamic therapy");
                browser.click(By.id("engagement-start"));
                assertThat(browser.waitFor(By.id("competence-warning")).getText())
                        .contains("has not declared competence in psychodynamic");
                browser.click(By.id("engagement-start"));
                browser.waitForText(By.cssSelector("[data-testid='engagement-row']"), "psychodynamic");

                new Select(browser.waitFor(By.id("engagement-modality-select"))).selectByVisibleText("Other…");
                browser.type(By.id("engagement-modality"), "emdr");
                browser.click(By.id("engagement-start"));
                assertThat(browser.waitFor(By.id("competence-warning")).getText()).contains("emdr");
                browser.click(By.id("engagement-start"));
                browser.waitForText(By.cssSelector("table[aria-label='Engagements of this client']"), "emdr");
                browser.screenshot("engagement-modality-select");
            }
        } finally {
            shell("feature:uninstall -r alliance-modality-psychodynamic\n");
            awaitModality(api, "psychodynamic", false);
        }
    }

    /** Runs shell commands as the admin through {@code bin/client}. */
    private String shell(String commands) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(server.home().resolve("bin/client").toString(), "-h", "127.0.0.1",
                "-a", Integer.toString(server.sshPort()), "-u", "admin", "-p", Distribution.ADMIN_PASSWORD, "-r", "2", "-b")
                .directory(server.home().toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        p.getOutputStream().write(commands.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private static void awaitModality(Api api, String id, boolean installed) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (api.get("/api/v1/modalities/" + id).status() != (installed ? 200 : 404)) {
            assertThat(Instant.now()).as("modality " + id + (installed ? " listed" : " gone")).isBefore(deadline);
            Thread.sleep(250);
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
