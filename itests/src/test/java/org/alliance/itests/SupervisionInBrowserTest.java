package org.alliance.itests;

import static org.alliance.itests.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The supervision module's page and card in a real browser, under the web app's
 * Content-Security-Policy, with notes and scheduling installed: an admin records a co-signature
 * relationship between a supervisor and an intern (consent recorded), the intern signs two SOAP
 * notes, and the supervisor finds them in the queue with the clients' names, reads one, returns it
 * with comments and co-signs the other; is refused a second relationship with every conflict
 * listed; logs and verifies a supervision session and reads the hours with a progress bar per
 * requirement, every rule, and the board's PDF. At tablet width the intern reads the dashboard
 * card and their hours, logs client hours by hand, and asks the supervisor to observe a booked
 * session, refused until the client's consent is recorded; the supervisor accepts. An admin sees
 * the relationships only; a therapist nobody supervises does not see the hours card. On a server
 * of its own, like the other browser tests.
 */
class SupervisionInBrowserTest {

    private static final String API = "/api/v1/supervision";

    private static Distribution server;

    @BeforeAll
    static void start() throws InterruptedException {
        server = Distribution.withAdminFromEnvironment().start();
        Api admin = admin();
        if (admin.get(API + "/rule-sets").status() == 404) {
            ModulesConsole.of(server).enable("alliance-supervision");
        }
        Instant deadline = Instant.now().plusSeconds(60);
        while (admin.get(API + "/rule-sets").status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(admin.get(API + "/rule-sets").status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Api admin() {
        return Api.basic(server, "admin", Distribution.ADMIN_PASSWORD);
    }

    /** A new account with one role; returns [username, id]. */
    private static String[] user(String role, String displayName) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply r = admin().post("/api/v1/users", json("username", username, "password", username + "-password",
                "displayName", displayName, "roles", Api.list(role)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new String[] {username, r.text("id")};
    }

    private static Api as(String[] user) {
        return Api.basic(server, user[0], user[0] + "-password");
    }

    /** Registers a client and starts a CBT engagement with the practitioner; returns the engagement id. */
    private static String engagement(Api practitioner, String practitionerId, String clientName) {
        Api.Reply client = practitioner.post("/api/v1/clients", json("displayName", clientName));
        assertThat(client.status()).as(client.toString()).isEqualTo(201);
        Api.Reply e = practitioner.post("/api/v1/engagements", json("clientId", client.text("id"), "therapistId",
                practitionerId, "modality", "cbt"));
        assertThat(e.status()).as(e.toString()).isEqualTo(201);
        return e.text("id");
    }

    /** A SOAP progress note written and signed by the intern; it then waits for the supervisor. */
    private static String signedSoapNote(Api author, String engagementId, String subjective) {
        Api.Reply draft = author.post("/api/v1/notes", "{\"engagementId\":\"" + engagementId + "\",\"templateId\":\"soap\","
                + "\"kind\":\"PROGRESS\",\"fields\":" + json("subjective", subjective, "objective", "Calm, good eye contact",
                        "assessment", "Improving", "plan", "Continue weekly", "risk", "No risk indicated") + "}");
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        Api.Reply signed = author.post("/api/v1/notes/" + draft.text("id") + "/sign", "");
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.text("status")).isEqualTo("AWAITING_COSIGNATURE");
        return draft.text("id");
    }

    private static ZoneId zone() {
        return ZoneId.of(admin().get("/api/v1/web/navigation").text("timeZone"));
    }

    private static void watchPolicy(Browser browser) {
        browser.script("window.cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.cspViolations.push("
                + "e.violatedDirective + ' ' + e.blockedURI));");
    }

    private static Object policyViolations(Browser browser) {
        return browser.script("return window.cspViolations;");
    }

    private static void waitUntil(Browser browser, String script) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(browser.script(script)));
    }

    private static Object focused(Browser browser) {
        return browser.script("return document.activeElement.id;");
    }

    private static WebElement queued(Browser browser, String noteId) {
        return browser.waitFor(By.cssSelector("[data-testid='queue-note'][data-note-id='" + noteId + "']"));
    }

    @Test
    void aSupervisorWorksTheQueueVerifiesTheLogAndReadsTheHoursAndTheInternAsksForAnObservation() {
        String[] sam = user("supervisor", "Dr. Sam Supervisor");
        String[] ivy = user("intern", "Ivy Intern");
        LocalDate today = LocalDate.now(zone());

        // The admin records the supervision, with the intern's consent.
        Api.Reply relationship = admin().post(API + "/relationships", json("supervisorId", sam[1], "superviseeId", ivy[1],
                "cosignMode", "COSIGN", "ruleSet", "ca-lmft", "start", today.minusDays(14).toString(),
                "consentRecorded", true, "scope", "Adult individual clients"));
        assertThat(relationship.status()).as(relationship.toString()).isEqualTo(201);

        // The intern writes and signs two SOAP notes, for two clients.
        Api ivyApi = as(ivy);
        String rosaEngagement = engagement(ivyApi, ivy[1], "Rosa Revise");
        String carlEngagement = engagement(ivyApi, ivy[1], "Carl Cosign");
        String toReturn = signedSoapNote(ivyApi, rosaEngagement, "Rosa reports poor sleep since the move.");
        String toCosign = signedSoapNote(ivyApi, carlEngagement, "Carl practised the breathing exercise daily.");

        try (Browser browser = Browser.open(server)) {
            browser.signIn(sam[0], sam[0] + "-password");
            watchPolicy(browser);
            assertThat(browser.navigation()).contains("Supervision");
            browser.click(By.cssSelector("#nav a[data-page='supervision']"));

            // Both notes wait, each with its client, template, author and signing time.
            assertThat(queued(browser, toReturn).getText()).contains("Rosa Revise", "SOAP note", "Signed by Ivy Intern",
                    "Co-signature");
            assertThat(queued(browser, toCosign).getText()).contains("Carl Cosign", "SOAP note");
            assertThat(browser.all(By.cssSelector("[data-testid='queue-note']"))).hasSize(2);

            // The note read in place, every field of its template.
            browser.click(By.id("queue-" + toReturn + "-read"));
            assertThat(browser.waitFor(By.id("queue-" + toReturn + "-fields")).getText())
                    .contains("Subjective", "Rosa reports poor sleep since the move.", "Plan", "Continue weekly");
            assertThat(browser.driver().findElement(By.id("queue-" + toReturn + "-read")).getAttribute("aria-expanded"))
                    .isEqualTo("true");
            pageScreenshot(browser, "supervision-queue", null);

            // Returning needs comments: refused and announced without them, then sent back with them.
            browser.click(By.cssSelector("#queue-" + toReturn + "-return-box summary"));
            browser.click(By.id("queue-" + toReturn + "-return"));
            WebElement missing = browser.waitFor(By.id("queue-" + toReturn + "-error"));
            assertThat(missing.getAttribute("role")).isEqualTo("alert");
            assertThat(missing.getText()).contains("comments are required");
            assertThat(browser.driver().findElement(By.id("queue-" + toReturn + "-comments")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(focused(browser)).isEqualTo("queue-" + toReturn + "-comments");
            browser.type(By.id("queue-" + toReturn + "-comments"), "Add the sleep hygiene plan to the Plan.");
            browser.click(By.id("queue-" + toReturn + "-return"));
            assertThat(browser.waitForText(By.id("queue-status"), "Returned to Ivy Intern").getText()).contains("Rosa Revise");
            assertThat(browser.all(By.cssSelector("[data-note-id='" + toReturn + "']"))).isEmpty();

            // Co-signing asks first.
            browser.click(By.id("queue-" + toCosign + "-cosign"));
            WebElement dialog = browser.waitFor(By.id("cosign-dialog"));
            assertThat(dialog.getText()).contains("Co-sign the SOAP note by Ivy Intern?", "Carl Cosign");
            browser.click(By.id("cosign-dialog-confirm"));
            assertThat(browser.waitForText(By.id("queue-status"), "Co-signed").getText()).contains("Carl Cosign");
            assertThat(browser.waitFor(By.id("queue-none")).getText()).contains("Nothing is waiting");
            assertThat(focused(browser)).isEqualTo("queue-status");

            // The relationship is listed; a second one for the same intern is refused with every conflict.
            WebElement listed = browser.waitFor(By.cssSelector("[data-testid='relationship'][data-relationship-id='"
                    + relationship.text("id") + "']"));
            assertThat(listed.getText()).contains("You supervise Ivy Intern", "Co-sign", "In force", "California LMFT",
                    "Adult individual clients");
            new Select(browser.waitFor(By.id("rel-supervisee"))).selectByVisibleText("Ivy Intern");
            browser.click(By.id("relationship-submit"));
            WebElement refusal = browser.waitFor(By.id("relationship-refusal"));
            assertThat(refusal.getAttribute("role")).isEqualTo("alert");
            assertThat(browser.all(By.cssSelector("#relationship-refusal-list [data-testid='violation']")))
                    .extracting(WebElement::getText)
                    .anySatisfy(v -> assertThat(v).contains("consent to this supervision is not recorded"))
                    .anySatisfy(v -> assertThat(v).contains("Dr. Sam Supervisor already supervises Ivy Intern"));
            assertThat(browser.driver().findElement(By.id("rel-consent")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(focused(browser)).isEqualTo("relationship-refusal");
            assertThat(policyViolations(browser)).as("Content-Security-Policy violations").isEqualTo(List.of());

            // The intern's log: the supervisor logs today's session and verifies it; it is then locked.
            browser.click(By.cssSelector("[data-relationship-id='" + relationship.text("id") + "'] [data-testid='relationship-log']"));
            assertThat(browser.waitFor(By.id("supervisee-title")).getText()).isEqualTo("Supervision of Ivy Intern");
            watchPolicy(browser);
            browser.type(By.id("log-minutes"), "90");
            new Select(browser.waitFor(By.id("log-medium"))).selectByValue("VIDEO");
            browser.type(By.id("log-topics"), "Pacing of exposure work; countertransference with a grieving client.");
            browser.click(By.id("log-submit"));
            assertThat(browser.waitForText(By.id("log-status"), "Logged").getText()).contains("1 h 30 min", "Verify it below");
            WebElement entry = browser.waitFor(By.cssSelector("[data-testid='log-entry']"));
            assertThat(entry.getAttribute("data-verified")).isEqualTo("false");
            assertThat(entry.getText()).contains("Waiting for verification", "Video", "Pacing of exposure work");
            browser.click(By.cssSelector("[data-testid='log-entry'] [data-testid='log-verify']"));
            assertThat(browser.waitFor(By.id("verify-dialog")).getText()).contains("Verify this supervision session?",
                    "can no longer change");
            browser.click(By.id("verify-dialog-confirm"));
            browser.waitForText(By.id("log-status"), "Verified");
            WebElement verified = browser.waitFor(By.cssSelector("[data-testid='log-entry'][data-verified='true']"));
            assertThat(verified.getText()).contains("Verified");
            assertThat(verified.findElements(By.cssSelector(".supervision-lock"))).hasSize(1);
            assertThat(verified.findElements(By.cssSelector("[data-testid='log-verify']"))).isEmpty();

            // The hours: totals, a progress bar per requirement, every rule, and the board's PDF.
            browser.waitForText(By.cssSelector("[data-testid='total-individual']"), "1.5 hours");
            assertThat(browser.waitFor(By.id("hours-rule-set")).getText()).contains("California LMFT (BBS)");
            WebElement hoursBar = browser.waitFor(By.id("requirement-total-hours"));
            assertThat(hoursBar.getTagName()).isEqualTo("progress");
            assertThat(hoursBar.getAttribute("max")).isEqualTo("3000");
            assertThat(hoursBar.getAttribute("value")).isEqualTo("1");
            assertThat(hoursBar.getAttribute("aria-valuetext")).isEqualTo("1 / 3,000 hours (0%)");
            assertThat(hoursBar.getAttribute("aria-labelledby")).isEqualTo("requirement-total-hours-label");
            assertThat(browser.driver().findElement(By.id("requirement-total-hours-value")).getText())
                    .isEqualTo("1 / 3,000 hours");
            assertThat(browser.all(By.cssSelector("[data-testid='requirement-progress']"))).hasSize(2);
            assertThat(browser.all(By.cssSelector("[data-testid='rule']"))).extracting(r -> r.getAttribute("data-rule"))
                    .containsExactlyInAnyOrder("min-3000-hours", "min-104-weeks", "max-40-hours-in-7-days");
            WebElement weekly = browser.driver().findElement(By.cssSelector("[data-rule='max-40-hours-in-7-days']"));
            assertThat(weekly.getAttribute("data-status")).isEqualTo("MET");
            assertThat(weekly.findElement(By.cssSelector("[data-testid='rule-status']")).getText()).isEqualTo("Met");
            assertThat(browser.driver().findElement(By.cssSelector("[data-rule='min-3000-hours'] [data-testid='rule-status']"))
                    .getText()).isEqualTo("Not yet met");
            assertThat(browser.driver().findElement(By.id("hours-export")).getAttribute("href"))
                    .endsWith(API + "/hours/export.pdf?superviseeId=" + ivy[1]);
            assertThat(browser.script("return fetch(document.getElementById('hours-export').href)"
                    + ".then(r => r.status + ' ' + r.headers.get('content-type'));")).isEqualTo("200 application/pdf");
            pageScreenshot(browser, "supervision-hours", "supervision-hours");
            assertThat(policyViolations(browser)).as("Content-Security-Policy violations").isEqualTo(List.of());

            // At tablet width nothing is wider than the screen.
            browser.driver().manage().window().setSize(new Dimension(768, 1024));
            waitUntil(browser, "return window.innerWidth <= 800;");
            assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"))
                    .as("nothing wider than the screen").isEqualTo(true);
        }

        // What the browser did, as the notes and the log record it.
        JsonNode returned = ivyApi.get("/api/v1/notes/" + toReturn).json();
        assertThat(returned.path("status").asText()).isEqualTo("DRAFT");
        assertThat(returned.path("history")).anySatisfy(h ->
                assertThat(h.path("comment").asText()).isEqualTo("Add the sleep hygiene plan to the Plan."));
        JsonNode cosigned = ivyApi.get("/api/v1/notes/" + toCosign).json();
        assertThat(cosigned.path("status").asText()).isEqualTo("SIGNED");
        assertThat(cosigned.path("cosignerId").asText()).isEqualTo(sam[1]);
        assertThat(cosigned.path("cosignedAt").asText()).isNotBlank();
        assertThat(ivyApi.get(API + "/sessions?superviseeId=" + ivy[1]).json()).singleElement().satisfies(s -> {
            assertThat(s.path("minutes").asInt()).isEqualTo(90);
            assertThat(s.path("medium").asText()).isEqualTo("VIDEO");
            assertThat(s.path("verifiedAt").asText()).isNotBlank();
        });

        // The intern, on a tablet: the card, their hours, and an observation of a booked session.
        ZonedDateTime sessionStart = today.plusDays(3).atTime(11, 0).atZone(zone());
        Api.Reply booked = ivyApi.post("/api/v1/scheduling/appointments", json("engagementId", carlEngagement,
                "start", sessionStart.toOffsetDateTime().toString(), "durationMinutes", 50, "kind", "SESSION"));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String appointmentId = booked.json().path("appointment").path("id").asText();

        try (Browser browser = Browser.tablet(server)) {
            browser.signIn(ivy[0], ivy[0] + "-password");
            watchPolicy(browser);
            WebElement card = browser.waitFor(By.cssSelector("[data-card='supervision.hours']"));
            assertThat(browser.waitFor(By.id("hours-card-rule-set")).getText()).isEqualTo("California LMFT (BBS)");
            assertThat(card.getText()).contains("rules not yet met", "Every logged session is verified.");
            browser.click(By.id("hours-card-link"));
            assertThat(browser.waitFor(By.id("supervisee-title")).getText()).isEqualTo("Your supervision log and hours");
            assertThat(browser.waitFor(By.cssSelector("[data-testid='log-entry'][data-verified='true']")).getText())
                    .contains("With Dr. Sam Supervisor");
            assertThat(browser.all(By.cssSelector("[data-testid='log-verify']"))).as("only the supervisor verifies").isEmpty();
            assertThat(browser.waitFor(By.id("requirement-weeks")).getAttribute("aria-valuetext")).contains("/ 104 weeks");

            // Client hours the Calendar does not hold, logged by hand: the totals follow.
            browser.type(By.id("hours-minutes"), "120");
            browser.click(By.id("hours-kind-indirect"));
            browser.type(By.id("hours-note"), "Case notes and consultation calls");
            browser.click(By.id("hours-submit"));
            assertThat(browser.waitForText(By.id("hours-status"), "Logged").getText()).contains("2 hours of indirect");
            browser.waitForText(By.cssSelector("[data-testid='total-indirect']"), "2 hours");
            assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"))
                    .as("nothing wider than the screen").isEqualTo(true);

            // The client's record says what the client is told: that Ivy is supervised, and by whom.
            browser.go("/notes/" + rosaEngagement);
            watchPolicy(browser);
            assertThat(browser.waitFor(By.cssSelector("#record-disclosures [data-testid='disclosure']")).getText())
                    .contains("clinical supervision of Dr. Sam Supervisor");

            // An observation request is refused until the client's consent is recorded.
            browser.go("/supervision");
            watchPolicy(browser);
            new Select(browser.waitFor(By.id("observation-session"))).selectByValue(appointmentId);
            assertThat(browser.driver().findElement(By.cssSelector("#observation-session option[value='" + appointmentId + "']"))
                    .getText()).contains("Carl Cosign");
            new Select(browser.waitFor(By.id("observation-observer"))).selectByVisibleText("Dr. Sam Supervisor");
            browser.click(By.id("observation-mode-may-intervene"));
            browser.click(By.id("observation-submit"));
            assertThat(browser.waitFor(By.id("observation-refusal")).getText()).contains("consent to being observed");
            assertThat(browser.driver().findElement(By.id("observation-consent")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(focused(browser)).isEqualTo("observation-refusal");
            browser.click(By.id("observation-consent"));
            browser.click(By.id("observation-submit"));
            assertThat(browser.waitForText(By.id("observation-status"), "Dr. Sam Supervisor is asked to observe").getText())
                    .contains("May intervene");
            assertThat(browser.waitFor(By.cssSelector("#observations-mine [data-testid='observation']")).getText())
                    .contains("Observed by Dr. Sam Supervisor", "Waiting for an answer");
            assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"))
                    .as("nothing wider than the screen").isEqualTo(true);
            assertThat(policyViolations(browser)).as("Content-Security-Policy violations").isEqualTo(List.of());
        }

        JsonNode requested = as(sam).get(API + "/observations").json();
        assertThat(requested).singleElement().satisfies(o -> {
            assertThat(o.path("appointmentId").asText()).isEqualTo(appointmentId);
            assertThat(o.path("status").asText()).isEqualTo("REQUESTED");
            assertThat(o.path("mode").asText()).isEqualTo("MAY_INTERVENE");
        });
        String observationId = requested.get(0).path("id").asText();

        // The supervisor accepts it on the page; recording what they observed waits for the session to begin.
        try (Browser browser = Browser.open(server)) {
            browser.signIn(sam[0], sam[0] + "-password");
            browser.go("/supervision");
            watchPolicy(browser);
            WebElement asked = browser.waitFor(By.cssSelector("#observations-incoming [data-observation-id='"
                    + observationId + "']"));
            assertThat(asked.getText()).contains("Ivy Intern's session", "May intervene", "Waiting for an answer");
            browser.click(By.id("observation-" + observationId + "-accept"));
            assertThat(browser.waitForText(By.id("observation-status"), "Accepted").getText()).contains("in your calendar");
            assertThat(browser.waitFor(By.cssSelector("[data-observation-id='" + observationId + "']"))
                    .getAttribute("data-status")).isEqualTo("ACCEPTED");
            assertThat(browser.all(By.id("observation-" + observationId + "-form"))).as("not before the session").isEmpty();
            assertThat(policyViolations(browser)).as("Content-Security-Policy violations").isEqualTo(List.of());
        }
        assertThat(as(ivy).get(API + "/observations").json().get(0).path("status").asText()).isEqualTo("ACCEPTED");

        // An admin manages the relationships only: no queue, no observations, no log or hours (on a tablet).
        try (Browser browser = Browser.tablet(server)) {
            browser.signIn("admin", Distribution.ADMIN_PASSWORD);
            browser.go("/supervision");
            watchPolicy(browser);
            assertThat(browser.waitFor(By.cssSelector("[data-relationship-id='" + relationship.text("id") + "']")).getText())
                    .contains("Dr. Sam Supervisor supervises Ivy Intern");
            assertThat(browser.all(By.cssSelector("[data-testid='relationship-log']"))).isEmpty();
            assertThat(browser.waitFor(By.id("rel-supervisor")).getTagName()).isEqualTo("select");
            assertThat(browser.all(By.id("supervision-queue"))).isEmpty();
            assertThat(browser.all(By.id("supervision-observations"))).isEmpty();
            assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"))
                    .as("nothing wider than the screen").isEqualTo(true);
            assertThat(policyViolations(browser)).as("Content-Security-Policy violations").isEqualTo(List.of());
            browser.go("/supervision/" + ivy[1]);
            watchPolicy(browser);
            assertThat(browser.waitFor(By.id("supervisee-not-party")).getText()).contains("you manage the relationships");
            assertThat(policyViolations(browser)).as("Content-Security-Policy violations").isEqualTo(List.of());
        }

        // A therapist nobody supervises has nothing to learn from the hours card: it stays out of sight.
        String[] tom = user("therapist", "Tom Unsupervised");
        try (Browser browser = Browser.open(server)) {
            browser.signIn(tom[0], tom[0] + "-password");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d ->
                    !d.findElement(By.cssSelector("[data-card='supervision.hours']")).isDisplayed());
        }
    }

    /**
     * Saves the page as far as a tall window shows it, for the user guide: from the top, or from the
     * element with the given id.
     */
    private static void pageScreenshot(Browser browser, String name, String fromId) {
        Path folder = Path.of(System.getProperty("alliance.screenshots", "target/screenshots"));
        Dimension window = browser.driver().manage().window().getSize();
        try {
            Files.createDirectories(folder);
            browser.driver().manage().window().setSize(new Dimension(1280, 1500));
            if (fromId == null) {
                browser.script("window.scrollTo(0, 0);");
            } else {
                browser.script("document.getElementById(arguments[0]).scrollIntoView();", fromId);
            }
            File shot = browser.driver().getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.driver().manage().window().setSize(window);
        }
    }
}
