package org.alliance.termination.internal.web;

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
import org.alliance.api.termination.TerminationReason;
import org.junit.jupiter.api.Test;

/**
 * The page and card the termination module contributes, and its static files: every script they
 * name is in the bundle, every module a script imports is there too, the words for reasons and
 * checklist items match the API, the stylesheet styles only classes of its own, and nothing needs
 * what the web app's Content-Security-Policy refuses (inline styles, inline scripts or handlers,
 * other origins).
 */
class WebContributionsTest {

    @Test
    void theTerminationPageIsForWhoPlansEndingsAndWhoApprovesThem() {
        TerminationPage page = new TerminationPage(null);

        assertThat(page.id()).isEqualTo("termination");
        assertThat(page.path()).isEqualTo("/termination");
        assertThat(page.title()).isEqualTo("Termination");
        assertThat(page.navigation()).isTrue();
        assertThat(page.roles()).containsExactlyInAnyOrder(Role.THERAPIST, Role.INTERN, Role.SUPERVISOR, Role.ADMIN);
        assertThat(page.roles()).doesNotContain(Role.FRONTDESK);
        assertThat(resource(page.script())).contains("export default async function render(container, app)");
    }

    @Test
    void theAtRiskCardIsForTheSameRolesAndReadsTheAtRiskList() {
        AtRiskCard card = new AtRiskCard(null);

        assertThat(card.id()).isEqualTo("termination.at-risk");
        assertThat(card.title()).isEqualTo("Engagements at risk");
        assertThat(card.roles()).isEqualTo(TerminationPage.ROLES);
        assertThat(resource(card.script())).contains("export default async function render(container, app)")
                .contains("/at-risk").contains("frame.hidden = true");
    }

    @Test
    void everyReasonIsExplainedAndExactlyTheNoticeExceptionsAreMarkedAsSuch() {
        String common = resource(TerminationFiles.BASE + "/common.js");
        for (TerminationReason reason : TerminationReason.values()) {
            Matcher entry = Pattern.compile("\\{ value: '" + reason.name() + "', label: '[^']+',( exception: true,)?\\s+text: '")
                    .matcher(common);
            assertThat(entry.find()).as(reason + " is offered with a label and an explanation").isTrue();
            assertThat(entry.group(1) != null).as(reason + " marked as an exception").isEqualTo(reason.isNoticeException());
        }
    }

    @Test
    void everyChecklistItemIsExplained() {
        String common = resource(TerminationFiles.BASE + "/common.js");
        for (String item : List.of("pre-termination-counseling", "referrals-offered", "closure-sessions",
                "final-outcome-measure", "discharge-summary")) {
            assertThat(common).as(item).contains("'" + item + "': {");
        }
        assertThat(common).contains("Ticked when the discharge summary is signed in Notes");
    }

    @Test
    void everyModuleAScriptImportsIsInTheBundle() {
        Pattern imports = Pattern.compile("from '\\./([a-z-]+\\.js)'");
        for (String file : files()) {
            if (!file.endsWith(".js")) {
                continue;
            }
            String text = resource(TerminationFiles.BASE + "/" + file);
            assertThat(text).as(file + " imports only the module's own files").doesNotContainPattern("from '(?!\\./)");
            Matcher m = imports.matcher(text);
            while (m.find()) {
                assertThat(resource(TerminationFiles.BASE + "/" + m.group(1))).as(file + " imports " + m.group(1)).isNotBlank();
            }
        }
    }

    @Test
    void theStylesheetStylesOnlyClassesOfItsOwn() {
        String css = resource(TerminationFiles.BASE + "/termination.css").replaceAll("(?s)/\\*.*?\\*/", "");
        Matcher rule = Pattern.compile("([^{}]+)\\{[^{}]*\\}").matcher(css.replaceAll("@media[^{]*\\{", ""));
        int rules = 0;
        while (rule.find()) {
            for (String selector : rule.group(1).split(",")) {
                rules++;
                assertThat(selector.strip()).as("every selector names a termination- class")
                        .containsPattern("\\.termination-[a-z_-]+");
            }
        }
        assertThat(rules).isGreaterThan(20);
    }

    @Test
    void noFileNeedsWhatTheContentSecurityPolicyRefuses() {
        List<String> files = files();
        assertThat(files).contains("termination-page.js", "at-risk-card.js", "termination.css");
        for (String file : files) {
            String text = resource(TerminationFiles.BASE + "/" + file);
            assertThat(text).as(file)
                    .doesNotContainPattern("(?i)\\sstyle\\s*=")
                    .doesNotContainPattern("(?i)<style")
                    .doesNotContainPattern("(?i)\\son[a-z]+\\s*=\\s*[\"']")
                    .doesNotContainPattern("(?i)<script(?![^>]*\\bsrc=)")
                    .doesNotContainPattern("(?i)https?://")
                    .doesNotContain("innerHTML")
                    .doesNotContain("unsafeHTML");
        }
    }

    private static List<String> files() {
        try (Stream<Path> all = Files.list(Path.of(WebContributionsTest.class.getResource(TerminationFiles.BASE).toURI()))) {
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
