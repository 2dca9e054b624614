package org.alliance.webconsole.internal.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.Repository;
import org.apache.karaf.kar.KarService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a third-party plugin's features known: from a features repository URL, or from an
 * uploaded Karaf archive. Neither installs anything; the administrator then enables the new
 * modules on the page like any other ({@link ModuleCatalog#enable}).
 */
@Component(service = PluginInstaller.class, configurationPid = ModulesConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class PluginInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(PluginInstaller.class);
    private static final Set<String> SCHEMES = Set.of("mvn", "file", "http", "https");
    private static final long MEGABYTE = 1024L * 1024L;

    private final FeaturesService features;
    private final KarService kars;
    private volatile long maxUploadBytes;

    @Activate
    public PluginInstaller(@Reference FeaturesService features, @Reference KarService kars, ModulesConfiguration config) {
        this.features = features;
        this.kars = kars;
        modified(config);
    }

    @Modified
    void modified(ModulesConfiguration config) {
        this.maxUploadBytes = Math.max(1, config.maxUploadMegabytes()) * MEGABYTE;
    }

    /** Adds the features repository at {@code url}; a message naming the features it brought. */
    public String addRepository(String url) throws ModuleProblem {
        URI uri = repositoryUri(url);
        Set<String> known = ModuleCatalog.call("Could not list the features repositories", () ->
                Arrays.stream(features.listRepositories()).map(r -> r.getURI().toString()).collect(Collectors.toSet()));
        if (known.contains(uri.toString())) {
            return "The repository " + uri + " is already known; its modules are in the list.";
        }
        Set<String> before = featureIds();
        LOG.info("Adding features repository {}", uri);
        try {
            features.addRepository(uri, false);
        } catch (Exception e) {
            ModuleProblem problem = KarafErrors.problem(400, "Could not add the repository " + uri, e);
            LOG.warn("Adding features repository {} failed: {}", uri, problem.details());
            throw problem;
        }
        return "Added the repository " + uri + ". " + added(before);
    }

    static URI repositoryUri(String url) throws ModuleProblem {
        String u = url == null ? "" : url.trim();
        if (u.isEmpty()) {
            throw new ModuleProblem(400, "Enter the URL of a features repository, e.g."
                    + " mvn:org.example/example-features/1.0.0/xml/features.", null);
        }
        try {
            URI uri = new URI(u);
            if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
                throw new ModuleProblem(400, "'" + u + "' is not a features repository URL: it must start with mvn:,"
                        + " file:, http: or https:.", null);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ModuleProblem(400, "'" + u + "' is not a valid URL: " + e.getReason() + ".", e.toString());
        }
    }

    /**
     * Registers an uploaded Karaf archive: its bundles go to the server's system folder, its
     * repositories become known, its features stay off.
     *
     * @param fileName the name the administrator's file had, for the kar's name and messages
     * @param body the archive's bytes; read up to the configured limit
     */
    public String addKar(String fileName, InputStream body) throws ModuleProblem {
        String name = karName(fileName);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("alliance-kar-");
            Path upload = dir.resolve("upload.zip");
            copyLimited(body, upload, name);
            Path kar = dir.resolve(name);
            refuseToSwitchOff(KarArchive.prepare(upload, kar, name), name);
            Set<String> before = featureIds();
            LOG.info("Installing the Karaf archive {} (features are not started)", name);
            try {
                kars.install(kar.toUri());
            } catch (Exception e) {
                ModuleProblem problem = KarafErrors.problem(400, "Could not add the plugin " + name, e);
                LOG.warn("Installing the Karaf archive {} failed: {}", name, problem.details());
                throw problem;
            }
            return "Added the plugin " + name + ". " + added(before);
        } catch (IOException e) {
            throw new ModuleProblem(500, "Could not store the uploaded plugin " + name + ": " + e.getMessage(), e.toString());
        } finally {
            deleteQuietly(dir);
        }
    }

    /**
     * Karaf re-reads a features repository it already knows by removing it first, which
     * uninstalls its features (and refreshes bundles). Uploading a plugin must not switch
     * modules off behind the administrator's back.
     */
    private void refuseToSwitchOff(List<URI> repositories, String name) throws ModuleProblem {
        for (URI uri : repositories) {
            Repository known = ModuleCatalog.call("Could not read the repository " + uri, () -> features.getRepository(uri));
            List<String> on = known == null ? List.of() : Arrays.stream(known.getFeatures()).filter(features::isInstalled)
                    .map(Feature::getName).distinct().sorted().toList();
            if (!on.isEmpty()) {
                throw new ModuleProblem(409, name + " holds the repository " + uri + ", which is already known, and its"
                        + " modules " + String.join(", ", on) + " are on: adding it again would switch them off. Disable"
                        + " them first, or upload the plugin's new version.", null);
            }
        }
    }

    /** Karaf names an installed kar after its file: keep the administrator's name, made safe for a path. */
    static String karName(String fileName) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.toLowerCase(Locale.ROOT).endsWith(".kar")) {
            base = base.substring(0, base.length() - 4);
        }
        base = base.replaceAll("^[._]+", "");
        return (base.isEmpty() ? "plugin" : base) + ".kar";
    }

    private void copyLimited(InputStream body, Path target, String name) throws IOException, ModuleProblem {
        long limit = maxUploadBytes;
        try (OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = body.read(buffer)) != -1; ) {
                total += n;
                if (total > limit) {
                    throw new ModuleProblem(413, name + " is larger than " + limit / MEGABYTE + " MB, the limit set in"
                            + " 'Alliance Practice Modules'.", null);
                }
                out.write(buffer, 0, n);
            }
            if (total == 0) {
                throw new ModuleProblem(400, "The upload was empty: choose a .kar file.", null);
            }
        }
    }

    private Set<String> featureIds() throws ModuleProblem {
        return Arrays.stream(ModuleCatalog.call("Could not list the features", features::listFeatures))
                .map(Feature::getId).collect(Collectors.toSet());
    }

    /** "New modules: a, b. Enable them in the list." from the features that were not there before. */
    private String added(Set<String> before) throws ModuleProblem {
        List<Feature> fresh = Arrays.stream(ModuleCatalog.call("Could not list the features", features::listFeatures))
                .filter(f -> !before.contains(f.getId())).toList();
        List<String> modules = fresh.stream().map(Feature::getName).filter(n -> n.startsWith(ModuleCatalog.PREFIX))
                .distinct().sorted().toList();
        if (modules.isEmpty()) {
            return fresh.isEmpty() ? "It brought no new features."
                    : "It brought no Alliance modules (features named " + ModuleCatalog.PREFIX + "...), so the list"
                            + " does not change.";
        }
        return "New modules: " + String.join(", ", modules) + ". Enable them in the list.";
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("Could not delete {}", dir, e);
        }
    }
}
