package org.alliance.webconsole.internal.console;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.alliance.webconsole.internal.csrf.ConsoleProtection;
import org.alliance.webconsole.internal.csrf.OriginCheck;
import org.alliance.webconsole.internal.modules.Module;
import org.alliance.webconsole.internal.modules.ModuleCatalog;
import org.alliance.webconsole.internal.modules.ModuleProblem;
import org.alliance.webconsole.internal.modules.PluginInstaller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Practice Modules" in the web console ({@code /system/console/alliance-modules}).
 *
 * <p>A plain servlet service with the {@code felix.webconsole.*} properties: the console finds
 * it, admits only its own administrators, draws its frame around the HTML of a GET and hands
 * other requests over as they are. The page's actions are POSTs to this plugin
 * ({@code ?action=enable|disable|add-repository|upload-kar}) answered with JSON; a plugin is
 * uploaded as the raw bytes of the .kar ({@code application/octet-stream}), because the
 * console registers plugins itself, without the multipart configuration
 * {@code getParts()} needs. {@code modules.json} lists the modules for scripts.
 */
@Component(service = Servlet.class, property = {
    "felix.webconsole.label=" + ModulesPlugin.LABEL,
    "felix.webconsole.title=Practice Modules",
    "felix.webconsole.category=Alliance"})
public class ModulesPlugin extends HttpServlet {

    static final String LABEL = "alliance-modules";
    static final String TOKEN_HEADER = "X-Alliance-Token";
    private static final String RESOURCES = "/" + LABEL + "/res/";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ModulesPlugin.class);

    private final transient ModuleCatalog catalog;
    private final transient PluginInstaller installer;
    private final transient ConsoleProtection protection;
    private final transient CsrfToken tokens = new CsrfToken(new SecureRandom());

    @Activate
    public ModulesPlugin(@Reference ModuleCatalog catalog, @Reference PluginInstaller installer,
            @Reference ConsoleProtection protection) {
        this.catalog = catalog;
        this.installer = installer;
        this.protection = protection;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (subPath(request).equals("/modules.json")) {
            try {
                reply(response, 200, Map.of("modules", catalog.modules().stream().map(ModulesPlugin::json).toList()));
            } catch (ModuleProblem p) {
                reply(response, p.status(), problem(p));
            }
            return;
        }
        List<Module> modules = List.of();
        String problem = null;
        try {
            modules = catalog.modules();
        } catch (ModuleProblem p) {
            problem = p.getMessage();
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(ModulesPage.render(pluginRoot(request), tokens.issue(user(request)), modules, problem));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String refusal = refusal(request);
        if (refusal != null) {
            LOG.warn("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), refusal);
            reply(response, 403, Map.of("ok", false, "message", refusal));
            return;
        }
        try {
            String message = act(request);
            reply(response, 200, Map.of("ok", true, "message", message));
        } catch (ModuleProblem p) {
            reply(response, p.status(), problem(p));
        } catch (RuntimeException e) {
            LOG.error("Practice Modules: {} failed", request.getParameter("action"), e);
            reply(response, 500, Map.of("ok", false, "message", "Unexpected error: " + e + ". The server log has the details."));
        } catch (NoClassDefFoundError replaced) {
            // Karaf replaced this very bundle while the action ran (alliance-webconsole upgraded, or its
            // SNAPSHOT jar changed): the old class loader loads nothing more, so answer with JDK classes only.
            response.setStatus(200);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(("{\"ok\":true,\"message\":\"The Practice Modules page was itself updated"
                    + " while it worked; the list shows the result.\"}").getBytes(StandardCharsets.UTF_8));
        }
    }

    private String act(HttpServletRequest request) throws ModuleProblem, IOException {
        String action = request.getParameter("action");
        String feature = request.getParameter("feature");
        String version = request.getParameter("version");
        switch (action == null ? "" : action) {
            case "enable":
                return catalog.enable(feature, version);
            case "disable":
                return catalog.disable(feature, version);
            case "add-repository":
                return installer.addRepository(request.getParameter("url"));
            case "upload-kar":
                return installer.addKar(request.getParameter("name"), request.getInputStream());
            default:
                throw new ModuleProblem(400, "Unknown action '" + action + "': use enable, disable, add-repository or upload-kar.", null);
        }
    }

    /**
     * Why a POST is refused, or null. The console-wide origin guard has already run; the check is
     * repeated here so that the plugin stays safe if the guard is configured for another path.
     */
    private String refusal(HttpServletRequest request) {
        OriginCheck.Verdict verdict = protection.settings().check().check(request.getHeader("Origin"),
                request.getHeader("Referer"), request.getScheme(), request.getHeader("Host"));
        if (!verdict.allowed()) {
            return verdict.reason();
        }
        if (!tokens.matches(user(request), request.getHeader(TOKEN_HEADER))) {
            return "The request lacks the page's " + TOKEN_HEADER + " token. Reload the Practice Modules page and try again.";
        }
        return null;
    }

    /**
     * Serves {@code res/} to the console, which looks this method up by name for plugin
     * resources ({@code /system/console/alliance-modules/res/...}).
     */
    public URL getResource(String path) {
        if (path == null || !path.startsWith(RESOURCES) || path.contains("..")) {
            return null;
        }
        return ModulesPlugin.class.getResource("/res/" + path.substring(RESOURCES.length()));
    }

    /** The path below the plugin's label: "" for the page, "/modules.json" for the list. */
    private static String subPath(HttpServletRequest request) {
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        int at = info.indexOf("/" + LABEL);
        return at < 0 ? "" : info.substring(at + LABEL.length() + 1);
    }

    private static String pluginRoot(HttpServletRequest request) {
        Object root = request.getAttribute("felix.webconsole.pluginRoot");
        return root != null ? root.toString() : request.getContextPath() + request.getServletPath() + "/" + LABEL;
    }

    /** Who is signed in to the console; the token is bound to it. */
    private static String user(HttpServletRequest request) {
        Object fromContext = request.getAttribute("org.osgi.service.http.authentication.remote.user");
        return request.getRemoteUser() != null ? request.getRemoteUser() : fromContext == null ? "" : fromContext.toString();
    }

    private static Map<String, Object> json(Module m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", m.name());
        out.put("version", m.version());
        out.put("title", m.title());
        out.put("description", m.description());
        out.put("installed", m.installed());
        out.put("enabled", m.enabled());
        out.put("platform", m.platform());
        out.put("canDisable", m.canDisable());
        out.put("dependencies", m.dependencies());
        out.put("neededBy", m.neededBy());
        out.put("repository", m.repository());
        return out;
    }

    private static Map<String, Object> problem(ModuleProblem p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", false);
        out.put("message", p.getMessage());
        out.put("details", p.details());
        return out;
    }

    private static void reply(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(Json.write(body).getBytes(StandardCharsets.UTF_8));
    }
}
