package org.alliance.webconsole.internal.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.EnumSet;
import org.apache.karaf.features.FeaturesService.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModuleCatalogTest {

    private static final String V = "0.1.0.SNAPSHOT";

    private FakeFeatures features;
    private ModuleCatalog catalog;

    @BeforeEach
    void distribution() throws Exception {
        features = new FakeFeatures();
        features.enabled("alliance-runtime", V, "scr");
        features.enabled("alliance-core", V, "alliance-runtime");
        features.enabled("alliance-web", V, "alliance-core");
        features.available("alliance-all", V, "alliance-core", "alliance-web");
        features.available("webconsole", "4.4.10");
        catalog = new ModuleCatalog(features.service, TestModulesConfiguration.defaults());
    }

    @Test
    void listsEveryAllianceFeatureByNameAndNothingElse() throws Exception {
        features.available("alliance-scheduling", "1.0.0", "alliance-core");

        assertThat(catalog.modules()).extracting(Module::name)
                .containsExactly("alliance-all", "alliance-core", "alliance-runtime", "alliance-scheduling", "alliance-web");
    }

    @Test
    void listsEachVersionOfAFeatureOldestFirst() throws Exception {
        features.available("alliance-notes", "1.10.0");
        features.available("alliance-notes", "1.9.0");

        assertThat(catalog.modules()).filteredOn(m -> m.name().equals("alliance-notes")).extracting(Module::version)
                .containsExactly("1.9.0", "1.10.0");
    }

    @Test
    void marksThePlatformFeaturesFromTheConfiguration() throws Exception {
        features.available("alliance-scheduling", "1.0.0", "alliance-core");

        assertThat(catalog.modules()).filteredOn(Module::platform).extracting(Module::name)
                .containsExactly("alliance-all", "alliance-core", "alliance-runtime", "alliance-web");
    }

    @Test
    void showsWhatAModuleDependsOnAndWhichInstalledFeaturesNeedIt() throws Exception {
        Module core = module("alliance-core");

        assertThat(core.dependencies()).containsExactly("alliance-runtime");
        assertThat(core.neededBy()).containsExactly("alliance-web");
        assertThat(core.installed()).isTrue();
        assertThat(core.title()).isEqualTo("Core");
    }

    @Test
    void aTitleComesFromTheDescriptionBeforeItsColonOrElseFromTheName() {
        assertThat(Module.titleOf("alliance-modality-cbt", "Cognitive behavioural therapy (CBT) modality plugin: thought records"))
                .isEqualTo("Cognitive behavioural therapy (CBT) modality plugin");
        assertThat(Module.titleOf("alliance-peer-network", "Every colleague")).isEqualTo("Peer network");
        assertThat(Module.titleOf("alliance-peer-network", null)).isEqualTo("Peer network");
    }

    @Test
    void enablingInstallsTheFeatureWithoutRefreshingOtherBundles() throws Exception {
        features.available("alliance-scheduling", "1.0.0", "alliance-core");

        String message = catalog.enable("alliance-scheduling", "1.0.0");

        verify(features.service).installFeature("alliance-scheduling", "1.0.0", EnumSet.of(Option.NoAutoRefreshBundles));
        assertThat(message).isEqualTo("Enabled Scheduling (alliance-scheduling 1.0.0).");
    }

    @Test
    void enablingWithoutAVersionTakesTheNewest() throws Exception {
        features.available("alliance-notes", "1.9.0");
        features.available("alliance-notes", "1.10.0");

        catalog.enable("alliance-notes", null);

        verify(features.service).installFeature("alliance-notes", "1.10.0", EnumSet.of(Option.NoAutoRefreshBundles));
    }

    @Test
    void enablingAnEnabledModuleChangesNothing() throws Exception {
        assertThat(catalog.enable("alliance-web", V)).contains("already enabled");

        verify(features.service, never()).installFeature(anyString(), anyString(), any());
    }

    @Test
    void aModuleThatCannotResolveSaysWhyAndKeepsKarafsFullText() throws Exception {
        features.available("alliance-needy", "1.0.0", "alliance-core");
        doThrow(new Exception("Unable to resolve root: missing requirement [root] osgi.identity; osgi.identity=alliance-needy;"
                + " type=karaf.feature [caused by: Unable to resolve org.example.needy/1.0.0: missing requirement"
                + " [org.example.needy/1.0.0] osgi.wiring.package; filter:=\"(&(osgi.wiring.package=com.nope)(version>=1.2.0))\"]"))
                .when(features.service).installFeature(anyString(), anyString(), any());

        ModuleProblem problem = catchThrowableOfType(() -> catalog.enable("alliance-needy", "1.0.0"), ModuleProblem.class);

        assertThat(problem.getMessage()).startsWith("Could not enable alliance-needy: org.example.needy/1.0.0 needs the Java package com.nope");
        assertThat(problem.details()).contains("Unable to resolve root");
        assertThat(problem.status()).isEqualTo(409);
    }

    @Test
    void disablingUninstallsTheFeatureWithoutRefreshingOtherBundles() throws Exception {
        features.enabled("alliance-scheduling", "1.0.0", "alliance-core");

        String message = catalog.disable("alliance-scheduling", "1.0.0");

        verify(features.service).uninstallFeature("alliance-scheduling", "1.0.0", EnumSet.of(Option.NoAutoRefreshBundles));
        assertThat(message).contains("Disabled Scheduling").contains("data stays in the database");
    }

    @Test
    void aPlatformFeatureCannotBeDisabled() throws Exception {
        ModuleProblem problem = catchThrowableOfType(() -> catalog.disable("alliance-web", V), ModuleProblem.class);

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.getMessage()).isEqualTo("Web (alliance-web) is part of the platform and cannot be switched off:"
                + " the practice, its web app or this page need it.");
        verify(features.service, never()).uninstallFeature(anyString(), anyString(), any());
    }

    @Test
    void theConfigurationDecidesWhatIsPlatform() throws Exception {
        ModuleCatalog lenient = new ModuleCatalog(features.service, new TestModulesConfiguration(new String[] {"alliance-core"}, 100));

        lenient.disable("alliance-web", V);

        verify(features.service).uninstallFeature("alliance-web", V, EnumSet.of(Option.NoAutoRefreshBundles));
    }

    @Test
    void aModuleAnotherInstalledModuleNeedsCannotBeDisabled() throws Exception {
        features.enabled("alliance-notes", "1.0.0", "alliance-core");
        features.enabled("alliance-supervision", "1.0.0", "alliance-notes");

        ModuleProblem problem = catchThrowableOfType(() -> catalog.disable("alliance-notes", "1.0.0"), ModuleProblem.class);

        assertThat(problem.getMessage()).isEqualTo("Notes (alliance-notes) is needed by alliance-supervision. Disable that first.");
        assertThat(module("alliance-notes").canDisable()).isFalse();
    }

    @Test
    void aModuleInstalledOnlyAsADependencyIsNotOfferedForDisabling() throws Exception {
        features.pulledIn("alliance-extra", "1.0.0");

        assertThat(module("alliance-extra").canDisable()).isFalse();
        assertThat(catalog.disable("alliance-extra", "1.0.0")).isEqualTo("Extra (alliance-extra) is not enabled.");
        verify(features.service, never()).uninstallFeature(anyString(), anyString(), any());
    }

    @Test
    void onlyAllianceFeaturesCanBeSwitched() {
        ModuleProblem problem = catchThrowableOfType(() -> catalog.disable("webconsole", "4.4.10"), ModuleProblem.class);

        assertThat(problem.status()).isEqualTo(400);
    }

    @Test
    void anUnknownModuleIsNotFound() {
        ModuleProblem problem = catchThrowableOfType(() -> catalog.enable("alliance-nothing", "1.0.0"), ModuleProblem.class);

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.getMessage()).contains("alliance-nothing 1.0.0").contains("Add its repository or plugin first");
    }

    private Module module(String name) throws ModuleProblem {
        return catalog.modules().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }
}
