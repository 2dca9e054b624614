package org.alliance.notes.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.alliance.api.core.Role;
import org.junit.jupiter.api.Test;

/**
 * The page and cards the notes module contributes, and its static files: every script and
 * library they name is in the bundle, every module a script imports is there too, and nothing
 * in them needs what the web app's Content-Security-Policy refuses (inline styles, inline
 * scripts or handlers, other origins).
 */
class WebContributionsTest {

    @Test
    void theNotesPageIsForWhoWritesNotesAndWhoCoSignsThem() {
        NotesPage page = new NotesPage(null);

        assertThat(page.id()).isEqualTo("notes");
        assertThat(page.path()).isEqualTo("/notes");
        assertThat(page.title()).isEqualTo("Notes");
        assertThat(page.navigation()).isTrue();
        assertThat(page.roles()).containsExactlyInAnyOrder(Role.THERAPIST, Role.INTERN, Role.SUPERVISOR);
        assertThat(page.roles()).doesNotContain(Role.ADMIN, Role.FRONTDESK);
        assertThat(resource(page.script())).contains("export default async function render(container, app)");
    }

    @Test
    void theDraftsCardIsForTheTreatingRoles() {
        DraftsCard card = new DraftsCard(null);

        assertThat(card.id()).isEqualTo("notes.drafts");
        assertThat(card.title()).isEqualTo("Notes to finish");
        assertThat(card.roles()).containsExactlyInAnyOrder(Role.THERAPIST, Role.INTERN);
        assertThat(resource(card.script())).contains("export default async function render(container, app)")
                .contains("/v1/notes/drafts");
    }

    @Test
    void theCoSignatureCardIsForEveryoneWhoMayBeAskedToCoSign() {
        CosignatureCard card = new CosignatureCard(null);

        assertThat(card.id()).isEqualTo("notes.cosignature");
        assertThat(card.title()).isEqualTo("Awaiting your co-signature");
        assertThat(card.roles()).isEqualTo(NotesPage.ROLES);
        assertThat(card.order()).isGreaterThan(new DraftsCard(null).order());
        assertThat(resource(card.script())).contains("export default async function render(container, app)")
                .contains("/v1/notes/awaiting-cosignature");
    }

    @Test
    void everyModuleAScriptImportsIsInTheBundle() {
        Pattern imports = Pattern.compile("from '\\./([a-z-]+\\.js)'");
        for (String file : files()) {
            if (!file.endsWith(".js")) {
                continue;
            }
            Matcher m = imports.matcher(resource(NotesFiles.BASE + "/" + file));
            while (m.find()) {
                assertThat(resource(NotesFiles.BASE + "/" + m.group(1))).as(file + " imports " + m.group(1)).isNotBlank();
            }
        }
    }

    @Test
    void theChartLibraryTheScriptsLoadIsCopiedIntoTheBundleAndNeedsNoInlineStyle() {
        String loader = resource(NotesFiles.BASE + "/trend-chart.js");
        Matcher lib = Pattern.compile("'/ui/notes/lib/(chart\\.js/[0-9.]+)/dist/chart\\.umd\\.min\\.js'").matcher(loader);

        assertThat(lib.find()).as("trend-chart.js names the library file").isTrue();
        String folder = "/META-INF/resources/webjars/" + lib.group(1);
        assertThat(resource(folder + "/LICENSE.md")).contains("MIT");
        assertThat(resource(folder + "/dist/chart.umd.min.js")).contains("Chart.js v" + lib.group(1).substring("chart.js/".length()))
                .doesNotContain("createElement(\"style\")")
                .doesNotContain("setAttribute(\"style\"")
                .doesNotContain("new Function(");
    }

    @Test
    void noFileNeedsWhatTheContentSecurityPolicyRefuses() {
        List<String> files = files();
        assertThat(files).contains("notes-page.js", "drafts-card.js", "cosignature-card.js", "notes.css");
        for (String file : files) {
            String text = resource(NotesFiles.BASE + "/" + file);
            assertThat(text).as(file)
                    .doesNotContainPattern("(?i)\\sstyle\\s*=")
                    .doesNotContainPattern("(?i)<style")
                    .doesNotContainPattern("(?i)\\son[a-z]+\\s*=\\s*[\"']")
                    .doesNotContainPattern("(?i)<script(?![^>]*\\bsrc=)")
                    .doesNotContainPattern("(?i)https?://")
                    .doesNotContain("innerHTML");
        }
    }

    private static List<String> files() {
        try (Stream<Path> all = Files.list(Path.of(WebContributionsTest.class.getResource(NotesFiles.BASE).toURI()))) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = WebContributionsTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path + " in the bundle").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
