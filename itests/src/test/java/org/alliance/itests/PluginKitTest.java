package org.alliance.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin kit end to end, as a third party and a practice go through it (docs/plugin-guide.md,
 * "Writing a modality plugin"): generate a project from the modality plugin archetype, build it
 * with Maven, upload its .kar on the web console's Practice Modules page, enable it, find the
 * modality and its template at {@code GET /api/v1/modalities}, disable it and find it gone.
 *
 * <p>Maven runs offline against the local repository the build uses, so everything the generated
 * project needs must already be there: the Alliance API and the plugins the build itself uses.
 */
class PluginKitTest {

    private static final String PAGE = ModulesConsole.PAGE;
    private static final String ARCHETYPE = "META-INF/maven/org.alliance/alliance-modality-plugin-archetype/";
    private static final Duration MAVEN_TIMEOUT = Duration.ofMinutes(5);

    @TempDir
    static Path workspace;

    private static Path kar;
    private static Distribution server;

    @BeforeAll
    static void generateBuildAndStart() throws Exception {
        Archetype archetype = Archetype.onClasspath();
        archetype.ensureInstalled();

        // The archetype plugin by its full coordinates: offline, Maven cannot look up which plugin
        // the "archetype:" prefix means unless some earlier online run cached the group's metadata.
        maven(workspace, archetype.plugin("generate"),
                "-DarchetypeGroupId=org.alliance", "-DarchetypeArtifactId=alliance-modality-plugin-archetype",
                "-DarchetypeVersion=" + archetype.version(),
                "-DgroupId=com.example", "-DartifactId=modality-sample", "-Dversion=1.0.0",
                "-Dpackage=com.example.sample", "-DmodalityId=sample", "-DmodalityName=Sample therapy",
                "-DinteractiveMode=false");
        Path project = workspace.resolve("modality-sample");
        maven(project, "package");
        kar = project.resolve("target/modality-sample-1.0.0.kar");
        assertThat(kar).as("the .kar the guide tells an author to upload").isRegularFile();

        // Uploading a kar writes its bundle into the server's system/ folder: give it its own.
        server = Distribution.withAdminFromEnvironment().withOwnSystemRepository().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aGeneratedPluginUploadedInTheConsoleOffersItsModalityUntilItIsDisabled() throws Exception {
        Api user = Api.session(server, "admin", Distribution.ADMIN_PASSWORD);
        assertThat(modality(user, "sample")).as("before the upload").isNull();

        Api.Reply uploaded = withToken().sendBytes("POST", PAGE + "?action=upload-kar&name="
                + URLEncoder.encode(kar.getFileName().toString(), StandardCharsets.UTF_8), "application/octet-stream",
                Files.readAllBytes(kar));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.text("message")).contains("New modules: alliance-modality-sample.");

        Api.Reply enabled = act("enable", "alliance-modality-sample");
        assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);

        JsonNode sample = eventually(() -> modality(user, "sample"), m -> m != null);
        assertThat(sample).as("GET /api/v1/modalities lists the plugin's modality").isNotNull();
        assertThat(sample.path("name").asText()).isEqualTo("Sample therapy");
        assertThat(sample.path("plugin").asText()).isEqualTo("modality-sample");
        assertThat(sample.path("cadence").path("sessionMinutes").asInt()).isEqualTo(50);
        assertThat(sample.path("terminationConsiderations")).isNotEmpty();
        JsonNode template = sample.path("noteTemplates").path(0);
        assertThat(template.path("id").asText()).isEqualTo("session");
        assertThat(template.path("title").asText()).isEqualTo("Sample therapy session note");
        assertThat(StreamSupport.stream(template.path("fields").spliterator(), false).map(f -> f.path("id").asText()))
                .containsExactly("focus", "work", "distress", "engagement", "between-sessions", "review-on");
        assertThat(sample.path("outcomeMeasures").path(0).path("id").asText()).isEqualTo("example-check-in");
        assertThat(sample.path("outcomeMeasures").path(0).path("bands")).hasSize(3);
        JsonNode module = eventually(() -> module(user, "modality-sample"), m -> m != null && m.path("ready").asBoolean());
        assertThat(module).as("GET /api/v1/modules: the plugin is listed and ready").isNotNull();
        assertThat(module.path("kind").asText()).isEqualTo("plugin");

        Api.Reply disabled = act("disable", "alliance-modality-sample");
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);

        assertThat(eventually(() -> modality(user, "sample"), m -> m == null)).as("after disabling").isNull();
        assertThat(user.get("/api/v1/auth/session").status()).as("core kept running").isEqualTo(200);
    }

    /** The modality with this id in {@code GET /api/v1/modalities}, or null. */
    private static JsonNode modality(Api user, String id) {
        Api.Reply list = user.get("/api/v1/modalities");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return find(list.json(), id);
    }

    /** The module with this id in {@code GET /api/v1/modules}, or null. */
    private static JsonNode module(Api user, String id) {
        Api.Reply list = user.get("/api/v1/modules");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return find(list.json(), id);
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (node.path("id").asText().equals(id)) {
                return node;
            }
        }
        return null;
    }

    private static Api withToken() {
        return ModulesConsole.of(server).withToken();
    }

    private static Api.Reply act(String action, String feature) {
        return ModulesConsole.of(server).act(action, feature);
    }

    private static <T> T eventually(Supplier<T> read, Predicate<T> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        T last = read.get();
        while (!done.test(last) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            last = read.get();
        }
        return last;
    }

    /**
     * Runs the Maven of this build, offline, on the local repository of this build. Surefire
     * passes the local repository as {@code localRepository}; Maven's home only if configured, so
     * otherwise {@code mvn} from the PATH.
     */
    private static void maven(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-o", "-B", "-q"));
        String repository = System.getProperty("localRepository");
        if (repository != null && !repository.isBlank()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(workspace, "maven-", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = pb.start();
        if (!process.waitFor(MAVEN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " took over " + MAVEN_TIMEOUT.toMinutes() + " minutes:\n"
                    + Files.readString(log));
        }
        assertThat(process.exitValue()).as("%s in %s failed:%n%s", String.join(" ", command), directory, Files.readString(log))
                .isZero();
    }

    private static String mavenExecutable() {
        for (String home : new String[] {System.getProperty("maven.home"), System.getenv("MAVEN_HOME")}) {
            if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
                return Path.of(home, "bin", "mvn").toString();
            }
        }
        return "mvn";
    }

    /**
     * The archetype this build made, found through the test classpath (itests depends on it, so
     * the reactor builds it first), with the maven-archetype-plugin version it was built with.
     */
    private record Archetype(Path jar, String version, String pluginVersion) {

        static Archetype onClasspath() throws IOException, URISyntaxException {
            URL properties = PluginKitTest.class.getClassLoader().getResource(ARCHETYPE + "pom.properties");
            assertThat(properties).as("the archetype jar on the test classpath (build archetypes/modality-plugin first)")
                    .isNotNull();
            assertThat(properties.getProtocol()).as("the packaged archetype (run at least `package`): " + properties)
                    .isEqualTo("jar");
            Path jar = Path.of(((JarURLConnection) properties.openConnection()).getJarFileURL().toURI());
            Properties p = new Properties();
            try (InputStream in = properties.openStream()) {
                p.load(in);
            }
            String pom = pom(jar);
            Matcher plugin = Pattern.compile("<archetype\\.version>([^<]+)</archetype\\.version>").matcher(pom);
            assertThat(plugin.find()).as("archetype.version in the archetype's pom").isTrue();
            return new Archetype(jar, p.getProperty("version"), plugin.group(1));
        }

        String plugin(String goal) {
            return "org.apache.maven.plugins:maven-archetype-plugin:" + pluginVersion + ":" + goal;
        }

        /**
         * archetype:generate reads archetypes from the local repository only, but {@code mvn verify}
         * builds this one without installing it: install the jar this build made, unless it is
         * already the installed one (the classpath then points into the local repository).
         */
        void ensureInstalled() throws IOException, InterruptedException {
            String repository = System.getProperty("localRepository",
                    Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
            if (jar.toAbsolutePath().normalize().startsWith(Path.of(repository).toAbsolutePath().normalize())) {
                return;
            }
            Path pom = Files.writeString(workspace.resolve("archetype-pom.xml"), pom(jar));
            // The install plugin's version of the parent pom's pluginManagement, so it is in the local repository.
            maven(workspace, "org.apache.maven.plugins:maven-install-plugin:3.1.3:install-file",
                    "-Dfile=" + jar, "-DpomFile=" + pom, "-Dpackaging=jar");
        }

        private static String pom(Path jar) throws IOException {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry entry = zip.getEntry(ARCHETYPE + "pom.xml");
                if (entry == null) {
                    throw new IOException(jar + " has no " + ARCHETYPE + "pom.xml");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
    }
}
