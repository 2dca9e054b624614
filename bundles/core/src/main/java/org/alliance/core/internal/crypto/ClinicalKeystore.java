package org.alliance.core.internal.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The practice's clinical keys: AES-256 secret keys in a PKCS12 keystore, aliases
 * {@code clinical-1}, {@code clinical-2}, ... (the highest number is the newest). The keystore's
 * password comes from {@value #PASSWORD_ENV} when set, else from a file beside the keystore
 * ({@code <keystore>.password}).
 *
 * <p>At first start (no keystore) the password file, unless the variable is set, and then the
 * keystore are created, each written to a temporary file with owner-only permissions and
 * moved into place, so a crash never leaves half a file and an existing file is never
 * overwritten. A keystore that exists but cannot be opened is an error, never a reason to
 * make a new key: that would make every encrypted note unreadable.
 */
public final class ClinicalKeystore {

    private static final Logger LOG = LoggerFactory.getLogger(ClinicalKeystore.class);

    /** The environment variable that, when set, holds the keystore password. */
    public static final String PASSWORD_ENV = "ALLIANCE_KEYSTORE_PASSWORD";
    static final String ALIAS_PREFIX = "clinical-";
    private static final Pattern ALIAS = Pattern.compile(Pattern.quote(ALIAS_PREFIX) + "([1-9][0-9]{0,8})");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The keys by alias, in key-number order; replaced whole on rotation. */
    private record Keys(TreeMap<Integer, String> aliases, Map<String, SecretKey> byAlias) {
        String newest() {
            return aliases.lastEntry().getValue();
        }
    }

    private final Path file;
    private final char[] password;
    private volatile Keys keys;

    private ClinicalKeystore(Path file, char[] password, Keys keys) {
        this.file = file;
        this.password = password;
        this.keys = keys;
    }

    /**
     * Opens the keystore at {@code file}, creating it (and its password file) when neither the
     * keystore exists.
     *
     * @param envPassword the value of {@value #PASSWORD_ENV}, or {@code null} when it is not set
     * @throws IllegalStateException naming the file, when an existing keystore cannot be opened or
     *                               has no clinical key, or when the files cannot be written
     */
    public static ClinicalKeystore openOrCreate(Path file, String envPassword) {
        Path passwordFile = passwordFileOf(file);
        boolean fromEnv = envPassword != null && !envPassword.isEmpty();
        try {
            if (Files.exists(file)) {
                return openExisting(file, passwordFile, fromEnv ? envPassword : null);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            char[] password;
            if (fromEnv) {
                password = envPassword.toCharArray();
            } else if (Files.exists(passwordFile)) {
                // A crash after the password file and before the keystore: keep the password.
                password = readPassword(passwordFile);
            } else {
                password = randomPassword();
                writeNew(passwordFile, new String(password).getBytes(UTF_8));
            }
            KeyStore store = emptyStore();
            String alias = ALIAS_PREFIX + 1;
            store.setEntry(alias, new KeyStore.SecretKeyEntry(newKey()), new KeyStore.PasswordProtection(password));
            writeNew(file, serialize(store, password));
            LOG.info("Created the clinical encryption keystore {} with key {}{}. Back it up with {}, apart from the "
                    + "database backups: without it the encrypted notes cannot be read.", file, alias,
                    fromEnv ? " (password from " + PASSWORD_ENV + ")" : "", fromEnv ? "the password" : passwordFile);
            return new ClinicalKeystore(file, password, load(file, password));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The clinical encryption keystore " + file + " could not be opened or "
                    + "created: " + e.getMessage(), e);
        }
    }

    private static ClinicalKeystore openExisting(Path file, Path passwordFile, String envPassword) {
        if (envPassword == null && !Files.exists(passwordFile)) {
            throw new IllegalStateException("The clinical encryption keystore " + file + " exists but its password is "
                    + "neither in the environment variable " + PASSWORD_ENV + " nor in " + passwordFile + ". Set the "
                    + "variable or restore the file from the key backup, and restart. No new key was made: it could "
                    + "not read the notes already encrypted.");
        }
        try {
            char[] password = envPassword != null ? envPassword.toCharArray() : readPassword(passwordFile);
            warnIfReadableByOthers(file);
            return new ClinicalKeystore(file, password, load(file, password));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The clinical encryption keystore " + file + " exists but cannot be opened ("
                    + e.getMessage() + "; a wrong password, from " + (envPassword != null ? PASSWORD_ENV : passwordFile)
                    + ", or a damaged file). Restore the keystore and its password from the key backup and restart. "
                    + "No new key was made: it could not read the notes already encrypted.", e);
        }
    }

    /** The password file that belongs to {@code keystore}. */
    public static Path passwordFileOf(Path keystore) {
        return keystore.resolveSibling(keystore.getFileName() + ".password");
    }

    /** The keystore file. */
    public Path file() {
        return file;
    }

    /** The alias of the newest key, the one new ciphertexts are made with. */
    public String newestAlias() {
        return keys.newest();
    }

    /** The key with this alias, if the keystore holds it. */
    public Optional<SecretKey> key(String alias) {
        return Optional.ofNullable(keys.byAlias().get(alias));
    }

    /** Every alias, oldest first. */
    public List<String> aliases() {
        return List.copyOf(keys.aliases().values());
    }

    /**
     * Adds a new key that becomes the newest; the old ones stay for decryption. The keystore is
     * re-read from disk, extended and atomically replaced.
     *
     * @return the new key's alias
     */
    public synchronized String rotate() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(file)) {
                store.load(in, password);
            }
            Keys onDisk = keysOf(store, password);
            if (!onDisk.byAlias().keySet().containsAll(keys.byAlias().keySet())) {
                throw new IllegalStateException("The keystore " + file + " on disk lacks keys this process uses; "
                        + "restore it from the backup before rotating");
            }
            String alias = ALIAS_PREFIX + (onDisk.aliases().lastKey() + 1);
            store.setEntry(alias, new KeyStore.SecretKeyEntry(newKey()), new KeyStore.PasswordProtection(password));
            replace(file, serialize(store, password));
            keys = load(file, password);
            LOG.info("Added clinical encryption key {} to {}; new text is encrypted with it, older text still reads "
                    + "with the older keys. Back up the keystore now.", alias, file);
            return alias;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not add a key to the keystore " + file + ": " + e.getMessage(), e);
        }
    }

    private static Keys load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        Keys keys = keysOf(store, password);
        if (keys.aliases().isEmpty()) {
            throw new GeneralSecurityException("it holds no key named " + ALIAS_PREFIX + "<number>");
        }
        return keys;
    }

    private static Keys keysOf(KeyStore store, char[] password) throws GeneralSecurityException {
        TreeMap<Integer, String> aliases = new TreeMap<>();
        Map<String, SecretKey> byAlias = new TreeMap<>();
        for (String alias : Collections.list(store.aliases())) {
            Matcher m = ALIAS.matcher(alias);
            if (m.matches() && store.getKey(alias, password) instanceof SecretKey key) {
                aliases.put(Integer.parseInt(m.group(1)), alias);
                byAlias.put(alias, key);
            }
        }
        return new Keys(aliases, Map.copyOf(byAlias));
    }

    private static char[] readPassword(Path passwordFile) throws IOException {
        String password = Files.readString(passwordFile, UTF_8).strip();
        if (password.isEmpty()) {
            throw new IOException("the password file " + passwordFile + " is empty");
        }
        warnIfReadableByOthers(passwordFile);
        return password.toCharArray();
    }

    private static KeyStore emptyStore() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private static SecretKey newKey() throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256, RANDOM);
        return generator.generateKey();
    }

    private static char[] randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    private static byte[] serialize(KeyStore store, char[] password) throws IOException, GeneralSecurityException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password);
        // Read it back before it goes anywhere near the real file.
        KeyStore check = KeyStore.getInstance("PKCS12");
        check.load(new ByteArrayInputStream(out.toByteArray()), password);
        return out.toByteArray();
    }

    /** Creates {@code target} with {@code content}; fails if it exists. */
    private static void writeNew(Path target, byte[] content) throws IOException {
        Path temp = writeTemp(target, content);
        try {
            try {
                // A hard link is the atomic "create, but never replace" of POSIX file systems.
                Files.createLink(target, temp);
            } catch (UnsupportedOperationException noHardLinks) {
                // Without hard links, a move without REPLACE_EXISTING is the same promise: it refuses an existing target.
                Files.move(temp, target);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IOException(target + " appeared while it was being created; nothing was overwritten", e);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(target);
    }

    /** Replaces {@code target} with {@code content} in one rename. */
    private static void replace(Path target, byte[] content) throws IOException {
        Path temp = writeTemp(target, content);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(target);
    }

    private static Path writeTemp(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = posix()
                ? Files.createTempFile(dir, "." + target.getFileName(), ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, "." + target.getFileName(), ".tmp", new FileAttribute<?>[0]);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /** Makes the new directory entry durable where the platform allows it. */
    private static void syncDirectory(Path target) {
        try (FileChannel dir = FileChannel.open(target.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not sync the directory of {}: {}", target, e.toString());
        }
    }

    private static void warnIfReadableByOthers(Path path) {
        if (!posix()) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            if (!OWNER_ONLY.containsAll(permissions)) {
                LOG.warn("{} can be read by other accounts ({}); restrict it to its owner: chmod 600 {}", path,
                        PosixFilePermissions.toString(permissions), path);
            }
        } catch (IOException e) {
            LOG.debug("Could not read the permissions of {}: {}", path, e.toString());
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
