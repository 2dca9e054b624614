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
 * The peer network's page in a real browser, under the web app's Content-Security-Policy. A
 * therapist writes a consultation whose summary names the client and gives the client's email: it
 * is refused with both findings listed, the focus on the refusal and everything typed kept; they
 * remove the identifiers and send it; the peer addressed opens it from its address (at tablet
 * width, nothing wider than the screen), does not see the client, is refused a reply with a phone
 * number, and replies. A practitioner opts in to the directory and is listed; a colleague looking
 * for a therapist reads who learns what before anything is typed, finds them among the matches and
 * asks; the one asked sees only what is looked for, and learns who asked only on accepting. On a
 * server of its own, like the other browser tests.
 */
class PeerNetworkInBrowserTest {

    private static final String API = "/api/v1/peer";

    private static Distribution server;

    @BeforeAll
    static void start() throws InterruptedException {
        server = Distribution.withAdminFromEnvironment().start();
        Api admin = admin();
        if (admin.get(API + "/directory").status() == 404) {
            ModulesConsole.of(server).enable("alliance-peer-network");
        }
        Instant deadline = Instant.now().plusSeconds(60);
        while (admin.get(API + "/directory").status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(admin.get(API + "/directory").status()).isEqualTo(200);
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

    private static Browser signedIn(Browser browser, String[] user) {
        browser.signIn(user[0], user[0] + "-password");
        return browser;
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

    private static boolean fitsTheScreen(Browser browser) {
        return Boolean.TRUE.equals(browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"));
    }

    private static String value(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    @Test
    void aConsultationNamingTheClientIsRefusedKeptAndSentDeIdentifiedAndThePeerReplies() {
        String[] theo = user("therapist", "Dr. Theo Thorne");
        String[] petra = user("therapist", "Dr. Petra Peer");
        Api theoApi = as(theo);
        Api.Reply client = theoApi.post("/api/v1/clients", json("displayName", "Marisol Quintero",
                "email", "marisol.q@example.org"));
        assertThat(client.status()).as(client.toString()).isEqualTo(201);
        String clientId = client.text("id");
        Api.Reply engagement = theoApi.post("/api/v1/engagements", json("clientId", clientId, "therapistId", theo[1],
                "modality", "cbt"));
        assertThat(engagement.status()).as(engagement.toString()).isEqualTo(201);

        String question = "How would you pace exposure work when panic returns after a good month?";
        String named = "Marisol, early 40s, panic disorder since a car accident. Sessions 6 of 12. "
                + "She asked me to send material to marisol.q@example.org.";
        String deIdentified = "Woman in her early 40s, panic disorder since a car accident; PHQ-9 14. Session 6 of 12.";
        String consultationId;

        try (Browser browser = signedIn(Browser.open(server), theo)) {
            watchPolicy(browser);
            assertThat(browser.navigation()).contains("Peer network");
            browser.click(By.cssSelector("#nav a[data-page='peer']"));
            browser.click(By.cssSelector(".peer-sections a[data-section='consultations']"));
            watchPolicy(browser);

            // The client picker offers my own active clients; the text names the client and gives her email.
            new Select(browser.waitFor(By.id("consult-client"))).selectByValue(clientId);
            assertThat(browser.driver().findElement(By.cssSelector("#consult-client option[value='" + clientId + "']"))
                    .getText()).isEqualTo("Marisol Quintero");
            browser.type(By.id("consult-question"), question);
            browser.type(By.id("consult-summary"), named);
            browser.click(By.id("consult-peer-" + petra[1]));
            browser.click(By.id("consult-send"));

            // Refused: every finding listed, the refusal focused, the summary marked, nothing typed lost.
            WebElement refusal = browser.waitFor(By.id("consult-refusal"));
            assertThat(refusal.getAttribute("role")).isEqualTo("alert");
            assertThat(browser.all(By.cssSelector("#consult-refusal [data-testid='violation']")))
                    .extracting(WebElement::getText)
                    .containsExactly("the client's name", "the client's email address");
            assertThat(refusal.getText()).doesNotContain("Marisol", "marisol.q@example.org");
            assertThat(focused(browser)).isEqualTo("consult-refusal");
            assertThat(browser.driver().findElement(By.id("consult-summary")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(value(browser, "consult-question")).isEqualTo(question);
            assertThat(value(browser, "consult-summary")).isEqualTo(named);
            assertThat(value(browser, "consult-client")).isEqualTo(clientId);
            assertThat(browser.driver().findElement(By.id("consult-peer-" + petra[1])).isSelected()).isTrue();
            pageScreenshot(browser, "peer-consultation-refused", "consult-form");

            // De-identified, it goes.
            browser.type(By.id("consult-summary"), deIdentified);
            browser.click(By.id("consult-send"));
            assertThat(browser.waitForText(By.id("consult-status"), "Sent").getText()).contains("without the client");
            assertThat(focused(browser)).isEqualTo("consult-status");
            WebElement sent = browser.waitFor(By.cssSelector("#consultations-mine [data-testid='consultation']"));
            assertThat(sent.getText()).contains(question, "To Dr. Petra Peer", "0 replies");
            consultationId = sent.getAttribute("data-consultation-id");
            assertThat(value(browser, "consult-summary")).isEmpty();
            assertThat(browser.all(By.id("consult-refusal"))).isEmpty();
            assertThat(policyViolations(browser)).as("Content-Security-Policy violations").isEqualTo(List.of());
        }
        JsonNode stored = theoApi.get(API + "/consultations/" + consultationId).json();
        assertThat(stored.path("caseSummary").asText()).isEqualTo(deIdentified);
        assertThat(stored.path("clientConsent").asBoolean()).isFalse();

        // The peer opens it from its address (as the in-app notice links it), on a tablet.
        try (Browser browser = signedIn(Browser.tablet(server), petra)) {
            browser.go("/peer/consultations/" + consultationId);
            watchPolicy(browser);
            assertThat(browser.waitFor(By.id("thread-title")).getText()).isEqualTo("Consultation from Dr. Theo Thorne");
            assertThat(browser.waitFor(By.id("thread-question")).getText()).isEqualTo(question);
            assertThat(browser.waitFor(By.id("thread-summary")).getText()).isEqualTo(deIdentified);
            assertThat(browser.pageSource()).doesNotContain("Marisol", "Quintero", clientId);
            assertThat(fitsTheScreen(browser)).as("nothing wider than the screen").isTrue();

            // A reply is checked too.
            browser.type(By.id("reply-text"), "Happy to talk it through: call me on 555-201-3344.");
            browser.click(By.id("reply-send"));
            assertThat(browser.waitFor(By.cssSelector("#reply-refusal [data-testid='violation']")).getText())
                    .isEqualTo("a phone number");
            assertThat(focused(browser)).isEqualTo("reply-refusal");
            assertThat(value(browser, "reply-text")).contains("555-201-3344");

            browser.type(By.id("reply-text"), "Grade the hierarchy more finely and add interoceptive exposure first.");
            browser.click(By.id("reply-send"));
            browser.waitForText(By.id("reply-status"), "Your reply is posted.");
            assertThat(browser.waitFor(By.cssSelector("[data-testid='reply']")).getText())
                    .contains("You", "Grade the hierarchy more finely");
            assertThat(fitsTheScreen(browser)).as("nothing wider than the screen").isTrue();
            pageScreenshot(browser, "peer-consultation-thread", null);
            waitUntil(browser, "return window.innerWidth <= 800;");

            // The list of consultations at tablet width: addressed to her, with its reply.
            browser.click(By.cssSelector(".peer-breadcrumb a[href='/peer/consultations']"));
            assertThat(browser.waitFor(By.cssSelector("#consultations-to-me [data-testid='consultation']")).getText())
                    .contains("From Dr. Theo Thorne", "1 reply");
            assertThat(browser.pageSource()).doesNotContain("Marisol", "Quintero");
            assertThat(fitsTheScreen(browser)).as("nothing wider than the screen").isTrue();
            assertThat(policyViolations(browser)).as("Content-Security-Policy violations").isEqualTo(List.of());
        }

        JsonNode thread = theoApi.get(API + "/consultations/" + consultationId).json();
        assertThat(thread.path("replies")).singleElement().satisfies(r -> {
            assertThat(r.path("authorId").asText()).isEqualTo(petra[1]);
            assertThat(r.path("text").asText()).startsWith("Grade the hierarchy");
        });
    }

    @Test
    void aPractitionerOptsInAndIsAskedConfidentiallyByAColleagueLookingForATherapist() {
        String[] lena = user("therapist", "Dr. Lena Listed");
        String[] ada = user("therapist", "Dr. Ada Asker");
        // The asker is open to a colleague of this practice (both must be), but not listed herself. (Media are
        // given because the server answers 500 to a profile without any: Profiles.update, Set.of().contains(null).)
        Api.Reply adaProfile = as(ada).send("PUT", API + "/profiles/me", "application/json",
                json("openToSamePractice", true, "listed", false, "media", Api.list("VIDEO")));
        assertThat(adaProfile.status()).as(adaProfile.toString()).isEqualTo(200);

        // Lena opts in on her profile page and finds herself in the directory.
        try (Browser browser = signedIn(Browser.open(server), lena)) {
            browser.go("/peer/profile");
            watchPolicy(browser);
            assertThat(browser.waitFor(By.id("profile-close-help")).getText()).contains("never shown to anyone");
            browser.click(By.id("profile-listed"));
            // No modality plugin is installed on this server: the modality is written in words.
            browser.type(By.id("profile-modalities-other"), "cbt, act");
            browser.type(By.id("profile-competencies"), "panic, burnout");
            browser.type(By.id("profile-languages"), "en, de");
            browser.click(By.id("profile-medium-video"));
            browser.click(By.id("profile-clinician-clients"));
            browser.click(By.id("profile-same-practice"));
            browser.type(By.id("profile-bio"), "Fifteen years of CBT with health professionals.");
            pageScreenshot(browser, "peer-profile", null);
            browser.click(By.id("profile-save"));
            assertThat(browser.waitForText(By.id("profile-status"), "Saved").getText())
                    .isEqualTo("Saved. You are listed in the directory.");

            browser.click(By.cssSelector(".peer-sections a[data-section='directory']"));
            new Select(browser.waitFor(By.id("directory-medium"))).selectByValue("VIDEO");
            browser.type(By.id("directory-language"), "de");
            browser.click(By.id("directory-search"));
            WebElement listed = browser.waitFor(By.cssSelector("[data-testid='directory-entry'][data-practitioner-id='"
                    + lena[1] + "']"));
            assertThat(listed.getText()).contains("Dr. Lena Listed", "Accepts colleagues as clients", "Video", "panic, burnout");
            assertThat(policyViolations(browser)).as("Content-Security-Policy violations").isEqualTo(List.of());
        }

        // Ada reads who learns what, then asks Lena.
        String requestId;
        try (Browser browser = signedIn(Browser.open(server), ada)) {
            browser.go("/peer/therapist");
            watchPolicy(browser);
            String privacy = browser.waitFor(By.id("therapist-privacy")).getText();
            assertThat(privacy).contains("Who was left out, and why, is never shown",
                    "they see only the modality, medium and language you asked for", "you are told only “declined”",
                    "sealed record");
            new Select(browser.waitFor(By.id("therapist-modality"))).selectByValue("cbt");
            new Select(browser.waitFor(By.id("therapist-medium"))).selectByValue("VIDEO");
            browser.type(By.id("therapist-language"), "en");
            browser.click(By.id("therapist-submit"));
            browser.waitForText(By.id("therapist-status"), "match");
            WebElement request = browser.waitFor(By.cssSelector("[data-testid='therapist-request']"));
            requestId = request.getAttribute("data-request-id");
            assertThat(browser.waitFor(By.cssSelector("[data-testid='match'][data-practitioner-id='" + lena[1] + "']"))
                    .getText()).contains("Dr. Lena Listed");
            browser.click(By.id("ask-" + requestId + "-" + lena[1]));
            assertThat(browser.waitFor(By.id("ask-dialog")).getText()).contains("Not your name, unless they accept");
            browser.click(By.id("ask-dialog-confirm"));
            assertThat(browser.waitForText(By.id("therapist-status"), "is asked").getText()).startsWith("Dr. Lena Listed");
            assertThat(browser.waitFor(By.cssSelector("[data-testid='therapist-request'][data-status='ASKED']")).getText())
                    .contains("Waiting for an answer");
            assertThat(browser.all(By.cssSelector("[data-testid='match-ask']"))).as("one at a time").isEmpty();
            pageScreenshot(browser, "peer-therapist", "therapist-privacy");
            assertThat(policyViolations(browser)).as("Content-Security-Policy violations").isEqualTo(List.of());
        }

        // Lena, on a tablet, sees what is looked for but not who asks, until she accepts.
        try (Browser browser = signedIn(Browser.tablet(server), lena)) {
            assertThat(browser.waitFor(By.id("peer-card-waiting")).getText()).contains("1 colleague is");
            browser.click(By.id("peer-card-link"));
            watchPolicy(browser);
            WebElement asked = browser.waitFor(By.cssSelector("[data-testid='incoming-request'][data-request-id='"
                    + requestId + "']"));
            assertThat(asked.getText()).contains("A colleague", "video", "Waiting for your answer");
            assertThat(browser.pageSource()).doesNotContain("Ada", ada[1]);
            assertThat(fitsTheScreen(browser)).as("nothing wider than the screen").isTrue();
            browser.click(By.id("incoming-" + requestId + "-accept"));
            assertThat(browser.waitFor(By.id("accept-request-dialog")).getText()).contains("You will learn who asked");
            browser.click(By.id("accept-request-dialog-confirm"));
            assertThat(browser.waitForText(By.id("requests-status"), "Accepted").getText())
                    .contains("Dr. Ada Asker is now your client");
            assertThat(browser.waitFor(By.cssSelector("[data-testid='incoming-request'][data-status='ACCEPTED']")).getText())
                    .contains("Dr. Ada Asker", "You accepted");
            assertThat(fitsTheScreen(browser)).as("nothing wider than the screen").isTrue();
            assertThat(policyViolations(browser)).as("Content-Security-Policy violations").isEqualTo(List.of());
        }
        assertThat(as(ada).get(API + "/therapist-requests").json().get(0).path("status").asText()).isEqualTo("ACCEPTED");
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
