package org.alliance.webconsole.internal.modules;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;

/**
 * A Mockito {@link FeaturesService} over a list of features, each known as installed,
 * enabled (required) or neither. Tests add features, then verify the calls.
 */
final class FakeFeatures {

    final FeaturesService service = mock(FeaturesService.class);
    private final List<Feature> all = new ArrayList<>();
    private final Set<Feature> installed = new HashSet<>();
    private final Set<Feature> required = new HashSet<>();

    FakeFeatures() throws Exception {
        when(service.listFeatures()).thenAnswer(i -> all.toArray(new Feature[0]));
        when(service.listInstalledFeatures()).thenAnswer(i -> installed.toArray(new Feature[0]));
        when(service.isInstalled(any())).thenAnswer(i -> installed.contains(i.getArgument(0)));
        when(service.isRequired(any())).thenAnswer(i -> required.contains(i.getArgument(0)));
    }

    /** A feature nobody asked for. */
    Feature available(String name, String version, String... dependencies) {
        Feature f = mock(Feature.class);
        when(f.getName()).thenReturn(name);
        when(f.getVersion()).thenReturn(version);
        when(f.getId()).thenReturn(name + "/" + version);
        when(f.getDescription()).thenReturn("The " + name + " feature");
        when(f.getRepositoryUrl()).thenReturn("mvn:org.example/features/1.0/xml/features");
        List<Dependency> deps = Arrays.stream(dependencies).map(FakeFeatures::dependency).toList();
        when(f.getDependencies()).thenReturn(deps);
        all.add(f);
        return f;
    }

    /** A feature the administrator (or the distribution) enabled. */
    Feature enabled(String name, String version, String... dependencies) {
        Feature f = available(name, version, dependencies);
        installed.add(f);
        required.add(f);
        return f;
    }

    /** A feature that is installed only because another one depends on it. */
    Feature pulledIn(String name, String version) {
        Feature f = available(name, version);
        installed.add(f);
        return f;
    }

    private static Dependency dependency(String name) {
        Dependency d = mock(Dependency.class);
        when(d.getName()).thenReturn(name);
        return d;
    }
}
