package org.alliance.webconsole.internal.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * An uploaded Karaf archive, checked and copied so that Karaf only registers it.
 *
 * <p>{@code KarService} installs every feature of a kar at once, with Karaf's own refresh
 * policy, unless the kar's manifest says {@code Karaf-Feature-Start: false}. Uploading a plugin
 * should only make its features known, so that the administrator enables them one by one
 * through the same path as every module (no refresh). The copy carries that header; everything
 * else is copied unchanged, the manifest first because Karaf reads the kar with a
 * {@code JarInputStream}, which only finds a manifest at the start.
 */
final class KarArchive {

    static final String FEATURE_START = "Karaf-Feature-Start";

    private KarArchive() {
    }

    /**
     * Checks {@code upload} and writes the copy to {@code kar}.
     *
     * @param displayName the file name the administrator chose, for messages
     * @return the URLs Karaf will give the kar's features repositories ({@code mvn:...xml/features})
     * @throws ModuleProblem (400) when it is not a zip, has no features repository, or has an entry
     *         whose path climbs out of its folder
     */
    static List<URI> prepare(Path upload, Path kar, String displayName) throws ModuleProblem, IOException {
        try (ZipFile zip = new ZipFile(upload.toFile())) {
            check(zip, displayName);
            try (OutputStream file = Files.newOutputStream(kar); ZipOutputStream out = new ZipOutputStream(file)) {
                out.putNextEntry(new ZipEntry(JarFile.MANIFEST_NAME));
                manifest(zip).write(out);
                out.closeEntry();
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME) || entry.getName().equalsIgnoreCase("META-INF/")) {
                        continue;
                    }
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            return Collections.list(zip.entries()).stream().map(e -> repositoryUri(e.getName())).filter(Objects::nonNull)
                    .toList();
        } catch (ZipException notZip) {
            throw new ModuleProblem(400, displayName + " is not a Karaf archive (.kar): it cannot be read as a zip file.",
                    notZip.toString());
        }
    }

    private static void check(ZipFile zip, String displayName) throws ModuleProblem {
        boolean repository = false;
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String name = entry.getName();
            if (name.contains("..") || name.toLowerCase().contains("%2e%2e") || name.startsWith("/")) {
                throw new ModuleProblem(400, displayName + " contains the path '" + name + "', which climbs out of"
                        + " its folder. It was refused.", null);
            }
            repository |= name.startsWith("repository/") && name.endsWith(".xml");
        }
        if (!repository) {
            throw new ModuleProblem(400, displayName + " contains no features repository (no repository/.../*.xml)."
                    + " A plugin's .kar, as karaf-maven-plugin builds it, has one.", null);
        }
    }

    /**
     * The URL Karaf gives a features repository it finds in a kar: the Maven coordinates of the
     * entry's path under {@code repository/} when its classifier is {@code features}, else null.
     */
    static URI repositoryUri(String entry) {
        String[] parts = entry.startsWith("repository/") ? entry.substring("repository/".length()).split("/") : new String[0];
        if (parts.length < 4) {
            return null;
        }
        String file = parts[parts.length - 1];
        String version = parts[parts.length - 2];
        String artifact = parts[parts.length - 3];
        String group = String.join(".", Arrays.copyOfRange(parts, 0, parts.length - 3));
        String stem = artifact + "-" + version + "-features.";
        if (!file.startsWith(stem)) {
            return null;
        }
        return URI.create("mvn:" + group + "/" + artifact + "/" + version + "/" + file.substring(stem.length()) + "/features");
    }

    private static Manifest manifest(ZipFile zip) throws IOException {
        Manifest manifest = new Manifest();
        ZipEntry existing = zip.getEntry(JarFile.MANIFEST_NAME);
        if (existing != null) {
            try (InputStream in = zip.getInputStream(existing)) {
                manifest.read(in);
            }
        }
        manifest.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name(FEATURE_START), "false");
        return manifest;
    }
}
