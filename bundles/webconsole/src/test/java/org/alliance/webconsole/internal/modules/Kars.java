package org.alliance.webconsole.internal.modules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip files for the upload tests, built from alternating entry names and contents. */
final class Kars {

    private Kars() {
    }

    static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A kar as karaf-maven-plugin lays it out: the features XML and a bundle under repository/. */
    static byte[] plugin() throws IOException {
        return zip("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nCreated-By: test\r\n\r\n",
                "repository/org/example/notes-features/1.0/notes-features-1.0-features.xml", "<features/>",
                "repository/org/example/notes/1.0/notes-1.0.jar", "bundle");
    }
}
