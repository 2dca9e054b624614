package org.alliance.examples.noticeboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped scripts keep the rules of core's migrator, which applies them in the server. */
class MigrationScriptsTest {

    private static final Pattern CREATED = Pattern.compile("(?i)CREATE\\s+(?:TABLE|INDEX\\s+\\w+\\s+ON)\\s+([\\w.]+)");

    private final List<Path> scripts = NoticeboardDatabase.scripts();

    @Test
    void scriptsAreNamedWithDistinctVersions() {
        assertThat(scripts).isNotEmpty();
        assertThat(scripts).allSatisfy(s -> assertThat(s.getFileName().toString()).matches(NoticeboardDatabase.SCRIPT_NAME));
        assertThat(scripts.stream().map(NoticeboardDatabase::version)).doesNotHaveDuplicates();
    }

    @Test
    void scriptsUseNoSyntaxTheMigratorCannotSplit() {
        assertThat(scripts).allSatisfy(s -> assertThat(NoticeboardDatabase.read(s)).doesNotContain("/*", "$$"));
    }

    @Test
    void everyTableAndIndexIsInThePluginsOwnSchema() {
        for (Path script : scripts) {
            Matcher m = CREATED.matcher(NoticeboardDatabase.read(script));
            while (m.find()) {
                assertThat(m.group(1)).as(script.getFileName().toString()).startsWith(NoticeboardDatabase.SCHEMA + ".");
            }
        }
    }
}
