package org.alliance.webconsole.internal.csrf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.Preprocessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses state-changing requests to the web console that come from another site
 * ({@link OriginCheck}).
 *
 * <p>Why a {@link Preprocessor} and not a filter: the console registers its servlet through the
 * HttpService with an HttpContext of its own, and Pax Web 8 lets a whiteboard filter join only
 * whiteboard contexts and the HttpService contexts of the filter's own bundle. Preprocessors
 * (Http Whiteboard 1.1) run for every request before any context is chosen, and before the
 * console asks for a password, so a forged request is refused without touching the console.
 */
@Component(service = Preprocessor.class)
public class ConsoleOriginGuard implements Preprocessor {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleOriginGuard.class);

    private final ConsoleProtection protection;

    @Activate
    public ConsoleOriginGuard(@Reference ConsoleProtection protection) {
        this.protection = protection;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (req instanceof HttpServletRequest request && res instanceof HttpServletResponse response
                && OriginCheck.changesState(request.getMethod())) {
            ConsoleProtection.Settings settings = protection.settings();
            if (underConsole(request, settings.consolePath())) {
                OriginCheck.Verdict verdict = settings.check().check(request.getHeader("Origin"),
                        request.getHeader("Referer"), request.getScheme(), request.getHeader("Host"));
                if (!verdict.allowed()) {
                    refuse(request, response, verdict.reason());
                    return;
                }
            }
        }
        chain.doFilter(req, res);
    }

    /** Both spellings of the path count: the raw one and the one the container decoded and normalised. */
    static boolean underConsole(HttpServletRequest request, String consolePath) {
        return isUnder(request.getRequestURI(), consolePath) || isUnder(decodedPath(request), consolePath);
    }

    private static String decodedPath(HttpServletRequest request) {
        return nullToEmpty(request.getContextPath()) + nullToEmpty(request.getServletPath())
                + nullToEmpty(request.getPathInfo());
    }

    private static boolean isUnder(String path, String root) {
        return path != null && (path.equals(root) || path.startsWith(root + "/") || path.startsWith(root + ";"));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        LOG.warn("Refused {} {} from {}: {}", request.getMethod(), request.getRequestURI(), request.getRemoteAddr(), reason);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(("Forbidden: " + reason + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
