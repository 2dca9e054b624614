package org.alliance.core.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves the one-time setup page at {@code /setup}: a form that posts to {@code /api/v1/setup}
 * with the token from the server log. Core serves it itself so a fresh installation can be set
 * up before any web module is installed. The page is static; whether setup is still open is
 * asked of the API.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("alliance-setup-page")
@HttpWhiteboardServletPattern("/setup")
public class SetupPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-inline'; "
                + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
        try (InputStream page = SetupPage.class.getResourceAsStream("/static/setup.html")) {
            page.transferTo(response.getOutputStream());
        }
    }
}
