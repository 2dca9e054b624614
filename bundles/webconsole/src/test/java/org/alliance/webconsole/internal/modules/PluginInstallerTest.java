package org.alliance.webconsole.internal.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.jar.JarInputStream;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.Repository;
import org.apache.karaf.kar.KarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PluginInstallerTest {

    private final KarService kars = mock(KarService.class);
    private FakeFeatures features;
    private PluginInstaller installer;

    @BeforeEach
    void server() throws Exception {
        features = new FakeFeatures();
        features.enabled("alliance-core", "0.1.0");
        Repository alliance = mock(Repository.class);
        when(alliance.getURI()).thenReturn(URI.create("mvn:org.alliance/alliance-features/0.1.0/xml/features"));
        when(features.service.listRepositories()).thenReturn(new Repository[] {alliance});
        installer = new PluginInstaller(features.service, kars, TestModulesConfiguration.defaults());
    }

    @Test
    void addingARepositoryNamesTheModulesItBrought() throws Exception {
        doAnswer(i -> {
            features.available("alliance-notes", "1.0.0");
            features.available("notes-support", "1.0.0");
            return null;
        }).when(features.service).addRepository(URI.create("file:/plugins/notes.xml"), false);

        String message = installer.addRepository(" file:/plugins/notes.xml ");

        assertThat(message).isEqualTo("Added the repository file:/plugins/notes.xml. New modules: alliance-notes."
                + " Enable them in the list.");
    }

    @Test
    void aRepositoryWithoutAllianceModulesSaysTheListDoesNotChange() throws Exception {
        doAnswer(i -> features.available("other", "1.0.0")).when(features.service).addRepository(any(), any(Boolean.class));

        assertThat(installer.addRepository("mvn:org.example/other/1.0/xml/features"))
                .endsWith("It brought no Alliance modules (features named alliance-...), so the list does not change.");
    }

    @Test
    void aKnownRepositoryIsNotAddedAgain() throws Exception {
        assertThat(installer.addRepository("mvn:org.alliance/alliance-features/0.1.0/xml/features")).contains("already known");

        verify(features.service, never()).addRepository(any(), any(Boolean.class));
    }

    @Test
    void anUnreadableRepositoryIsRefusedWithTheReason() throws Exception {
        doThrow(new RuntimeException("x", new FileNotFoundException("/plugins/none.xml (No such file or directory)")))
                .when(features.service).addRepository(any(), any(Boolean.class));

        ModuleProblem problem = catchThrowableOfType(() -> installer.addRepository("file:/plugins/none.xml"), ModuleProblem.class);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.getMessage()).isEqualTo("Could not add the repository file:/plugins/none.xml: there is nothing"
                + " to read at that address (/plugins/none.xml (No such file or directory)).");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "   ", "notes.xml", "ftp://example.org/notes.xml", "jar:file:/x!/y", "http://bad host/x"})
    void onlyMvnFileAndHttpUrlsAreAccepted(String url) {
        ModuleProblem problem = catchThrowableOfType(() -> PluginInstaller.repositoryUri(url), ModuleProblem.class);

        assertThat(problem.status()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mvn:org.example/notes/1.0/xml/features", "file:/opt/notes.xml", "https://example.org/notes.xml"})
    void mvnFileAndHttpUrlsAreAccepted(String url) throws Exception {
        assertThat(PluginInstaller.repositoryUri(url)).isEqualTo(URI.create(url));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"notes-1.0.kar, notes-1.0.kar", "C:\\Users\\me\\notes.KAR, notes.kar", "../../etc/passwd, passwd.kar",
        "my notes (2).kar, my_notes__2_.kar", "'', plugin.kar", ".kar, plugin.kar"})
    void theKarKeepsTheAdministratorsFileNameMadeSafe(String fileName, String karName) {
        assertThat(PluginInstaller.karName(fileName)).isEqualTo(karName);
    }

    @Test
    void anUploadedKarIsRegisteredWithItsFeaturesLeftOff() throws Exception {
        AtomicReference<String> featureStart = new AtomicReference<>();
        AtomicReference<URI> installed = new AtomicReference<>();
        doAnswer(i -> {
            URI uri = i.getArgument(0);
            installed.set(uri);
            try (JarInputStream in = new JarInputStream(Files.newInputStream(Path.of(uri)))) {
                featureStart.set(in.getManifest().getMainAttributes().getValue("Karaf-Feature-Start"));
            }
            features.available("alliance-notes", "1.0.0");
            return null;
        }).when(kars).install(any(URI.class));

        String message = installer.addKar("notes-1.0.kar", new ByteArrayInputStream(Kars.plugin()));

        assertThat(message).isEqualTo("Added the plugin notes-1.0.kar. New modules: alliance-notes. Enable them in the list.");
        assertThat(featureStart).hasValue("false");
        assertThat(Path.of(installed.get()).getFileName()).hasToString("notes-1.0.kar");
        assertThat(Path.of(installed.get())).doesNotExist();
    }

    @Test
    void reUploadingAPluginWhoseModulesAreOnIsRefused() throws Exception {
        knownRepository("mvn:org.example/notes-features/1.0/xml/features", features.enabled("alliance-notes", "1.0"));

        ModuleProblem problem = catchThrowableOfType(() -> installer.addKar("notes.kar",
                new ByteArrayInputStream(Kars.plugin())), ModuleProblem.class);

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.getMessage()).isEqualTo("notes.kar holds the repository mvn:org.example/notes-features/1.0/xml/features,"
                + " which is already known, and its modules alliance-notes are on: adding it again would switch them off."
                + " Disable them first, or upload the plugin's new version.");
        verify(kars, never()).install(any(URI.class));
    }

    @Test
    void reUploadingAPluginWhoseModulesAreOffIsAllowed() throws Exception {
        knownRepository("mvn:org.example/notes-features/1.0/xml/features", features.available("alliance-notes", "1.0"));

        assertThat(installer.addKar("notes.kar", new ByteArrayInputStream(Kars.plugin()))).endsWith("It brought no new features.");
        verify(kars).install(any(URI.class));
    }

    private void knownRepository(String uri, Feature... content) throws Exception {
        Repository repository = mock(Repository.class);
        when(repository.getFeatures()).thenReturn(content);
        when(features.service.getRepository(URI.create(uri))).thenReturn(repository);
    }

    @Test
    void anUploadLargerThanTheLimitIsRefused() throws Exception {
        installer = new PluginInstaller(features.service, kars, TestModulesConfiguration.defaults().withMaxUploadMegabytes(1));

        ModuleProblem problem = catchThrowableOfType(() -> installer.addKar("big.kar",
                new ByteArrayInputStream(new byte[1024 * 1024 + 1])), ModuleProblem.class);

        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.getMessage()).isEqualTo("big.kar is larger than 1 MB, the limit set in 'Alliance Practice Modules'.");
        verify(kars, never()).install(any(URI.class));
    }

    @Test
    void anEmptyUploadIsRefused() throws Exception {
        ModuleProblem problem = catchThrowableOfType(() -> installer.addKar("x.kar", new ByteArrayInputStream(new byte[0])),
                ModuleProblem.class);

        assertThat(problem.getMessage()).isEqualTo("The upload was empty: choose a .kar file.");
    }

    @Test
    void aKarKarafCannotInstallIsRefusedWithTheReason() throws Exception {
        doThrow(new IllegalStateException("Kar notes-1.0 is already installed")).when(kars).install(any(URI.class));

        ModuleProblem problem = catchThrowableOfType(() -> installer.addKar("notes-1.0.kar",
                new ByteArrayInputStream(Kars.plugin())), ModuleProblem.class);

        assertThat(problem.getMessage()).isEqualTo("Could not add the plugin notes-1.0.kar: Kar notes-1.0 is already installed");
    }
}
