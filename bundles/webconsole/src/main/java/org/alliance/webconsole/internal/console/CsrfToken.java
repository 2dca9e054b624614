package org.alliance.webconsole.internal.console;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token the Practice Modules page carries and sends back with every action.
 *
 * <p>The console signs in with HTTP Basic and keeps no token of its own, so this is a keyed
 * hash of the signed-in user's name under a key that lives as long as the plugin: another
 * site can neither read it from the page nor compute it. It is checked on top of the origin
 * check, which guards the whole console.
 */
final class CsrfToken {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    CsrfToken(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        this.key = new SecretKeySpec(bytes, HMAC);
    }

    /** The token for this user (null counts as the empty name). */
    String issue(String user) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            byte[] sum = mac.doFinal((user == null ? "" : user).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether {@code token} was issued to {@code user}, compared in constant time. */
    boolean matches(String user, String token) {
        return token != null && MessageDigest.isEqual(issue(user).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }
}
