package org.alliance.webconsole.internal.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.alliance.webconsole.internal.CapturedResponse;
import org.alliance.webconsole.internal.csrf.TestProtectionConfiguration;
import org.alliance.webconsole.internal.modules.ModuleCatalog;
import org.alliance.webconsole.internal.modules.ModuleProblem;
import org.alliance.webconsole.internal.modules.PluginInstaller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModulesPluginTest {

    private static final String OWN = "http://localhost:8181";

    private final ModuleCatalog catalog = mock(ModuleCatalog.class);
    private final PluginInstaller installer = mock(PluginInstaller.class);
    private final ModulesPlugin plugin = new ModulesPlugin(catalog, installer,
            TestProtectionConfiguration.defaults().protection());
    private final CapturedResponse captured = new CapturedResponse();
    private final HttpServletResponse response = captured.response();
    private String token;

    @BeforeEach
    void openThePage() throws Exception {
        when(catalog.modules()).thenReturn(List.of());
        StringWriter page = new StringWriter();
        HttpServletResponse pageResponse = mock(HttpServletResponse.class);
        when(pageResponse.getWriter()).thenReturn(new PrintWriter(page));
        plugin.doGet(request("GET", null), pageResponse);
        Matcher m = Pattern.compile("data-token=\"([^\"]+)\"").matcher(page.toString());
        assertThat(m.find()).isTrue();
        token = m.group(1);
    }

    @Test
    void anActionFromThePageIsCarriedOutAndAnsweredWithTheMessage() throws Exception {
        when(catalog.enable("alliance-notes", "1.0.0")).thenReturn("Enabled Notes.");
        HttpServletRequest request = action("enable", OWN, token);

        plugin.doPost(request, response);

        verify(response).setStatus(200);
        assertThat(reply()).contains("\"ok\":true").contains("\"message\":\"Enabled Notes.\"");
    }

    @Test
    void anActionWithoutThePagesTokenIsRefused() throws Exception {
        plugin.doPost(action("enable", OWN, null), response);

        verify(response).setStatus(403);
        assertThat(reply()).contains("X-Alliance-Token");
        verifyNoInteractions(installer);
        verify(catalog, never()).enable(any(), any());
    }

    @Test
    void anActionFromAnotherSiteIsRefusedEvenWithAToken() throws Exception {
        plugin.doPost(action("disable", "https://evil.example", token), response);

        verify(response).setStatus(403);
        verify(catalog, never()).disable(any(), any());
    }

    @Test
    void aRefusedActionAnswersWithItsStatusMessageAndDetails() throws Exception {
        when(catalog.disable("alliance-notes", "1.0.0")).thenThrow(new ModuleProblem(409, "Notes is needed by X.", "trace"));

        plugin.doPost(action("disable", OWN, token), response);

        verify(response).setStatus(409);
        assertThat(reply()).isEqualTo("{\"ok\":false,\"message\":\"Notes is needed by X.\",\"details\":\"trace\"}");
    }

    @Test
    void anUploadedKarIsHandedOverWithItsName() throws Exception {
        HttpServletRequest request = action("upload-kar", OWN, token);
        when(request.getParameter("name")).thenReturn("notes.kar");
        when(installer.addKar(eq("notes.kar"), any())).thenReturn("Added the plugin notes.kar.");

        plugin.doPost(request, response);

        verify(response).setStatus(200);
    }

    @Test
    void anUnknownActionIsABadRequest() throws Exception {
        plugin.doPost(action("explode", OWN, token), response);

        verify(response).setStatus(400);
    }

    @Test
    void theConsoleGetsThePluginsScriptAndNothingOutsideItsResources() {
        assertThat(plugin.getResource("/alliance-modules/res/modules.js")).isNotNull();
        assertThat(plugin.getResource("/alliance-modules/res/../../OSGI-INF/x.xml")).isNull();
        assertThat(plugin.getResource("/other/res/modules.js")).isNull();
    }

    private String reply() {
        return captured.body();
    }

    private static HttpServletRequest action(String action, String origin, String token) {
        HttpServletRequest request = request("POST", origin);
        when(request.getParameter("action")).thenReturn(action);
        when(request.getParameter("feature")).thenReturn("alliance-notes");
        when(request.getParameter("version")).thenReturn("1.0.0");
        when(request.getHeader("X-Alliance-Token")).thenReturn(token);
        return request;
    }

    private static HttpServletRequest request(String method, String origin) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getRemoteUser()).thenReturn("admin");
        when(request.getScheme()).thenReturn("http");
        when(request.getHeader("Host")).thenReturn("localhost:8181");
        when(request.getHeader("Origin")).thenReturn(origin);
        when(request.getPathInfo()).thenReturn("/alliance-modules");
        when(request.getAttribute("felix.webconsole.pluginRoot")).thenReturn("/system/console/alliance-modules");
        return request;
    }
}
