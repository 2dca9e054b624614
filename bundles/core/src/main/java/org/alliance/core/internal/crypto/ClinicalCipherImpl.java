package org.alliance.core.internal.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.alliance.api.core.ClinicalCipher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * AES-256-GCM with the JDK's provider: a fresh 12-byte random IV per encryption, a 128-bit tag,
 * the context as additional authenticated data. A ciphertext reads
 * {@code v1:<key alias>:<base64url, unpadded, of iv || ciphertext and tag>}, so it names the
 * key it needs and keys can be rotated without re-encrypting anything.
 *
 * <p>Works without configuration: the keystore is {@code etc/alliance-clinical.p12}. Immediate,
 * so the keystore is made at first start and a problem with it shows at boot (in the log and as
 * core's problem in health), not at the first note. When it exists but cannot be opened the
 * component fails to start (and the modules that need it with it) instead of making a new key
 * that would leave every stored note unreadable.
 */
@Component(service = {ClinicalCipher.class, ClinicalCipherImpl.class}, configurationPid = EncryptionConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = EncryptionConfiguration.class)
public class ClinicalCipherImpl implements ClinicalCipher {

    static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final ClinicalKeystore keystore;

    @Activate
    public ClinicalCipherImpl(EncryptionConfiguration config) {
        this(ClinicalKeystore.openOrCreate(etc().resolve(config.keystoreFile().strip()),
                System.getenv(ClinicalKeystore.PASSWORD_ENV)));
    }

    /**
     * With an opened keystore, as the tests build it. Package-private: SCR picks the
     * constructor by its parameter count, and both take one (architecture.md, section 10).
     */
    ClinicalCipherImpl(ClinicalKeystore keystore) {
        this.keystore = keystore;
    }

    @Override
    public String encrypt(String plaintext, String context) {
        Objects.requireNonNull(context, "context");
        if (plaintext == null) {
            return null;
        }
        String alias = keystore.newestAlias();
        SecretKey key = keystore.key(alias).orElseThrow();
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return VERSION + ":" + alias + ":" + ENCODER.encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption is not available in this JVM: " + e.getMessage(), e);
        }
    }

    @Override
    public String decrypt(String ciphertext, String context) {
        Objects.requireNonNull(context, "context");
        if (ciphertext == null) {
            return null;
        }
        String[] parts = ciphertext.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalStateException("Not a clinical ciphertext (expected " + VERSION + ":<key>:<data>)");
        }
        SecretKey key = keystore.key(parts[1]).orElseThrow(() -> new IllegalStateException("The text was encrypted "
                + "with key '" + parts[1] + "', which the keystore " + keystore.file() + " does not hold; restore the "
                + "keystore from the backup that has it"));
        byte[] data;
        try {
            data = DECODER.decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The ciphertext is damaged (not base64url)", e);
        }
        if (data.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("The ciphertext is damaged (too short)");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(UTF_8));
            return new String(cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES), UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("The ciphertext was altered or belongs to another record (context)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed: " + e.getMessage(), e);
        }
    }

    /** Adds a new newest key (old ones stay for decryption); answers its alias. For the shell command. */
    public String rotateKey() {
        return keystore.rotate();
    }

    /** The keys' aliases, oldest first, and where they are. */
    public ClinicalKeystore keystore() {
        return keystore;
    }

    private static Path etc() {
        String etc = System.getProperty("karaf.etc");
        if (etc == null) {
            String home = System.getProperty("karaf.home");
            if (home == null) {
                throw new IllegalStateException("Neither karaf.etc nor karaf.home is set: cannot find the keystore");
            }
            return Path.of(home, "etc");
        }
        return Path.of(etc);
    }
}
