package org.alliance.webconsole.internal.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KarArchiveTest {

    @TempDir
    Path dir;

    @Test
    void theCopyTellsKarafNotToStartTheFeaturesAndKeepsTheRest() throws Exception {
        Path kar = prepare(Kars.plugin());

        try (JarInputStream in = new JarInputStream(Files.newInputStream(kar))) {
            // JarInputStream finds the manifest only at the start, as Karaf's reader does.
            assertThat(in.getManifest().getMainAttributes().getValue("Karaf-Feature-Start")).isEqualTo("false");
            assertThat(in.getManifest().getMainAttributes().getValue("Created-By")).isEqualTo("test");
            List<String> names = new ArrayList<>();
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName() + "=" + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            assertThat(names).containsExactly(
                    "repository/org/example/notes-features/1.0/notes-features-1.0-features.xml=<features/>",
                    "repository/org/example/notes/1.0/notes-1.0.jar=bundle");
        }
    }

    @Test
    void theRepositoriesAreNamedAsKarafNamesThem() throws Exception {
        Path in = Files.write(dir.resolve("upload.zip"), Kars.plugin());

        assertThat(KarArchive.prepare(in, dir.resolve("notes.kar"), "notes.kar"))
                .containsExactly(URI.create("mvn:org.example/notes-features/1.0/xml/features"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"repository/org/example/notes/1.0/maven-metadata-local.xml", "repository/notes-features.xml",
        "repository/org/example/notes/1.0/notes-1.0.jar", "resources/org/example/notes/1.0/notes-1.0-features.xml"})
    void otherEntriesAreNoRepositoryKarafNamesByCoordinates(String entry) {
        assertThat(KarArchive.repositoryUri(entry)).isNull();
    }

    @Test
    void aKarWithoutManifestGetsOne() throws Exception {
        Path kar = prepare(Kars.zip("repository/a/b/1/b-1-features.xml", "<features/>"));

        try (InputStream file = Files.newInputStream(kar); JarInputStream in = new JarInputStream(file)) {
            assertThat(in.getManifest().getMainAttributes().getValue("Karaf-Feature-Start")).isEqualTo("false");
        }
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws Exception {
        ModuleProblem problem = refused("just text".getBytes(StandardCharsets.UTF_8));

        assertThat(problem.getMessage()).isEqualTo("notes.kar is not a Karaf archive (.kar): it cannot be read as a zip file.");
    }

    @Test
    void aZipWithoutFeaturesRepositoryIsRefused() throws Exception {
        ModuleProblem problem = refused(Kars.zip("lib/notes.jar", "bundle"));

        assertThat(problem.getMessage()).startsWith("notes.kar contains no features repository");
    }

    @Test
    void anEntryThatClimbsOutOfItsFolderIsRefused() throws Exception {
        ModuleProblem problem = refused(Kars.zip("repository/a/1/a-1-features.xml", "<features/>", "repository/../../etc/x.cfg", "x"));

        assertThat(problem.getMessage()).contains("'repository/../../etc/x.cfg'").contains("climbs out");
    }

    private Path prepare(byte[] upload) throws Exception {
        Path in = Files.write(dir.resolve("upload.zip"), upload);
        Path kar = dir.resolve("notes.kar");
        KarArchive.prepare(in, kar, "notes.kar");
        return kar;
    }

    private ModuleProblem refused(byte[] upload) throws Exception {
        Path in = Files.write(dir.resolve("upload.zip"), upload);
        ModuleProblem problem = catchThrowableOfType(() -> KarArchive.prepare(in, dir.resolve("notes.kar"), "notes.kar"),
                ModuleProblem.class);
        assertThat(problem.status()).isEqualTo(400);
        return problem;
    }
}
