package org.alliance.webconsole.internal.csrf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import javax.servlet.FilterChain;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.alliance.webconsole.internal.CapturedResponse;
import org.junit.jupiter.api.Test;

class ConsoleOriginGuardTest {

    private final ConsoleOriginGuard guard = new ConsoleOriginGuard(
            new TestProtectionConfiguration(new String[0], true, "/system/console/").protection());
    private final CapturedResponse captured = new CapturedResponse();
    private final HttpServletResponse response = captured.response();
    private final FilterChain chain = mock(FilterChain.class);

    @Test
    void aCrossSitePostToTheConsoleIsRefusedWith403AndAReason() throws Exception {
        HttpServletRequest request = request("POST", "/system/console/bundles", "https://evil.example");

        guard.doFilter(request, response, chain);

        verify(response).setStatus(403);
        verify(chain, never()).doFilter(any(), any());
        assertThat(captured.body()).startsWith("Forbidden: ").contains("https://evil.example");
    }

    @Test
    void aSameOriginPostToTheConsolePasses() throws Exception {
        HttpServletRequest request = request("POST", "/system/console/configMgr/x", "http://localhost:8181");

        guard.doFilter(request, response, chain);

        verify(chain).doFilter(request, response);
    }

    @Test
    void readingTheConsoleIsNotChecked() throws Exception {
        HttpServletRequest request = request("GET", "/system/console/bundles", "https://evil.example");

        guard.doFilter(request, response, chain);

        verify(chain).doFilter(request, response);
    }

    @Test
    void requestsOutsideTheConsoleAreLeftToTheirOwnProtection() throws Exception {
        HttpServletRequest api = request("POST", "/api/v1/auth/login", null);
        HttpServletRequest lookalike = request("POST", "/system/consoles", "https://evil.example");

        guard.doFilter(api, response, chain);
        guard.doFilter(lookalike, response, chain);

        verify(chain).doFilter(api, response);
        verify(chain).doFilter(lookalike, response);
    }

    @Test
    void thePathCountsAsTheConsoleInEitherSpelling() {
        HttpServletRequest encoded = request("POST", "/system/%63onsole/bundles", null);
        when(encoded.getServletPath()).thenReturn("/system/console");
        when(encoded.getPathInfo()).thenReturn("/bundles");

        assertThat(ConsoleOriginGuard.underConsole(encoded, "/system/console")).isTrue();
        assertThat(ConsoleOriginGuard.underConsole(request("POST", "/system/console", null), "/system/console")).isTrue();
        assertThat(ConsoleOriginGuard.underConsole(request("POST", "/system/console;x=1", null), "/system/console")).isTrue();
    }

    private static HttpServletRequest request(String method, String uri, String origin) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getRequestURI()).thenReturn(uri);
        when(request.getScheme()).thenReturn("http");
        when(request.getHeader("Host")).thenReturn("localhost:8181");
        when(request.getHeader("Origin")).thenReturn(origin);
        return request;
    }

}
