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
 * The termination module's page in a real browser, under the web app's Content-Security-Policy,
 * with scheduling and notes installed and the CBT plugin enabled: a therapist opens an
 * engagement's planner, is refused an ending with three days' notice and reads what is missing,
 * plans it properly, books a closure session, documents the counseling, refers the client to a
 * colleague, and is refused the close with the open items listed. A supervisor approves a
 * short-notice exception from the link the therapist sends; an ended engagement offers the letter
 * and a re-intake. On a server of its own: while the module is installed, engagements end only
 * through it, which other test classes do not expect.
 */
class TerminationInBrowserTest {

    private static Distribution server;

    @BeforeAll
    static void start() throws InterruptedException {
        server = Distribution.withAdminFromEnvironment().start();
        ModulesConsole console = ModulesConsole.of(server);
        Api admin = Api.basic(server, "admin", Distribution.ADMIN_PASSWORD);
        if (admin.get("/api/v1/termination/policy").status() == 404) {
            console.enable("alliance-termination");
        }
        console.enable("alliance-modality-cbt");
        Instant deadline = Instant.now().plusSeconds(60);
        while ((admin.get("/api/v1/termination/policy").status() != 200
                || !admin.get("/api/v1/modalities").raw().body().contains("\"cbt\"")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(admin.get("/api/v1/termination/policy").status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A new account with one role; returns [username, id]. */
    private static String[] user(String role, String displayName) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply r = Api.basic(server, "admin", Distribution.ADMIN_PASSWORD).post("/api/v1/users", json("username", username,
                "password", username + "-password", "displayName", displayName, "roles", Api.list(role)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new String[] {username, r.text("id")};
    }

    private static Api as(String[] user) {
        return Api.basic(server, user[0], user[0] + "-password");
    }

    /** Registers a client and starts a CBT engagement with the therapist; returns the engagement id. */
    private static String engagement(Api therapist, String therapistId, String clientName) {
        Api.Reply client = therapist.post("/api/v1/clients", json("displayName", clientName));
        assertThat(client.status()).as(client.toString()).isEqualTo(201);
        Api.Reply e = therapist.post("/api/v1/engagements", json("clientId", client.text("id"), "therapistId", therapistId,
                "modality", "cbt"));
        assertThat(e.status()).as(e.toString()).isEqualTo(201);
        return e.text("id");
    }

    /** Today in the practice's time zone, which the planner counts notice in. */
    private static LocalDate today(Api api) {
        return LocalDate.now(ZoneId.of(api.get("/api/v1/web/navigation").text("timeZone")));
    }

    /** Sets a date or date-time input as a person picking from its picker would, whatever the browser's locale. */
    private static void setInput(Browser browser, String id, String value) {
        browser.script("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
                id, value);
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

    private static WebElement item(Browser browser, String itemId) {
        return browser.waitFor(By.cssSelector("[data-item-id='" + itemId + "']"));
    }

    @Test
    void aTherapistIsRefusedTooLittleNoticePlansTheEndingWorksTheChecklistAndIsToldWhatIsStillOpen() {
        String[] theo = user("therapist", "Dr. Theo Ending");
        String[] ada = user("therapist", "Dr. Ada Next");
        Api api = as(theo);
        String engagement = engagement(api, theo[1], "Rosa Ready");
        LocalDate today = today(api);

        try (Browser browser = Browser.open(server)) {
            browser.signIn(theo[0], theo[0] + "-password");
            watchPolicy(browser);
            // Nothing at risk for a new engagement: the card stays out of sight for a therapist.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d ->
                    !d.findElement(By.cssSelector("[data-card='termination.at-risk']")).isDisplayed());

            browser.click(By.cssSelector("#nav a[data-page='termination']"));
            WebElement row = browser.waitFor(By.cssSelector("[data-testid='termination-engagement'][data-engagement-id='"
                    + engagement + "']"));
            assertThat(row.getText()).contains("Rosa Ready", "No plan", "Plan the ending");
            assertThat(browser.waitFor(By.id("termination-policy")).getText())
                    .contains("at least 14 days' notice and 2 closure sessions");
            row.findElement(By.cssSelector(".termination-engagement-action")).click();

            // The planner: the policy first, the modality's considerations, the form.
            assertThat(browser.waitFor(By.id("termination-title")).getText()).isEqualTo("Ending therapy with Rosa Ready");
            assertThat(browser.waitFor(By.id("termination-policy")).getText())
                    .contains("at least 14 days' notice and 2 closure sessions");
            assertThat(browser.waitFor(By.id("termination-considerations")).getText())
                    .contains("Cognitive behavioural therapy", "relapse-prevention plan");

            // Each reason explained; the exceptions say so.
            Select reason = new Select(browser.waitFor(By.id("termination-reason")));
            reason.selectByValue("CLIENT_REQUEST");
            assertThat(browser.waitForText(By.id("termination-reason-help"), "An exception to the notice").getText())
                    .contains("supervisor or an admin other than you");
            reason.selectByValue("GOALS_MET");
            assertThat(browser.waitFor(By.id("termination-reason-help")).getText()).contains("reached the goals")
                    .doesNotContain("An exception");
            browser.click(By.cssSelector("#termination-reasons summary"));
            assertThat(browser.all(By.cssSelector("[data-reason] .termination-exception"))).hasSize(3);

            // Three days' notice for goals met: refused, and each unmet rule is listed beside the form.
            setInput(browser, "termination-end", today.plusDays(3).toString());
            assertThat(browser.waitFor(By.id("termination-notice")).getText())
                    .contains("3 days' notice", "the plan will be refused for this reason");
            browser.click(By.id("termination-submit"));
            WebElement refusal = browser.waitFor(By.id("termination-refusal"));
            assertThat(refusal.getAttribute("role")).isEqualTo("alert");
            assertThat(refusal.getText()).contains("Not enough notice");
            List<WebElement> violations = browser.all(By.cssSelector("#termination-refusal-list [data-testid='violation']"));
            assertThat(violations).hasSize(1);
            assertThat(violations.get(0).getText()).contains("3 days away", "at least 14 days' notice");
            assertThat(browser.driver().findElement(By.id("termination-end")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.script("return document.activeElement.id;")).isEqualTo("termination-refusal");

            // Three weeks' notice, two closure sessions: under way.
            setInput(browser, "termination-end", today.plusDays(21).toString());
            browser.click(By.id("termination-submit"));
            assertThat(browser.waitFor(By.id("termination-plan-status")).getText()).isEqualTo("Under way");
            assertThat(browser.waitFor(By.id("termination-page-status")).getText()).contains("The plan is recorded");
            assertThat(browser.driver().findElement(By.id("termination-facts")).getText()).contains("Goals met", "in 21 days",
                    "2 planned");
            assertThat(browser.driver().findElement(By.id("timeline-summary")).getText()).contains("21 days left",
                    "0 of 2 held, 0 booked");
            assertThat(browser.all(By.cssSelector("[data-testid='timeline-unbooked']"))).hasSize(2);
            assertThat(browser.all(By.cssSelector("[data-testid='timeline-today']"))).hasSize(1);
            assertThat(browser.all(By.cssSelector("[data-testid='timeline-end']"))).hasSize(1);
            String planId = api.get("/api/v1/termination/plans?engagementId=" + engagement).json().get(0).path("id").asText();

            // A closure session booked in the calendar appears on the timeline.
            setInput(browser, "closure-start", today.plusDays(7) + "T10:00");
            browser.click(By.id("closure-book"));
            assertThat(browser.waitForText(By.id("closure-status"), "Closure session booked").getText()).contains("10:00");
            WebElement session = browser.waitFor(By.cssSelector("[data-testid='closure-session']"));
            assertThat(session.getText()).contains("Closure session", "Booked");
            assertThat(browser.all(By.cssSelector("[data-testid='timeline-unbooked']"))).hasSize(1);

            // The automatic items say how they get ticked.
            assertThat(item(browser, "discharge-summary").getText()).contains("Ticked when the discharge summary is signed in Notes");
            assertThat(item(browser, "closure-sessions").getText()).contains("Automatic", "To do");
            assertThat(item(browser, "discharge-summary").findElements(By.tagName("textarea"))).isEmpty();

            // Counseling: a note is needed to tick it.
            browser.click(By.id("item-pre-termination-counseling-done"));
            browser.waitFor(By.id("item-pre-termination-counseling-error"));
            assertThat(browser.driver().findElement(By.id("item-pre-termination-counseling-note")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            browser.type(By.id("item-pre-termination-counseling-note"),
                    "Talked through the ending on " + today + ": Rosa feels ready; we agreed two closing sessions.");
            browser.click(By.id("item-pre-termination-counseling-done"));
            browser.waitForText(By.id("item-pre-termination-counseling-status"), "is done");
            assertThat(item(browser, "pre-termination-counseling").getAttribute("data-state")).isEqualTo("DONE");
            assertThat(item(browser, "pre-termination-counseling").getText()).contains("Rosa feels ready", "Dr. Theo Ending");

            // A referral to a colleague: picked from the practice, the name filled in.
            new Select(browser.waitFor(By.id("referral-colleague"))).selectByVisibleText("Dr. Ada Next");
            assertThat(browser.driver().findElement(By.id("referral-name")).getAttribute("value")).isEqualTo("Dr. Ada Next");
            browser.type(By.id("referral-contact"), "Tuesdays and Thursdays, room 2; 555-0142");
            browser.click(By.id("referral-add"));
            browser.waitForText(By.id("referral-status"), "Dr. Ada Next added");
            assertThat(browser.waitFor(By.cssSelector("[data-testid='referral']")).getText())
                    .contains("Dr. Ada Next", "At this practice", "555-0142");
            assertThat(item(browser, "referrals-offered").getAttribute("data-state")).isEqualTo("DONE");

            // Close, confirmed: refused, with what is still open listed.
            browser.click(By.id("termination-close"));
            WebElement dialog = browser.waitFor(By.id("close-dialog"));
            assertThat(dialog.getText()).contains("End the engagement with Rosa Ready?", "future appointments are cancelled");
            browser.click(By.id("close-dialog-confirm"));
            WebElement refused = browser.waitFor(By.id("termination-close-error"));
            assertThat(refused.getText()).contains("Before the engagement can end, complete:");
            assertThat(browser.all(By.cssSelector("#termination-open-items [data-testid='open-item']")))
                    .extracting(WebElement::getText)
                    .containsExactly("Closure sessions held (2)", "Final outcome measure (recorded after the plan was made)",
                            "Discharge summary signed in Notes");
            assertThat(browser.script("return document.activeElement.id;")).isEqualTo("termination-close-error");

            // The letter is there all along, and downloads with the session alone.
            assertThat(browser.driver().findElement(By.id("termination-letter")).getAttribute("href"))
                    .endsWith("/api/v1/termination/plans/" + planId + "/letter.pdf");
            assertThat(browser.script("return fetch(document.getElementById('termination-letter').href)"
                    + ".then(r => r.status + ' ' + r.headers.get('content-type'));")).isEqualTo("200 application/pdf");

            pageScreenshot(browser, "termination-planner");
            assertThat(policyViolations(browser)).as("Content-Security-Policy violations").isEqualTo(List.of());

            // At tablet width nothing is wider than the screen.
            browser.driver().manage().window().setSize(new Dimension(768, 1024));
            waitUntil(browser, "return window.innerWidth <= 800;");
            assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"))
                    .as("nothing wider than the screen").isEqualTo(true);

            // The overview lists the plan under way; a colleague is named to cover an absence.
            browser.go("/termination");
            watchPolicy(browser);
            assertThat(browser.waitFor(By.cssSelector("[data-engagement-id='" + engagement + "']")).getText())
                    .contains("Under way", "in 21 days", "2 of 5 done", "Open the plan");
            assertThat(browser.waitFor(By.id("coverage-none")).getText()).contains("No current or upcoming absence");
            new Select(browser.waitFor(By.id("coverage-cover"))).selectByVisibleText("Dr. Ada Next");
            assertThat(browser.all(By.cssSelector("#coverage-cover option"))).extracting(WebElement::getText)
                    .doesNotContain("Dr. Theo Ending");
            setInput(browser, "coverage-from", today.plusDays(30).toString());
            setInput(browser, "coverage-to", today.plusDays(37).toString());
            browser.click(By.id("coverage-submit"));
            assertThat(browser.waitForText(By.id("coverage-status"), "Dr. Ada Next covers your clients").isDisplayed()).isTrue();
            assertThat(browser.waitFor(By.cssSelector("[data-testid='coverage']")).getText()).contains("Dr. Ada Next", "Upcoming");
            assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"))
                    .as("nothing wider than the screen").isEqualTo(true);
            assertThat(policyViolations(browser)).as("Content-Security-Policy violations").isEqualTo(List.of());
        }
        assertThat(api.get("/api/v1/termination/coverage?therapistId=" + theo[1]).json()).singleElement()
                .satisfies(c -> assertThat(c.path("coveringTherapistId").asText()).isEqualTo(ada[1]));

        // While Theo is away, Ada finds his client under "Clients you cover now", linked to the record.
        assertThat(api.post("/api/v1/termination/coverage", json("therapistId", theo[1], "coveringTherapistId", ada[1],
                "from", today(api).toString(), "to", today(api).plusDays(2).toString())).status()).isEqualTo(201);
        try (Browser browser = Browser.open(server)) {
            browser.signIn(ada[0], ada[0] + "-password");
            browser.go("/termination");
            watchPolicy(browser);
            WebElement covered = browser.waitFor(By.cssSelector("[data-testid='covered-engagement'][data-engagement-id='"
                    + engagement + "']"));
            assertThat(covered.getText()).contains("Rosa");
            assertThat(covered.findElement(By.tagName("a")).getAttribute("href")).endsWith("/notes/" + engagement);
            assertThat(browser.waitFor(By.id("coverage-caseload")).getText()).contains("For Dr. Theo Ending");
            assertThat(policyViolations(browser)).as("Content-Security-Policy violations").isEqualTo(List.of());
        }

        JsonNode plan = api.get("/api/v1/termination/plans?engagementId=" + engagement).json().get(0);
        assertThat(plan.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(plan.path("referrals").get(0).path("practitionerId").asText()).isEqualTo(ada[1]);
        assertThat(plan.path("checklist").get(0).path("note").asText()).contains("Rosa feels ready");
        assertThat(api.get("/api/v1/engagements/" + engagement).text("status")).isEqualTo("ACTIVE");
    }

    @Test
    void aSupervisorApprovesAShortNoticeExceptionFromItsLinkAndTheEndedEngagementOffersTheLetterAndAReIntake() {
        String[] ines = user("therapist", "Dr. Ines Short");
        String[] sam = user("supervisor", "Dr. Sam Senior");
        Api api = as(ines);
        String engagement = engagement(api, ines[1], "Paul Parting");
        LocalDate today = today(api);
        Api.Reply created = api.post("/api/v1/termination/plans", json("engagementId", engagement, "reason", "CLIENT_REQUEST",
                "plannedEndDate", today.plusDays(2).toString(), "closureSessions", 0));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String planId = created.text("id");

        // The therapist is told who may approve, and given the link to send; no way to end it yet.
        String link;
        try (Browser browser = Browser.open(server)) {
            browser.signIn(ines[0], ines[0] + "-password");
            browser.go("/termination/" + engagement);
            assertThat(browser.waitFor(By.id("termination-plan-status")).getText()).isEqualTo("Awaiting approval");
            assertThat(browser.waitFor(By.id("termination-approval")).getText())
                    .contains("A supervisor or an admin other than you must approve it", "The client asked to end");
            link = browser.waitFor(By.id("termination-approval-link")).getAttribute("href");
            assertThat(link).endsWith("/termination/plans/" + planId);
            assertThat(browser.all(By.id("termination-approve"))).isEmpty();
            assertThat(browser.all(By.id("termination-close"))).isEmpty();
            assertThat(item(browser, "referrals-offered").getText()).contains("Does not apply", "waived by the documented exception");
        }

        // The supervisor opens the link (they do not see the engagement itself) and approves.
        try (Browser browser = Browser.open(server)) {
            browser.signIn(sam[0], sam[0] + "-password");
            assertThat(browser.waitForText(By.cssSelector("[data-card='termination.at-risk']"), "None").isDisplayed()).isTrue();
            assertThat(browser.navigation()).contains("Termination");
            // The plan waits in the supervisor's list of approvals on the Termination page.
            browser.go("/termination");
            assertThat(browser.waitFor(By.cssSelector("#approval-list li[data-plan-id='" + planId + "']")).getText())
                    .contains("Dr. Ines Short", "The client asked to end");
            browser.go(link.replaceFirst("^https?://[^/]+", ""));
            watchPolicy(browser);
            assertThat(browser.waitFor(By.id("termination-title")).getText()).isEqualTo("Termination plan");
            assertThat(browser.waitFor(By.id("termination-facts")).getText()).contains("The client asked to end",
                    "Exception to the notice", "Dr. Ines Short");
            browser.click(By.id("termination-approve"));
            assertThat(browser.waitForText(By.id("termination-page-status"), "Approved").isDisplayed()).isTrue();
            assertThat(browser.waitFor(By.id("termination-plan-status")).getText()).isEqualTo("Under way");
            assertThat(browser.driver().findElement(By.id("termination-facts")).getText()).contains("Approved", "by you");
            assertThat(browser.all(By.id("termination-close"))).as("only the treating practitioner ends it").isEmpty();
            assertThat(policyViolations(browser)).as("Content-Security-Policy violations").isEqualTo(List.of());
        }

        // Counseling documented and the discharge summary signed: the therapist ends the engagement, then takes the client back.
        assertThat(api.post("/api/v1/termination/plans/" + planId + "/checklist/pre-termination-counseling",
                json("done", true, "note", "Paul wants to stop now; we reviewed what helped.")).status()).isEqualTo(200);
        String summary = api.post("/api/v1/notes", "{\"engagementId\":\"" + engagement + "\",\"templateId\":"
                + "\"discharge-summary\",\"kind\":\"PROGRESS\",\"fields\":" + json("reason", "Client request",
                        "course", "Four sessions", "outcome", "Better sleep", "aftercare", "Self-help plan") + "}").text("id");
        assertThat(api.post("/api/v1/notes/" + summary + "/sign", "").status()).isEqualTo(200);

        try (Browser browser = Browser.tablet(server)) {
            browser.signIn(ines[0], ines[0] + "-password");
            browser.go("/termination/" + engagement);
            watchPolicy(browser);
            assertThat(browser.waitFor(By.id("checklist-summary")).getText()).contains("Everything is done");
            assertThat(item(browser, "discharge-summary").getAttribute("data-state")).isEqualTo("DONE");
            browser.click(By.id("termination-close"));
            browser.click(By.id("close-dialog-confirm"));
            assertThat(browser.waitForText(By.id("termination-page-status"), "The engagement has ended").isDisplayed()).isTrue();
            assertThat(browser.waitFor(By.id("termination-ended")).getText()).contains("This engagement ended on");
            assertThat(browser.driver().findElement(By.id("termination-letter")).getAttribute("href")).endsWith("/letter.pdf");
            assertThat(browser.driver().findElement(By.id("termination-plan-status")).getText()).isEqualTo("Closed");

            browser.click(By.id("reintake-start"));
            browser.waitForText(By.id("reintake-status"), "A new engagement has started");
            assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"))
                    .as("nothing wider than the screen").isEqualTo(true);
            assertThat(policyViolations(browser)).as("Content-Security-Policy violations").isEqualTo(List.of());
        }

        assertThat(api.get("/api/v1/engagements/" + engagement).text("status")).isEqualTo("ENDED");
        String clientId = api.get("/api/v1/engagements/" + engagement).text("clientId");
        JsonNode all = api.get("/api/v1/engagements?clientId=" + clientId).json();
        assertThat(all).hasSize(2);
        assertThat(all).filteredOn(e -> e.path("status").asText().equals("ACTIVE")).singleElement()
                .satisfies(e -> assertThat(e.path("modality").asText()).isEqualTo("cbt"));
    }

    /** Scrolls to the top and saves the page as far as a tall window shows it, for the user guide. */
    private static void pageScreenshot(Browser browser, String name) {
        Path folder = Path.of(System.getProperty("alliance.screenshots", "target/screenshots"));
        Dimension window = browser.driver().manage().window().getSize();
        try {
            Files.createDirectories(folder);
            browser.driver().manage().window().setSize(new Dimension(1280, 1500));
            browser.script("window.scrollTo(0, 0);");
            File shot = browser.driver().getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.driver().manage().window().setSize(window);
        }
    }
}
