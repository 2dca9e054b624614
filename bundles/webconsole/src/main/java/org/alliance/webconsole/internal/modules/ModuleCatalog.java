package org.alliance.webconsole.internal.modules;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.FeaturesService.Option;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Alliance features Karaf knows of, and switching them on and off at run time.
 *
 * <p>Enabling and disabling go through Karaf's {@link FeaturesService} with
 * {@link Option#NoAutoRefreshBundles}: Karaf would otherwise refresh every bundle whose wiring
 * might change, core among them, and core holds the signed-in sessions in memory. Modules
 * depend only on the API and core and export nothing, so nothing needs the refresh. Disabling
 * uninstalls bundles and never touches the database: a module's schema and records stay for
 * when it is enabled again.
 */
@Component(service = ModuleCatalog.class, configurationPid = ModulesConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ModulesConfiguration.class)
public class ModuleCatalog {

    /** Alliance features, ours and third parties', are named alliance-*. */
    public static final String PREFIX = "alliance-";

    private static final Logger LOG = LoggerFactory.getLogger(ModuleCatalog.class);
    private static final EnumSet<Option> NO_REFRESH = EnumSet.of(Option.NoAutoRefreshBundles);

    private final FeaturesService features;
    private volatile Set<String> platform;

    @Activate
    public ModuleCatalog(@Reference FeaturesService features, ModulesConfiguration config) {
        this.features = features;
        this.platform = platform(config);
    }

    @Modified
    void modified(ModulesConfiguration config) {
        this.platform = platform(config);
    }

    private static Set<String> platform(ModulesConfiguration config) {
        return Arrays.stream(config.protectedFeatures()).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Every alliance-* feature of every known repository, by name and then version. */
    public List<Module> modules() throws ModuleProblem {
        Feature[] all = call("Could not list the features", features::listFeatures);
        Feature[] installed = call("Could not list the installed features", features::listInstalledFeatures);
        return Arrays.stream(all).filter(f -> f.getName().startsWith(PREFIX))
                .sorted(Comparator.comparing(Feature::getName).thenComparing(f -> version(f.getVersion())))
                .map(f -> module(f, installed))
                .toList();
    }

    private Module module(Feature f, Feature[] installed) {
        List<String> dependencies = f.getDependencies().stream().map(Dependency::getName).distinct().toList();
        return new Module(f.getName(), f.getVersion(), Module.titleOf(f.getName(), f.getDescription()),
                f.getDescription() == null ? "" : f.getDescription(), features.isInstalled(f), features.isRequired(f),
                platform.contains(f.getName()), dependencies, neededBy(f, installed), f.getRepositoryUrl());
    }

    /** The installed features that depend on {@code f}: while they are there, it must stay. */
    private static List<String> neededBy(Feature f, Feature[] installed) {
        return Stream.of(installed)
                .filter(other -> !other.getName().equals(f.getName()))
                .filter(other -> other.getDependencies().stream().anyMatch(d -> d.getName().equals(f.getName())))
                .map(Feature::getName).distinct().sorted().toList();
    }

    /** Installs the module and what it depends on; a message for the administrator. */
    public String enable(String name, String version) throws ModuleProblem {
        Module module = find(name, version);
        if (module.enabled()) {
            return module.title() + " (" + module.name() + ") is already enabled.";
        }
        LOG.info("Enabling {}/{}", module.name(), module.version());
        try {
            features.installFeature(module.name(), module.version(), NO_REFRESH);
        } catch (Exception e) {
            ModuleProblem problem = KarafErrors.problem(409, "Could not enable " + module.name(), e);
            LOG.warn("Enabling {}/{} failed: {}", module.name(), module.version(), problem.details());
            throw problem;
        }
        return "Enabled " + module.title() + " (" + module.name() + " " + module.version() + ").";
    }

    /** Uninstalls the module's bundles; its data stays in the database. A message for the administrator. */
    public String disable(String name, String version) throws ModuleProblem {
        Module module = find(name, version);
        if (module.platform()) {
            throw new ModuleProblem(409, module.title() + " (" + module.name() + ") is part of the platform and cannot"
                    + " be switched off: the practice, its web app or this page need it.", null);
        }
        if (!module.neededBy().isEmpty()) {
            throw new ModuleProblem(409, module.title() + " (" + module.name() + ") is needed by "
                    + String.join(", ", module.neededBy()) + ". Disable " + (module.neededBy().size() == 1 ? "that" : "those")
                    + " first.", null);
        }
        if (!module.enabled()) {
            return module.title() + " (" + module.name() + ") is not enabled.";
        }
        LOG.info("Disabling {}/{}", module.name(), module.version());
        try {
            features.uninstallFeature(module.name(), module.version(), NO_REFRESH);
        } catch (Exception e) {
            ModuleProblem problem = KarafErrors.problem(500, "Could not disable " + module.name(), e);
            LOG.warn("Disabling {}/{} failed: {}", module.name(), module.version(), problem.details());
            throw problem;
        }
        return "Disabled " + module.title() + " (" + module.name() + " " + module.version()
                + "). Its data stays in the database for when it is enabled again.";
    }

    private Module find(String name, String version) throws ModuleProblem {
        if (name == null || !name.startsWith(PREFIX)) {
            throw new ModuleProblem(400, "Only Alliance modules (features named " + PREFIX + "...) can be switched here.", null);
        }
        return modules().stream()
                .filter(m -> m.name().equals(name) && (version == null || version.isBlank() || m.version().equals(version)))
                .reduce((a, b) -> version(a.version()).compareTo(version(b.version())) >= 0 ? a : b)
                .orElseThrow(() -> new ModuleProblem(404, "No module " + name
                        + (version == null || version.isBlank() ? "" : " " + version)
                        + " is known. Add its repository or plugin first.", null));
    }

    private static Version version(String v) {
        try {
            return Version.parseVersion(v);
        } catch (IllegalArgumentException notOsgi) {
            return Version.emptyVersion;
        }
    }

    /** A Karaf call that declares {@code throws Exception}. */
    interface KarafCall<T> {
        T call() throws Exception;
    }

    static <T> T call(String doing, KarafCall<T> call) throws ModuleProblem {
        try {
            return call.call();
        } catch (Exception e) {
            throw KarafErrors.problem(500, doing, e);
        }
    }
}
