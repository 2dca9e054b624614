package org.alliance.scheduling.internal.web;

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
 * The page and card the scheduling module contributes, and its static files: every script and
 * library they name is in the bundle, and nothing in them needs what the web app's
 * Content-Security-Policy refuses (inline styles, inline scripts or handlers, other origins).
 */
class WebContributionsTest {

    @Test
    void theCalendarPageIsForEveryoneWhoSchedulesOrIsScheduled() {
        CalendarPage page = new CalendarPage(null);

        assertThat(page.id()).isEqualTo("scheduling");
        assertThat(page.path()).isEqualTo("/scheduling");
        assertThat(page.title()).isEqualTo("Calendar");
        assertThat(page.order()).isEqualTo(150);
        assertThat(page.navigation()).isTrue();
        assertThat(page.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.FRONTDESK, Role.THERAPIST, Role.INTERN,
                Role.SUPERVISOR);
        assertThat(resource(page.script())).isNotBlank();
    }

    @Test
    void theTodayCardHasTheSameRolesAndItsScriptIsInTheBundle() {
        TodayCard card = new TodayCard(null);

        assertThat(card.id()).isEqualTo("scheduling.today");
        assertThat(card.title()).isEqualTo("Today");
        assertThat(card.roles()).isEqualTo(CalendarPage.ROLES);
        assertThat(resource(card.script())).contains("export default async function render(container, app)");
    }

    @Test
    void theCalendarLibraryTheScriptsLoadIsCopiedIntoTheBundle() {
        String widget = resource(SchedulingFiles.BASE + "/widget.js");
        Matcher lib = Pattern.compile("'/ui/scheduling/lib/(fullcalendar/[0-9.]+)/'").matcher(widget);

        assertThat(lib.find()).as("widget.js names the library folder").isTrue();
        String folder = "/META-INF/resources/webjars/" + lib.group(1);
        assertThat(resource(folder + "/main.min.js")).contains("FullCalendar");
        assertThat(resource(folder + "/main.min.css")).contains(".fc-");
        assertThat(resource(folder + "/LICENSE.txt")).contains("MIT");
    }

    @Test
    void noFileNeedsWhatTheContentSecurityPolicyRefuses() throws Exception {
        List<String> files;
        try (Stream<Path> all = Files.list(Path.of(WebContributionsTest.class.getResource(SchedulingFiles.BASE).toURI()))) {
            files = all.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files).contains("calendar-page.js", "today-card.js", "scheduling.css");
        for (String file : files) {
            String text = resource(SchedulingFiles.BASE + "/" + file);
            assertThat(text).as(file)
                    .doesNotContainPattern("(?i)\\sstyle\\s*=")
                    .doesNotContainPattern("(?i)<style")
                    .doesNotContainPattern("(?i)\\son[a-z]+\\s*=\\s*[\"']")
                    .doesNotContainPattern("(?i)<script(?![^>]*\\bsrc=)")
                    .doesNotContainPattern("(?i)https?://")
                    .doesNotContain("innerHTML");
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
