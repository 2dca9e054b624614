package org.alliance.itests;

import static org.alliance.itests.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The notes module's page and cards in a real browser, under the web app's
 * Content-Security-Policy, with the CBT modality plugin enabled at runtime on the Practice
 * Modules page: a therapist writes a thought record from the plugin's template, saves it, signs
 * it, finds it locked, amends it with a reason; keeps a psychotherapy note apart from the
 * record; records a PHQ-9 and reads its score, band, alert and trend (drawn by Chart.js). At
 * tablet width: the drafts card, a new version of the treatment plan, an ended engagement's
 * record that is read but not added to. On a server of its own, so that no other test meets the
 * plugin switched on.
 */
class NotesInBrowserTest {

    private static final String THOUGHT_RECORD = "cbt.thought-record";

    private static Distribution server;

    @BeforeAll
    static void start() throws InterruptedException {
        server = Distribution.withAdminFromEnvironment().start();
        ModulesConsole.of(server).enable("alliance-modality-cbt");
        // This test ends an engagement the plain way to see its record read-only; with the termination
        // workflow installed engagements end only through a plan (TerminationTest covers that path).
        ModulesConsole.of(server).disable("alliance-termination");
        // The notes module asks the modality catalogue afresh on each request: the template appears by itself.
        Api admin = Api.basic(server, "admin", Distribution.ADMIN_PASSWORD);
        Instant deadline = Instant.now().plusSeconds(30);
        while (!admin.get("/api/v1/notes/templates").raw().body().contains(THOUGHT_RECORD) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(admin.get("/api/v1/notes/templates").raw().body()).contains(THOUGHT_RECORD);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Creates an account through the API and returns its username (unique per call). */
    private static String user(String role, String displayName) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply r = Api.basic(server, "admin", Distribution.ADMIN_PASSWORD).post("/api/v1/users", json("username", username,
                "password", username + "-password", "displayName", displayName, "roles", Api.list(role)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return username;
    }

    private static Api as(String username) {
        return Api.basic(server, username, username + "-password");
    }

    /** Registers a client and starts a CBT engagement with the therapist; returns the engagement id. */
    private static String engagement(Api therapist, String clientName) {
        Api.Reply client = therapist.post("/api/v1/clients", json("displayName", clientName));
        assertThat(client.status()).as(client.toString()).isEqualTo(201);
        Api.Reply e = therapist.post("/api/v1/engagements", json("clientId", client.text("id"),
                "therapistId", therapist.get("/api/v1/users/me").text("id"), "modality", "cbt"));
        assertThat(e.status()).as(e.toString()).isEqualTo(201);
        return e.text("id");
    }

    private static void phq9(Api therapist, String engagement, List<Integer> answers) {
        Api.Reply r = therapist.post("/api/v1/notes/measures/phq-9/responses", json("engagementId", engagement, "answers", answers));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    /** Starts recording the page's Content-Security-Policy violations; the app then moves by its own links only. */
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

    @Test
    void aTherapistWritesSignsAndAmendsAThoughtRecordAndRecordsAPhq9WithItsTrend() {
        String therapist = user("therapist", "Dr. Nora Notes");
        Api api = as(therapist);
        String engagement = engagement(api, "Tessa Thought");
        // Two earlier PHQ-9s (19 moderately severe, then 15), so the trend has a course.
        phq9(api, engagement, List.of(3, 3, 2, 2, 2, 2, 3, 2, 0));
        phq9(api, engagement, List.of(2, 2, 2, 2, 2, 2, 2, 1, 0));
        Api.Reply processNote = api.post("/api/v1/notes", json("engagementId", engagement, "templateId", "dap",
                "kind", "PSYCHOTHERAPY", "fields", Map.of("data", "My own reactions: protective, a little impatient.")));
        assertThat(processNote.status()).as(processNote.toString()).isEqualTo(201);

        String noteId;
        try (Browser browser = Browser.open(server)) {
            browser.signIn(therapist, therapist + "-password");
            watchPolicy(browser);
            browser.click(By.cssSelector("#nav a[data-page='notes']"));
            browser.click(By.cssSelector("[data-engagement-id='" + engagement + "'] a"));
            assertThat(browser.waitFor(By.id("record-title")).getText()).isEqualTo("Tessa Thought");

            // Psychotherapy notes are a section of their own, marked private; none in the progress notes.
            WebElement privateSection = browser.waitFor(By.id("psychotherapy-notes"));
            assertThat(privateSection.getText()).contains("Private process notes: only you can read them; never part of"
                    + " the record or its export").contains("DAP note");
            assertThat(browser.driver().findElement(By.id("progress-notes")).getText()).contains("No progress notes yet");
            assertThat(browser.driver().findElement(By.id("export-record")).getAttribute("href"))
                    .endsWith("/api/v1/notes/engagements/" + engagement + "/record.pdf");
            browser.screenshot("notes-record");

            // A new note: the plugin's template, grouped under its modality; a progress note.
            browser.click(By.id("new-note"));
            waitUntil(browser, "return !!document.querySelector(\"#note-template option[value='" + THOUGHT_RECORD + "']\");");
            assertThat(browser.driver().findElement(By.cssSelector("#note-template optgroup[label='Built-in']")).getText())
                    .contains("SOAP note", "DAP note", "BIRP note");
            assertThat(browser.driver().findElement(By.cssSelector("option[value='" + THOUGHT_RECORD + "']"))
                    .findElement(By.xpath("..")).getAttribute("label")).isEqualTo("Cognitive behavioural therapy");
            new Select(browser.driver().findElement(By.id("note-template"))).selectByValue(THOUGHT_RECORD);
            assertThat(browser.driver().findElement(By.id("kind-progress")).isSelected()).isTrue();
            browser.click(By.id("note-start"));

            // The editor draws the template: text areas, a number field for the rating, required marks and help.
            WebElement rating = browser.waitFor(By.id("field-belief-rating"));
            assertThat(rating.getAttribute("type")).isEqualTo("number");
            assertThat(browser.driver().findElement(By.id("field-situation")).getTagName()).isEqualTo("textarea");
            assertThat(browser.driver().findElement(By.id("field-thinking-traps")).getAttribute("type")).isEqualTo("text");
            assertThat(browser.driver().findElement(By.cssSelector("label[for='field-situation']")).getText()).contains("Situation *");
            assertThat(browser.driver().findElement(By.id("field-situation-help")).getText()).contains("what a camera would have recorded");
            assertThat(browser.driver().findElement(By.id("field-situation")).getAttribute("aria-describedby"))
                    .isEqualTo("field-situation-help");

            browser.type(By.id("field-situation"), "Monday 9:00, team meeting: my manager frowned while I presented the figures.");
            browser.type(By.id("field-emotions"), "anxious 80, ashamed 60");
            browser.type(By.id("field-automatic-thoughts"), "She thinks I am incompetent. (hot thought)");
            browser.type(By.id("field-belief-rating"), "85");
            browser.click(By.id("note-save"));
            browser.waitForText(By.id("note-status-message"), "Draft saved");
            Matcher address = Pattern.compile("/notes/" + engagement + "/([0-9a-f-]{36})$").matcher(browser.driver().getCurrentUrl());
            assertThat(address.find()).as("the draft has its own address: " + browser.driver().getCurrentUrl()).isTrue();
            noteId = address.group(1);
            assertThat(api.get("/api/v1/notes/" + noteId).json().path("fields").path("belief-rating").asText()).isEqualTo("85");

            // Signing with required fields empty: refused here, and the empty fields are marked.
            browser.click(By.id("note-sign"));
            assertThat(browser.waitForText(By.id("note-error"), "Fill in before signing").getText())
                    .contains("Evidence that supports the hot thought");
            assertThat(browser.driver().findElement(By.id("field-evidence-for")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.driver().findElement(By.id("field-situation")).getAttribute("aria-invalid")).isNull();

            browser.type(By.id("field-evidence-for"), "She frowned; she asked two questions about the figures.");
            browser.type(By.id("field-evidence-against"), "She frowns when she concentrates; she thanked me afterwards.");
            browser.type(By.id("field-alternative-thought"), "She was working through the numbers, not judging me.");
            browser.type(By.id("field-alternative-belief"), "60");
            browser.type(By.id("field-emotions-rerated"), "anxious 40, ashamed 20");
            browser.screenshot("notes-editor");

            browser.click(By.id("note-sign"));
            WebElement dialog = browser.waitFor(By.id("sign-dialog"));
            assertThat(dialog.getText()).contains("Signing locks the note");
            browser.click(By.id("sign-dialog-confirm"));

            // Signed: locked and read-only.
            assertThat(browser.waitFor(By.id("note-locked")).getText()).contains("Signed and locked");
            assertThat(browser.waitFor(By.cssSelector("#note-title [data-testid='note-status']")).getText()).isEqualTo("Signed");
            assertThat(browser.all(By.id("note-form"))).isEmpty();
            assertThat(browser.driver().findElement(By.id("note-fields")).getText())
                    .contains("She was working through the numbers, not judging me.");
            Api.Reply edit = api.send("PUT", "/api/v1/notes/" + noteId, "application/json",
                    json("fields", Map.of("situation", "changed")));
            assertThat(edit.status()).as(edit.toString()).isEqualTo(409);

            // An addendum needs a reason; then it is listed with its author, time and reason.
            browser.type(By.id("addendum-text"), "The client added that the meeting ran late, which she had forgotten.");
            browser.click(By.id("addendum-submit"));
            assertThat(browser.waitFor(By.id("addendum-reason")).getAttribute("aria-invalid")).isEqualTo("true");
            browser.type(By.id("addendum-reason"), "Information from the client at the next session");
            browser.click(By.id("addendum-submit"));
            browser.waitForText(By.id("addendum-status"), "Addendum added");
            WebElement addendum = browser.waitFor(By.cssSelector("[data-testid='addendum']"));
            assertThat(addendum.getText()).contains("Dr. Nora Notes", "Reason: Information from the client at the next session",
                    "the meeting ran late");
            assertThat(browser.driver().findElement(By.id("note-history")).getText())
                    .contains("Started by Dr. Nora Notes", "Signed by Dr. Nora Notes", "Addendum added by Dr. Nora Notes");

            // Back in the record: a signed progress note with one addendum; the private section unchanged.
            browser.click(By.id("note-back"));
            WebElement item = browser.waitFor(By.cssSelector("#progress-list [data-note-id='" + noteId + "']"));
            assertThat(item.getText()).contains("Thought record", "Signed", "1 addendum");
            assertThat(browser.driver().findElement(By.id("psychotherapy-notes")).getText()).doesNotContain("Thought record");
            // The export link works with the browser's session alone (a GET needs no CSRF token).
            assertThat(browser.script("return fetch(document.getElementById('export-record').href)"
                    + ".then(r => r.status + ' ' + r.headers.get('content-type'));")).isEqualTo("200 application/pdf");

            // A PHQ-9: every item needs an answer; then score, band and the item-9 alert, first and loud.
            new Select(browser.waitFor(By.id("measure-select"))).selectByValue("phq-9");
            assertThat(browser.waitFor(By.id("measure-instructions")).getText()).startsWith("Over the last 2 weeks");
            List<WebElement> items = browser.all(By.cssSelector("#measure-form fieldset[data-testid='measure-item']"));
            assertThat(items).hasSize(9);
            assertThat(items.get(8).findElement(By.tagName("legend")).getText()).contains("9.", "better off dead");
            browser.click(By.id("measure-submit"));
            assertThat(browser.waitForText(By.id("measure-error"), "Answer every item").getText()).contains("1, 2, 3");
            int[] answers = {2, 1, 1, 1, 1, 1, 1, 1, 1};
            for (int i = 0; i < answers.length; i++) {
                browser.click(By.id("item-" + i + "-" + answers[i]));
            }
            browser.click(By.id("measure-submit"));
            WebElement alert = browser.waitFor(By.id("measure-alert"));
            assertThat(alert.getAttribute("role")).isEqualTo("alert");
            assertThat(alert.getText()).contains("PHQ-9 item 9 is positive");
            assertThat(browser.driver().findElement(By.id("measure-score")).getText()).isEqualTo("10");
            assertThat(browser.driver().findElement(By.id("measure-band")).getText()).isEqualTo("Moderate");
            assertThat(browser.script("return document.activeElement.id;")).isEqualTo("measure-alert");

            // The trend: three results, the latest flagged, the bands listed, the chart drawn on its canvas.
            WebElement trend = browser.waitFor(By.cssSelector("[data-testid='trend'][data-measure-id='phq-9']"));
            assertThat(trend.findElements(By.cssSelector("[data-testid='trend-row']"))).hasSize(3);
            assertThat(trend.findElement(By.cssSelector(".result-table")).getText()).contains("19 / 27", "15 / 27", "10 / 27");
            assertThat(trend.findElement(By.cssSelector(".band-table")).getText())
                    .contains("Minimal", "0–4", "Moderately severe", "15–19", "Severe", "20–27");
            assertThat(trend.findElement(By.cssSelector("[data-testid='trend-alert']")).getText()).contains("item 9");
            waitUntil(browser, "const c = document.querySelector(\"[data-measure-id='phq-9'] canvas\");"
                    + " return !!(window.Chart && Chart.getChart(c) && c.width > 0);");
            assertThat(browser.script("return Chart.getChart(document.querySelector(\"[data-measure-id='phq-9'] canvas\"))"
                    + ".data.datasets[0].data.join(',');")).isEqualTo("19,15,10");
            assertThat(trend.findElement(By.tagName("canvas")).getAttribute("aria-label")).contains("19 (Moderately severe)");
            assertThat(browser.script("const s = document.querySelectorAll(\"[data-measure-id='phq-9'] .band-swatch\");"
                    + " return getComputedStyle(s[0]).backgroundColor !== getComputedStyle(s[4]).backgroundColor;"))
                    .as("the bands are shaded from light to dark").isEqualTo(true);
            elementScreenshot(browser, By.id("outcome-measures"), "notes-measures");

            assertThat(policyViolations(browser)).as("Content-Security-Policy violations").isEqualTo(List.of());

            // A deep link to the note shows it as left: locked, with its addendum.
            browser.go("/notes/" + engagement + "/" + noteId);
            assertThat(browser.waitFor(By.id("note-locked")).getText()).contains("Signed and locked");
            assertThat(browser.waitFor(By.cssSelector("[data-testid='addendum']")).getText()).contains("the meeting ran late");
        }

        Api.Reply note = api.get("/api/v1/notes/" + noteId);
        assertThat(note.text("status")).isEqualTo("SIGNED");
        assertThat(note.json().path("template").path("id").asText()).isEqualTo(THOUGHT_RECORD);
        assertThat(note.json().path("addenda").get(0).path("reason").asText()).isEqualTo("Information from the client at the next session");
        assertThat(api.get("/api/v1/notes/measures/trend?engagementId=" + engagement + "&measureId=phq-9").json()).hasSize(3);
    }

    @Test
    void onATabletDraftsAreListedThePlanGetsANewVersionAndAnEndedRecordIsReadNotAddedTo() {
        String therapist = user("therapist", "Dr. Dana Draft");
        Api api = as(therapist);
        String engagement = engagement(api, "Olga Open");
        Api.Reply draft = api.post("/api/v1/notes", json("engagementId", engagement, "templateId", THOUGHT_RECORD,
                "kind", "PROGRESS", "fields", Map.of("situation", "Waiting for the bus, late for work.")));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        Api.Reply plan = api.post("/api/v1/notes/plans", json("engagementId", engagement, "problem",
                "Low mood since the job loss; withdrawal from friends.", "goals", List.of(Map.of("description",
                        "Meet a friend once a week", "targetDate", "2027-03-01", "status", "OPEN"))));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);

        try (Browser browser = Browser.tablet(server)) {
            browser.signIn(therapist, therapist + "-password");
            WebElement card = browser.waitForText(By.cssSelector("[data-card='notes.drafts']"), "Thought record");
            assertThat(card.getText()).contains("1 draft to finish", "Olga Open");
            // Nobody's co-signer, and no supervisor: the co-signature card stays out of sight.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d ->
                    !d.findElement(By.cssSelector("[data-card='notes.cosignature']")).isDisplayed());

            card.findElement(By.cssSelector("a[href*='" + draft.text("id") + "']")).click();
            assertThat(browser.waitFor(By.id("field-situation")).getAttribute("value")).isEqualTo("Waiting for the bus, late for work.");
            browser.click(By.id("back-to-record"));
            assertThat(browser.waitFor(By.id("current-plan")).getText()).contains("Meet a friend once a week", "Open");

            // A new version of the plan: the goal met, a second goal.
            browser.click(By.id("plan-new"));
            new Select(browser.waitFor(By.id("goal-0-status"))).selectByValue("MET");
            browser.click(By.id("goal-add"));
            browser.type(By.id("goal-1-description"), "Back to running twice a week");
            browser.click(By.id("plan-submit"));
            browser.waitForText(By.id("plan-status"), "Version 2");
            assertThat(browser.waitFor(By.id("plan-goals")).getText()).contains("Met", "Back to running twice a week");
            assertThat(browser.driver().findElement(By.id("earlier-plans")).getText()).contains("Earlier versions (1)");
            browser.screenshot("notes-tablet");

            // Once the engagement has ended, its record is read, not added to; its draft can still be finished.
            Api.Reply closed = api.post("/api/v1/engagements/" + engagement + "/close", json("reason", "Moved abroad"));
            assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
            browser.go("/notes/" + engagement);
            assertThat(browser.waitFor(By.id("record-ended")).getText()).contains("This engagement has ended");
            assertThat(browser.waitFor(By.id("record-meta")).getText()).contains("Ended", "Moved abroad");
            assertThat(browser.waitFor(By.id("current-plan")).getText()).contains("Back to running twice a week");
            assertThat(browser.all(By.id("new-note"))).isEmpty();
            assertThat(browser.all(By.id("plan-new"))).isEmpty();
            assertThat(browser.all(By.id("measure-select"))).isEmpty();
            browser.click(By.cssSelector("[data-note-id='" + draft.text("id") + "'] a"));
            assertThat(browser.waitFor(By.id("note-sign")).isEnabled()).isTrue();
            browser.go("/notes");
            assertThat(browser.waitFor(By.id("ended-engagements")).getText()).contains("Olga Open");

            assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"))
                    .as("nothing wider than the screen").isEqualTo(true);
        }
        assertThat(api.get("/api/v1/notes/plans?engagementId=" + engagement).json().get(0).path("version").asInt()).isEqualTo(2);
    }

    /**
     * Saves a screenshot of one element next to the Browser helper's (folder {@code alliance.screenshots}),
     * in a window tall enough to hold it: Chromium cuts an element's screenshot at the window's edge.
     */
    private static void elementScreenshot(Browser browser, By locator, String name) {
        Path folder = Path.of(System.getProperty("alliance.screenshots", "target/screenshots"));
        Dimension window = browser.driver().manage().window().getSize();
        try {
            Files.createDirectories(folder);
            WebElement element = browser.waitFor(locator);
            int height = element.getRect().getHeight();
            browser.driver().manage().window().setSize(new Dimension(window.getWidth(), Math.max(window.getHeight(), height + 200)));
            browser.script("arguments[0].scrollIntoView({block: 'start'});", element);
            File shot = element.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.driver().manage().window().setSize(window);
        }
    }
}
