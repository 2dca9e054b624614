package org.alliance.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The assembled Alliance distribution running as a real process: a fresh copy of
 * {@code karaf-distribution/target/assembly} with its own data directory and free ports,
 * started with {@code bin/karaf server} exactly as an administrator would.
 */
public final class Distribution implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "first-admin-password";
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(180);

    private final Path home;
    private final int httpPort;
    private final int sshPort;
    private final Map<String, String> environment;
    private Process process;

    private Distribution(Path home, Map<String, String> environment) {
        this.home = home;
        this.environment = environment;
        this.httpPort = freePort();
        this.sshPort = freePort();
    }

    /** A fresh distribution whose first admin ({@code admin}/{@link #ADMIN_PASSWORD}) comes from the environment. */
    public static Distribution withAdminFromEnvironment() {
        return create(Map.of("ALLIANCE_ADMIN_PASSWORD", ADMIN_PASSWORD));
    }

    /** A fresh distribution with no first admin configured: it must offer the one-time setup. */
    public static Distribution withoutAdmin() {
        return create(Map.of());
    }

    private static Distribution create(Map<String, String> environment) {
        Path assembly = Path.of(System.getProperty("alliance.assembly", "../karaf-distribution/target/assembly"))
                .toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("alliance.work", "target/distributions")).toAbsolutePath();
        Path home = work.resolve("alliance-" + ProcessHandle.current().pid() + "-" + COUNT.incrementAndGet());
        try {
            copy(assembly, home);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the assembly from " + assembly + "; build it first", e);
        }
        return new Distribution(home, environment);
    }

    /** What a run leaves in the assembly folder, if someone ran it in place: never copied. */
    private static final List<String> RUNTIME_STATE = List.of("data", "instances", "lock", "karaf.out");

    /** Copies the assembly; the large read-only folders (system/, lib/) are linked, not copied. */
    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> entries = Files.list(from)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (RUNTIME_STATE.contains(name)) {
                    continue;
                }
                if (name.equals("system") || name.equals("lib")) {
                    Files.createSymbolicLink(to.resolve(name), entry);
                } else {
                    copyTree(entry, to.resolve(name));
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path p : tree.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /**
     * Gives this copy a system/ folder of its own (about 55 MB) instead of the link to the
     * assembly's, for tests that install plugins: Karaf may write what it installs into
     * system/, which would otherwise change the shared build output. Call before {@link #start()}.
     */
    public Distribution withOwnSystemRepository() {
        Path system = home.resolve("system");
        try {
            if (Files.isSymbolicLink(system)) {
                Path assembly = Files.readSymbolicLink(system);
                Files.delete(system);
                copyTree(assembly, system);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the system repository into " + system, e);
        }
        return this;
    }

    /** Starts the server and waits until {@code /api/v1/health} answers 200. */
    public Distribution start() {
        try {
            setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort));
            setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(sshPort));
            ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("karaf.out").toFile()));
            pb.environment().keySet().removeIf(k -> k.startsWith("ALLIANCE_") || k.startsWith("KARAF_"));
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            pb.environment().putAll(environment);
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy();
        return this;
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The distribution exited during boot:\n" + logTail());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/v1/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException("Not healthy after " + BOOT_TIMEOUT.toSeconds() + " s:\n" + logTail());
    }

    /** Stops the server the way an administrator does ({@code bin/stop}) and waits for it to exit. */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                    .waitFor(60, TimeUnit.SECONDS);
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                killHard();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the Java process with SIGKILL, as a power cut or an OOM killer would: no shutdown hooks run. */
    public void killHard() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> javas = process.descendants().filter(p -> p.info().command().orElse("").endsWith("java")).toList();
        javas.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
            for (ProcessHandle java : javas) {
                java.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("The server did not die", e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    public int httpPort() {
        return httpPort;
    }

    public int sshPort() {
        return sshPort;
    }

    public Path home() {
        return home;
    }

    /** The server log (data/log/karaf.log). */
    public String log() {
        try {
            Path log = home.resolve("data/log/karaf.log");
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one-time setup token the server logged on first start. */
    public String setupToken() {
        Matcher m = Pattern.compile("setup token: ([0-9a-f]{24})").matcher(log());
        String token = null;
        while (m.find()) {
            token = m.group(1);
        }
        if (token == null) {
            throw new IllegalStateException("No setup token in the log");
        }
        return token;
    }

    private String logTail() {
        String log = log();
        String out;
        try {
            Path p = home.resolve("karaf.out");
            out = Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            out = "";
        }
        return "karaf.out:\n" + tail(out) + "\nkaraf.log:\n" + tail(log);
    }

    private static String tail(String s) {
        return s.length() > 6000 ? s.substring(s.length() - 6000) : s;
    }

    private void setProperty(String file, String key, String value) throws IOException {
        Path p = home.resolve(file);
        String text = Files.readString(p);
        Pattern line = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + "\\s*=.*$");
        text = line.matcher(text).find() ? line.matcher(text).replaceAll(Matcher.quoteReplacement(key + " = " + value))
                : text + "\n" + key + " = " + value + "\n";
        Files.writeString(p, text);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
