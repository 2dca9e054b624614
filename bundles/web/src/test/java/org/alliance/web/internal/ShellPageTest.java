package org.alliance.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellPageTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/clients", "/clients/", "/clients/4f1c0a2e-8d3b-4c55-9e6f-0a1b2c3d4e5f", "/login",
        "/scheduling/2026-11-23"})
    void applicationPathsGetThePage(String path) {
        assertThat(ShellPage.isAppPath(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/favicon.ico", "/ui/scheduling/page.js", "/ui/web", "/api/v1/nothing", "/system/console",
        "/setup", "/clients/x.json", "//evil"})
    void filesAndServerPathsDoNot(String path) {
        assertThat(ShellPage.isAppPath(path)).isFalse();
    }
}
