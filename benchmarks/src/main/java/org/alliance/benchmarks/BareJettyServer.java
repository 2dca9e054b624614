package org.alliance.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

/**
 * The throughput baseline: the same Jetty as the distribution, one servlet answering
 * {@code GET /api/v1/clients/*} with fixed JSON bytes (the body Alliance returned for the
 * benchmark's client). No authentication, no database, no audit: the cost of HTTP alone.
 *
 * <p>Usage: {@code java -cp ... BareJettyServer <port> <file with the JSON body>}
 */
public final class BareJettyServer {

    private BareJettyServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        Server server = new Server(port);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setContentType("application/json");
                response.setHeader("Cache-Control", "no-store");
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        }), "/api/v1/clients/*");
        server.setHandler(context);
        server.start();
        System.out.println("Bare Jetty listening on " + port + " with a " + new String(body, StandardCharsets.UTF_8).length()
                + "-character body");
        server.join();
    }
}
