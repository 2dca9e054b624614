package org.alliance.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped script keeps the rules of core's migrator, which applies it in the server. */
class MigrationScriptTest {

    private final String script = NotifyDatabase.script();

    @Test
    void theScriptIsNamedAsTheMigratorExpects() {
        assertThat(NotifyDatabase.SCRIPT.substring(NotifyDatabase.SCRIPT.lastIndexOf('/') + 1))
                .matches("V(\\d+)__([A-Za-z0-9_]+)\\.sql");
    }

    @Test
    void theScriptUsesNoSyntaxTheMigratorCannotSplit() {
        // No block comments or dollar quotes, and no quoted text, which our test split would not know.
        assertThat(script).doesNotContain("/*", "$$", "'", "\"");
    }

    @Test
    void everyTableAndIndexIsInTheModulesOwnSchema() {
        Matcher m = Pattern.compile("(?i)CREATE\\s+(?:TABLE|INDEX\\s+\\w+\\s+ON)\\s+([\\w.]+)").matcher(script);
        int found = 0;
        while (m.find()) {
            assertThat(m.group(1)).startsWith("NOTIFY.");
            found++;
        }
        assertThat(found).isEqualTo(5);
    }
}
