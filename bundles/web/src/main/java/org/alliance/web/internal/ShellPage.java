package org.alliance.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves the web app's one HTML page for {@code /} and every application path
 * ({@code /clients}, {@code /clients/4f1c...}); the scripts decide what to draw, so a
 * bookmark of any page works. It is the default servlet, reached only by paths no other
 * servlet claims: a file that is not there ({@code /ui/scheduling/x.js} of a removed module,
 * {@code /favicon.ico}) gets a plain 404, never the page.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("alliance-web-shell")
@HttpWhiteboardServletPattern("/")
public class ShellPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Application paths: lower-case segments, ids included; no dots, so never a file name. */
    private static final Pattern APP_PATH = Pattern.compile("/|(/[A-Za-z0-9_-]+)+/?");
    private static final Pattern SERVER_PATHS = Pattern.compile("/(api|ui|system|setup)(/.*)?");

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!isAppPath(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Nothing here: " + path);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        // The page holds no data; still, never cached, so a signed-out browser shows nothing stale.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        try (InputStream page = ShellPage.class.getResourceAsStream("/shell/index.html")) {
            page.transferTo(response.getOutputStream());
        }
    }

    static boolean isAppPath(String path) {
        return APP_PATH.matcher(path).matches() && !SERVER_PATHS.matcher(path).matches();
    }
}
