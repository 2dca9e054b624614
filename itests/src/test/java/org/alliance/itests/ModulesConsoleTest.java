package org.alliance.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The web console's Practice Modules page and the console's protection against forged
 * requests, driven over HTTP as an administrator's browser would. The server is this class's
 * own, with its own system folder: the tests add repositories and install a plugin.
 */
class ModulesConsoleTest {

    private static final String PAGE = ModulesConsole.PAGE;
    /** In the system folder of every distribution, and installed by none of its boot features. */
    private static final String SPARE_BUNDLE = "mvn:jakarta.annotation/jakarta.annotation-api/1.3.5";
    /** The example plugin's .kar, when examples/noticeboard has been built. */
    private static final Path NOTICEBOARD_KAR = Path.of("../examples/noticeboard/target/org.alliance.examples.noticeboard-0.1.0-SNAPSHOT.kar");

    private static Distribution server;
    private static String origin;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        server = Distribution.withAdminFromEnvironment().withOwnSystemRepository().start();
        origin = server.uri("").toString();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void thePageListsCoreAsAnInstalledPlatformModule() {
        Api.Reply page = admin().get(PAGE);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).contains("<title>Apache Karaf Web Console - Practice Modules")
                .containsPattern("<tr data-feature=\"alliance-core\"[^\n]*>Installed</span>[^\n]*>Platform</span>");
        JsonNode core = module("alliance-core");
        assertThat(core.path("installed").asBoolean()).isTrue();
        assertThat(core.path("platform").asBoolean()).isTrue();
        assertThat(core.path("canDisable").asBoolean()).isFalse();
        assertThat(core.path("repository").asText()).startsWith("mvn:org.alliance/alliance-features/");
    }

    @Test
    void aCrossSitePostToTheConsoleIsRefusedAndASameSiteOneIsServed() {
        String configForm = "/system/console/configMgr/org.alliance.practice";
        String form = "application/x-www-form-urlencoded";

        Api.Reply forged = Api.basic(server, "admin", Distribution.ADMIN_PASSWORD).withHeader("Origin", "https://evil.example")
                .send("POST", configForm, form, "");
        Api.Reply forgedBundles = Api.basic(server, "admin", Distribution.ADMIN_PASSWORD)
                .withHeader("Referer", "https://evil.example/attack.html")
                .send("POST", "/system/console/bundles/999999", form, "action=uninstall");
        Api.Reply headerless = Api.basic(server, "admin", Distribution.ADMIN_PASSWORD).send("POST", configForm, form, "");
        Api.Reply own = admin().send("POST", configForm, form, "");

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.raw().body()).startsWith("Forbidden: The request came from https://evil.example");
        assertThat(forgedBundles.status()).isEqualTo(403);
        assertThat(headerless.status()).isEqualTo(403);
        assertThat(headerless.raw().body()).contains("Origin: " + origin);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().path("title").asText()).isEqualTo("Alliance Practice");
    }

    @Test
    void thePagesOwnActionsNeedItsToken() {
        Api.Reply withoutToken = admin().send("POST", PAGE + "?action=enable&feature=alliance-all", "text/plain", "");

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.text("message")).contains("X-Alliance-Token");
    }

    @Test
    void aPlatformModuleCannotBeSwitchedOff() {
        Api.Reply refused = act("disable", "alliance-core");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("message")).isEqualTo("Core (alliance-core) is part of the platform and cannot be switched"
                + " off: the practice, its web app or this page need it.");
        assertThat(module("alliance-core").path("installed").asBoolean()).isTrue();
    }

    @Test
    void aModuleFromARepositoryUrlIsSwitchedOnAndOffWhileSignedInUsersStaySignedIn() throws Exception {
        Path repository = featuresXml("alliance-itest-extra", "<feature>alliance-core</feature><bundle>" + SPARE_BUNDLE + "</bundle>");
        Api user = Api.session(server, "admin", Distribution.ADMIN_PASSWORD);

        Api.Reply added = withToken().send("POST", PAGE + "?action=add-repository&url=" + encode(repository.toUri().toString()),
                "text/plain", "");
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.text("message")).contains("New modules: alliance-itest-extra.");
        assertThat(module("alliance-itest-extra").path("installed").asBoolean()).isFalse();
        assertThat(module("alliance-itest-extra").path("repository").asText()).endsWith("/alliance-itest-extra-features.xml");
        int logBefore = server.log().length();

        Api.Reply enabled = act("enable", "alliance-itest-extra");
        assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);
        assertThat(module("alliance-itest-extra").path("installed").asBoolean()).isTrue();
        assertThat(admin().get("/system/console/bundles/jakarta.annotation-api.json").status()).isEqualTo(200);
        // Sessions live in core's memory: had core been restarted (refreshed), this one would be gone.
        assertThat(user.get("/api/v1/auth/session").status()).isEqualTo(200);

        Api.Reply disabled = act("disable", "alliance-itest-extra");
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(disabled.text("message")).contains("data stays in the database");
        assertThat(module("alliance-itest-extra").path("installed").asBoolean()).isFalse();
        assertThat(user.get("/api/v1/auth/session").status()).isEqualTo(200);
        assertThat(server.log().substring(logBefore)).doesNotContain("Refreshing bundles");
    }

    @Test
    void aRepositoryUrlThatCannotBeReadSaysWhy() {
        Api.Reply missing = withToken().send("POST", PAGE + "?action=add-repository&url="
                + encode(temp.resolve("none.xml").toUri().toString()), "text/plain", "");
        Api.Reply notAUrl = withToken().send("POST", PAGE + "?action=add-repository&url=features.xml", "text/plain", "");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("message")).startsWith("Could not add the repository file:").contains("there is nothing to read at that address");
        assertThat(notAUrl.status()).isEqualTo(400);
        assertThat(notAUrl.text("message")).isEqualTo("'features.xml' is not a features repository URL: it must start with"
                + " mvn:, file:, http: or https:.");
    }

    @Test
    void aModuleThatCannotResolveSaysWhyAndNothingChanges() throws Exception {
        Path repository = featuresXml("alliance-itest-broken", "<feature>alliance-itest-missing</feature>");
        assertThat(withToken().send("POST", PAGE + "?action=add-repository&url=" + encode(repository.toUri().toString()),
                "text/plain", "").status()).isEqualTo(200);

        Api.Reply refused = act("enable", "alliance-itest-broken");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("message")).isEqualTo("Could not enable alliance-itest-broken: alliance-itest-broken/1.0.0"
                + " needs the feature alliance-itest-missing, which no known features repository contains. Add the"
                + " repository or plugin that provides it first.");
        assertThat(refused.text("details")).contains("Unable to resolve root");
        assertThat(module("alliance-itest-broken").path("installed").asBoolean()).isFalse();
        assertThat(module("alliance-core").path("installed").asBoolean()).isTrue();
    }

    @Test
    void anUploadedPluginAppearsSwitchedOffAndIsEnabledWithOneClick() throws Exception {
        Path kar = Files.exists(NOTICEBOARD_KAR) ? NOTICEBOARD_KAR : tinyKar("alliance-itest-kar");
        String feature = Files.exists(NOTICEBOARD_KAR) ? "alliance-noticeboard" : "alliance-itest-kar";
        Api user = Api.session(server, "admin", Distribution.ADMIN_PASSWORD);

        Api.Reply uploaded = withToken().sendBytes("POST", PAGE + "?action=upload-kar&name=" + encode(kar.getFileName().toString()),
                "application/octet-stream", Files.readAllBytes(kar));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.text("message")).contains("New modules: " + feature + ".");
        assertThat(module(feature).path("installed").asBoolean()).isFalse();

        Api.Reply enabled = act("enable", feature);
        assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);
        assertThat(module(feature).path("installed").asBoolean()).isTrue();
        if (feature.equals("alliance-noticeboard")) {
            assertThat(eventually(() -> user.get("/api/v1/noticeboard/notices").status())).isEqualTo(200);
        }
        assertThat(user.get("/api/v1/auth/session").status()).isEqualTo(200);

        // Karaf re-reads a known repository by removing it, which would switch the plugin off: refused.
        Api.Reply again = withToken().sendBytes("POST", PAGE + "?action=upload-kar&name=" + encode(kar.getFileName().toString()),
                "application/octet-stream", Files.readAllBytes(kar));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.text("message")).contains("adding it again would switch them off");
        assertThat(module(feature).path("installed").asBoolean()).isTrue();
    }

    @Test
    void inABrowserAPluginIsUploadedFromTheFormAndEnabledWithItsButton() throws Exception {
        Path kar = tinyKar("alliance-itest-browser");
        try (Browser browser = Browser.open(server)) {
            // Basic credentials in the address: the browser then signs in its fetch() calls by itself.
            browser.driver().get(server.uri(PAGE).toString().replace("://", "://admin:" + Distribution.ADMIN_PASSWORD + "@"));
            browser.waitFor(By.id("alliance-module-table"));
            browser.driver().findElement(By.cssSelector("#alliance-add-kar input[type=file]")).sendKeys(kar.toString());
            browser.click(By.cssSelector("#alliance-add-kar button[type=submit]"));
            browser.waitForText(By.id("alliance-message"), "New modules: alliance-itest-browser.");

            browser.click(By.cssSelector("tr[data-feature='alliance-itest-browser'] button[data-action='enable']"));
            browser.waitForText(By.id("alliance-message"), "Enabled Itest browser (alliance-itest-browser 1.0.0).");
            assertThat(browser.waitFor(By.cssSelector("tr[data-feature='alliance-itest-browser']")).getText()).contains("Installed");

            assertThat(browser.driver().findElement(By.cssSelector("tr[data-feature='alliance-core'] button")).isEnabled()).isFalse();
        }
        assertThat(module("alliance-itest-browser").path("installed").asBoolean()).isTrue();
    }

    @Test
    void anUploadThatIsNotAKarSaysWhy() {
        Api.Reply refused = withToken().sendBytes("POST", PAGE + "?action=upload-kar&name=notes.kar", "application/octet-stream",
                "not a zip".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("message")).isEqualTo("notes.kar is not a Karaf archive (.kar): it cannot be read as a zip file.");
    }

    /** The administrator in a browser: HTTP Basic, and the console's own origin on every request. */
    private static Api admin() {
        return ModulesConsole.of(server).admin();
    }

    private static Api withToken() {
        return ModulesConsole.of(server).withToken();
    }

    private static Api.Reply act(String action, String feature) {
        return ModulesConsole.of(server).act(action, feature);
    }

    private static JsonNode module(String name) {
        Api.Reply list = admin().get(PAGE + "/modules.json");
        assertThat(list.status()).isEqualTo(200);
        for (JsonNode m : list.json().path("modules")) {
            if (m.path("name").asText().equals(name)) {
                return m;
            }
        }
        throw new AssertionError(name + " is not listed: " + list);
    }

    private Path featuresXml(String feature, String content) throws IOException {
        return Files.writeString(temp.resolve(feature + "-features.xml"), featuresXmlText(feature, content));
    }

    private static String featuresXmlText(String feature, String content) {
        return "<features name=\"" + feature + "-repo\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">"
                + "<feature name=\"" + feature + "\" version=\"1.0.0\" description=\"Made by a distribution test\">"
                + content + "</feature></features>";
    }

    /** A plugin as a third party would ship it: a .kar whose features repository names one feature. */
    private Path tinyKar(String feature) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("repository/org/alliance/itests/" + feature + "/1.0.0/" + feature + "-1.0.0-features.xml"));
            zip.write(featuresXmlText(feature, "<feature>alliance-core</feature><bundle>" + SPARE_BUNDLE
                    + "</bundle>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return Files.write(temp.resolve(feature + "-1.0.0.kar"), bytes.toByteArray());
    }

    private static int eventually(java.util.function.IntSupplier status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int last = status.getAsInt();
        while (last != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            last = status.getAsInt();
        }
        return last;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
