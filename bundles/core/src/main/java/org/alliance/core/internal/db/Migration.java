package org.alliance.core.internal.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned migration script, {@code V<version>__<description>.sql}.
 *
 * @param checksum SHA-256 of the script text with line endings normalised, so that a checkout on
 *                 Windows does not count as a change
 */
public record Migration(int version, String description, String sql, String checksum) {

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    /**
     * Parses a script.
     *
     * @param fileName the file name without folders
     * @throws IllegalArgumentException when the name does not follow {@code V<n>__<description>.sql}
     */
    public static Migration of(String fileName, String sql) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("Migration file '" + fileName
                    + "' must be named V<version>__<description>.sql, e.g. V1__initial_schema.sql");
        }
        String normalised = sql.replace("\r\n", "\n");
        return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), normalised,
                sha256(normalised));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
