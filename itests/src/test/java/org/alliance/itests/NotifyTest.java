package org.alliance.itests;

import static org.alliance.itests.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The notify module in the running distribution: a user's own inbox over REST, the SMTP form
 * in the web console, and SMTP settings dropped into {@code etc/} taking effect in place.
 *
 * <p>No REST call sends a notification (modules do, through the {@code Notifier} service), so
 * an email sent end to end is asserted where a module sends one: the scheduling tests.
 */
@ExtendWith(SharedServer.class)
class NotifyTest {

    private static final String SMTP_PID = "org.alliance.notify.smtp";
    private static final String SMTP_CFG = "etc/" + SMTP_PID + ".cfg";

    private final Distribution server = SharedServer.server();
    private GreenMail smtp;

    /** The server is shared: start from email switched off, as it ships, whatever ran before. */
    @BeforeEach
    void startWithEmailOff() throws IOException {
        switchEmailOff();
    }

    /** And leave it off for the tests that follow. */
    @AfterEach
    void leaveEmailOff() throws IOException {
        switchEmailOff();
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aSignedInUserStartsWithAnEmptyInbox() {
        Api nora = newTherapist("nora");

        Api.Reply all = nora.get("/api/v1/notifications");
        Api.Reply unread = nora.get("/api/v1/notifications?unread=true&limit=3");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().isArray()).isTrue();
        assertThat(all.json()).isEmpty();
        assertThat(unread.status()).isEqualTo(200);
        assertThat(unread.json()).isEmpty();
    }

    @Test
    void badQueryValuesAreRefusedNamingTheField() {
        Api admin = SharedServer.admin();

        Api.Reply limit = admin.get("/api/v1/notifications?limit=many");
        Api.Reply tooMany = admin.get("/api/v1/notifications?limit=101");
        Api.Reply unread = admin.get("/api/v1/notifications?unread=yes");

        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.text("field")).isEqualTo("limit");
        assertThat(tooMany.text("field")).isEqualTo("limit");
        assertThat(unread.status()).isEqualTo(400);
        assertThat(unread.text("field")).isEqualTo("unread");
        assertThat(limit.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aNotificationThatIsNotTheUsersOwnIsNotFound() {
        Api olga = newTherapist("olga");

        Api.Reply r = olga.post("/api/v1/notifications/" + UUID.randomUUID() + "/read", "");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void theInboxNeedsASignedInUserAndMarkingReadNeedsTheCsrfToken() {
        Api paul = newTherapist("paul");

        assertThat(Api.anonymous(server).get("/api/v1/notifications").status()).isEqualTo(401);
        assertThat(paul.withoutCsrf().post("/api/v1/notifications/" + UUID.randomUUID() + "/read", "").status())
                .isEqualTo(403);
    }

    @Test
    void theSmtpSettingsAreAFormInTheWebConsoleWithAPasswordField() {
        Api.Reply form = console("/system/console/configMgr/" + SMTP_PID);

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.json().path("title").asText()).isEqualTo("Alliance Email (SMTP)");
        JsonNode p = form.json().path("properties");
        assertThat(p.path("enabled").path("value").asText()).isEqualTo("false");
        assertThat(p.path("port").path("value").asInt()).isEqualTo(587);
        assertThat(p.path("security").path("type").path("values")).extracting(JsonNode::asText)
                .containsExactly("STARTTLS", "TLS", "NONE");
        assertThat(p.path("password").path("type").asInt()).as("AttributeDefinition.PASSWORD").isEqualTo(12);
        assertThat(p.path("fromAddress").path("name").asText()).isEqualTo("From address");
    }

    @Test
    void smtpSettingsInEtcAreAppliedWithoutRestartingTheNotifier() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        int port = smtp.getSmtp().getPort();
        String notifierBefore = componentId("org.alliance.notify.internal.NotifierImpl");
        String senderBefore = componentId("org.alliance.notify.internal.mail.EmailSender");
        Instant written = Instant.now();

        Files.writeString(server.home().resolve(SMTP_CFG), String.join("\n", "enabled = true", "host = 127.0.0.1",
                "port = " + port, "security = NONE", "username = office", "password = not-in-the-log-7f3a",
                "fromAddress = office@alliance.example", ""));

        waitForLog("Email goes through 127.0.0.1:" + port + " (NONE, as office) from office@alliance.example", written);
        assertThat(componentId("org.alliance.notify.internal.NotifierImpl")).isEqualTo(notifierBefore);
        assertThat(componentId("org.alliance.notify.internal.mail.EmailSender")).isEqualTo(senderBefore);
        assertThat(server.log()).doesNotContain("not-in-the-log-7f3a");
        assertThat(console("/system/console/configMgr/" + SMTP_PID).json().path("properties").path("password")
                .path("value").asText()).isEqualTo("unmodified");
    }

    @Test
    void notificationsArePlatformOnPracticeModulesAndListedAsAReadyModule() {
        JsonNode modules = SharedServer.admin().get("/api/v1/modules").json();
        JsonNode consoleList = console("/system/console/alliance-modules/modules.json", "GET").json();

        assertThat(modules).anySatisfy(m -> {
            assertThat(m.path("id").asText()).isEqualTo("notify");
            assertThat(m.path("ready").asBoolean()).isTrue();
        });
        assertThat(consoleList.path("modules")).anySatisfy(m -> {
            assertThat(m.path("name").asText()).isEqualTo("alliance-notify");
            assertThat(m.path("platform").asBoolean()).isTrue();
            assertThat(m.path("canDisable").asBoolean()).isFalse();
        });
    }

    @Test
    void thePageAndCardAreInTheNavigationAndTheirScriptsAreServed() {
        JsonNode nav = newTherapist("quinn").get("/api/v1/web/navigation").json();

        assertThat(nav.path("pages")).anySatisfy(p -> {
            assertThat(p.path("path").asText()).isEqualTo("/notifications");
            assertThat(p.path("title").asText()).isEqualTo("Notifications");
        });
        assertThat(nav.path("cards")).anySatisfy(c -> assertThat(c.path("title").asText()).isEqualTo("Notifications"));
        for (String script : new String[] {"notifications-page.js", "notifications-card.js", "notify-links.js"}) {
            Api.Reply js = Api.anonymous(server).send("GET", "/ui/notify/" + script, null, null);
            assertThat(js.status()).as(script).isEqualTo(200);
            assertThat(js.header("Content-Type")).as(script).contains("javascript");
        }
    }

    @Test
    void inTheBrowserAnEmptyInboxIsSaidSoOnTheCardAndThePage() {
        String name = "rita-" + UUID.randomUUID().toString().substring(0, 6);
        newUser(name);
        try (Browser browser = Browser.open(server)) {
            browser.signIn(name, "therapist-password-1");

            assertThat(browser.waitForText(By.id("notifications-unread-count"), "0").getText()).isEqualTo("0");
            browser.waitFor(By.cssSelector("[data-testid=notifications-card-empty]"));
            assertThat(browser.navigation()).contains("Notifications");

            browser.go("/notifications");
            browser.waitForText(By.cssSelector("[data-testid=notifications-empty]"), "You have no notifications.");
            browser.click(By.id("notifications-unread-only"));
            browser.waitForText(By.cssSelector("[data-testid=notifications-empty]"), "You have no unread notifications.");
            assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Notifications");
            assertThat(browser.all(By.id("notifications-mark-all"))).as("nothing to mark").isEmpty();
        }
    }

    // ---- helpers ----

    private Api newTherapist(String username) {
        String name = username + "-" + UUID.randomUUID().toString().substring(0, 6);
        newUser(name);
        return Api.session(server, name, "therapist-password-1");
    }

    private void newUser(String name) {
        Api.Reply created = SharedServer.admin().post("/api/v1/users", json("username", name, "password",
                "therapist-password-1", "displayName", "T " + name, "roles", Api.list("therapist")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    /** A console request as the admin's browser sends it (console POSTs must say where they come from). */
    private Api.Reply console(String path) {
        return console(path, "POST");
    }

    private Api.Reply console(String path, String method) {
        return SharedServer.admin().withHeader("Origin", server.uri("").toString())
                .send(method, path, "application/x-www-form-urlencoded", method.equals("GET") ? null : "");
    }

    /** The id SCR gave the component's current activation: a restarted component gets a new one. */
    private String componentId(String name) {
        for (JsonNode c : console("/system/console/components.json", "GET").json().path("data")) {
            if (c.path("name").asText().equals(name) && c.path("state").asText().equals("active")) {
                return c.path("id").asText();
            }
        }
        throw new AssertionError(name + " is not active");
    }

    private void switchEmailOff() throws IOException {
        Instant removed = Instant.now();
        if (Files.deleteIfExists(server.home().resolve(SMTP_CFG))) {
            waitForLog("Email is off", removed);
        }
    }

    /** Waits (up to 30 s; Karaf reads etc/ every 2 s) for a log line written after {@code since}. */
    private void waitForLog(String text, Instant since) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (server.log().lines().anyMatch(l -> l.contains(text) && loggedAt(l).isAfter(since.minusSeconds(1)))) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("No log line '" + text + "' after " + since);
    }

    private static Instant loggedAt(String line) {
        try {
            return LocalDateTime.parse(line.substring(0, 23).replace(',', '.')).atZone(ZoneId.systemDefault()).toInstant();
        } catch (RuntimeException e) {
            return Instant.MIN;
        }
    }
}
