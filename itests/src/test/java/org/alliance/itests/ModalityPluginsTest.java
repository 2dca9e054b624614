package org.alliance.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two modality plugins the distribution ships (CBT and psychodynamic): their features
 * repositories are registered and their bundles are in system/, but nothing is installed; an admin
 * enables one on the Practice Modules page and {@code GET /api/v1/modalities} lists it at once,
 * and disabling takes it away again, without a restart. On a server of its own, so that no other
 * test meets a plugin switched on.
 */
class ModalityPluginsTest {

    private static final String CBT = "alliance-modality-cbt";
    private static final String PSYCHODYNAMIC = "alliance-modality-psychodynamic";

    private static Distribution server;

    @BeforeAll
    static void start() {
        server = Distribution.withAdminFromEnvironment().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aFreshServerKnowsBothPluginsButHasNeitherInstalled() {
        for (String feature : List.of(CBT, PSYCHODYNAMIC)) {
            JsonNode module = module(feature);
            assertThat(module.path("installed").asBoolean()).as(feature).isFalse();
            assertThat(module.path("enabled").asBoolean()).as(feature).isFalse();
            assertThat(module.path("dependencies")).extracting(JsonNode::asText).containsExactly("alliance-core");
        }
        assertThat(module(CBT).path("description").asText()).startsWith("Cognitive behavioural therapy (CBT) modality plugin");
        assertThat(module(PSYCHODYNAMIC).path("description").asText()).startsWith("Psychodynamic therapy modality plugin");
        assertThat(modalityIds()).doesNotContain("cbt", "psychodynamic");
    }

    @Test
    void eachPluginShipsInItsOwnRepositoryWithItsBundleInTheSystemFolder() {
        // Enabling needs no internet: the repository and the bundle are in the distribution's system/ repository.
        for (String feature : List.of(CBT, PSYCHODYNAMIC)) {
            String repository = module(feature).path("repository").asText();
            Matcher mvn = Pattern.compile("mvn:org\\.alliance/(org\\.alliance\\.modality\\.[a-z]+)/([^/]+)/xml/features")
                    .matcher(repository);
            assertThat(mvn.matches()).as(repository).isTrue();
            Path folder = server.home().resolve("system/org/alliance/" + mvn.group(1) + "/" + mvn.group(2));
            assertThat(folder.resolve(mvn.group(1) + "-" + mvn.group(2) + "-features.xml")).exists();
            assertThat(folder.resolve(mvn.group(1) + "-" + mvn.group(2) + ".jar")).exists();
        }
    }

    @Test
    void enablingCbtListsItsModalityAndDisablingTakesItAwayWithoutARestart() throws Exception {
        Api user = Api.session(server, "admin", Distribution.ADMIN_PASSWORD);
        int logBefore = server.log().length();

        Api.Reply enabled = act("enable", CBT);
        assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);
        try {
            assertThat(module(CBT).path("installed").asBoolean()).isTrue();
            JsonNode cbt = eventually(user, node -> node.path("id").asText().equals("cbt"));
            assertThat(cbt.path("name").asText()).isEqualTo("Cognitive behavioural therapy");
            assertThat(cbt.path("plugin").asText()).isEqualTo("org.alliance.modality.cbt");
            assertThat(cbt.path("cadence").path("sessionMinutes").asInt()).isEqualTo(50);
            assertThat(cbt.path("cadence").path("daysBetweenSessions").asInt()).isEqualTo(7);
            assertThat(cbt.path("cadence").path("courseLength").asText()).isEqualTo("6 to 20 sessions");
            assertThat(cbt.path("noteTemplates")).extracting(t -> t.path("id").asText())
                    .containsExactly("thought-record", "behavioural-activation", "session");
            JsonNode situation = cbt.path("noteTemplates").get(0).path("fields").get(0);
            assertThat(situation.path("id").asText()).isEqualTo("situation");
            assertThat(situation.path("type").asText()).isEqualTo("LONG_TEXT");
            assertThat(situation.path("required").asBoolean()).isTrue();
            assertThat(cbt.path("outcomeMeasures")).isEmpty();
            assertThat(cbt.path("terminationConsiderations")).anyMatch(c -> c.asText().contains("relapse-prevention plan"));
            assertThat(user.get("/api/v1/modalities/cbt").status()).isEqualTo(200);
            assertThat(user.get("/api/v1/modules").json()).anyMatch(m -> m.path("id").asText().equals("modality-cbt")
                    && m.path("kind").asText().equals("plugin") && m.path("ready").asBoolean());
        } finally {
            Api.Reply disabled = act("disable", CBT);
            assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        }

        assertThat(module(CBT).path("installed").asBoolean()).isFalse();
        assertThat(modalityIds()).doesNotContain("cbt");
        assertThat(user.get("/api/v1/modalities/cbt").status()).isEqualTo(404);
        // Sessions live in core's memory: had core been restarted (refreshed), this one would be gone.
        assertThat(user.get("/api/v1/auth/session").status()).isEqualTo(200);
        String log = server.log().substring(logBefore);
        assertThat(log).doesNotContain("Refreshing bundles").doesNotContain("| ERROR |");
    }

    @Test
    void enablingPsychodynamicListsItsProcessNoteAndFormulationUntilItIsDisabled() throws Exception {
        Api user = Api.session(server, "admin", Distribution.ADMIN_PASSWORD);

        Api.Reply enabled = act("enable", PSYCHODYNAMIC);
        assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);
        try {
            JsonNode psychodynamic = eventually(user, node -> node.path("id").asText().equals("psychodynamic"));
            assertThat(psychodynamic.path("name").asText()).isEqualTo("Psychodynamic therapy");
            assertThat(psychodynamic.path("cadence").path("courseLength").asText())
                    .isEqualTo("open-ended; brief forms 16 to 30 sessions");
            assertThat(psychodynamic.path("noteTemplates")).extracting(t -> t.path("id").asText())
                    .containsExactly("process-session", "formulation");
            assertThat(psychodynamic.path("terminationConsiderations")).anyMatch(c -> c.asText().contains("door open"));
        } finally {
            Api.Reply disabled = act("disable", PSYCHODYNAMIC);
            assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        }
        assertThat(modalityIds()).doesNotContain("psychodynamic");
    }

    /** The ids {@code GET /api/v1/modalities} lists now. */
    private static List<String> modalityIds() {
        Api.Reply list = Api.basic(server, "admin", Distribution.ADMIN_PASSWORD).get("/api/v1/modalities");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().isArray()).as(list.toString()).isTrue();
        List<String> ids = new ArrayList<>();
        list.json().forEach(m -> ids.add(m.path("id").asText()));
        return ids;
    }

    /**
     * The modality the list holds once it appears. The plugin's service is registered while the
     * feature installs, so it is normally there on the first call; the wait only absorbs slow starts.
     */
    private static JsonNode eventually(Api user, Predicate<JsonNode> wanted) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            Api.Reply list = user.get("/api/v1/modalities");
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            for (JsonNode m : list.json()) {
                if (wanted.test(m)) {
                    return m;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not listed within 30 s: " + list);
            }
            Thread.sleep(250);
        }
    }

    private static Api.Reply act(String action, String feature) {
        return ModulesConsole.of(server).act(action, feature);
    }

    private static JsonNode module(String name) {
        JsonNode m = ModulesConsole.of(server).module(name);
        assertThat(m.isMissingNode()).as(name + " is listed").isFalse();
        return m;
    }
}
