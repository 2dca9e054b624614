package org.alliance.webconsole.internal.csrf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleProtectionTest {

    @Test
    void severalOriginsInOneCfgValueAreEachAdmitted() {
        ConsoleProtection.Settings settings = new TestProtectionConfiguration(
                new String[] {"https://a.example, https://b.example:8443", "https://c.example"}, true, "/system/console").protection().settings();

        assertThat(settings.check().check("https://b.example:8443", null, "http", "internal:8181").allowed()).isTrue();
        assertThat(settings.check().check("https://c.example", null, "http", "internal:8181").allowed()).isTrue();
        assertThat(settings.check().check("https://d.example", null, "http", "internal:8181").allowed()).isFalse();
    }

    @Test
    void theConsolePathIsTakenWithoutItsTrailingSlash() {
        assertThat(new TestProtectionConfiguration(new String[0], true, " /admin/console/ ").protection().settings().consolePath())
                .isEqualTo("/admin/console");
        assertThat(new TestProtectionConfiguration(new String[0], true, "").protection().settings().consolePath())
                .isEqualTo("/system/console");
    }
}
