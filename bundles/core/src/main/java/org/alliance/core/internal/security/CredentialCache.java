package org.alliance.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.alliance.api.core.Actor;

/**
 * Remembers recently verified credentials so that a script sending HTTP Basic with every
 * request does not pay for Argon2 each time. It keeps, per username, only an HMAC of the
 * password under a key that exists in memory for this process alone, for five minutes.
 * Any change to the account (password, roles, deactivation) evicts it.
 */
public final class CredentialCache {

    static final Duration TTL = Duration.ofMinutes(5);

    private record Entry(byte[] mac, Actor actor, Instant expires) {
    }

    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public CredentialCache(Clock clock) {
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The actor when this exact credential was verified within the last five minutes, else {@code null}. */
    public Actor lookup(String username, String password) {
        Entry e = entries.get(username);
        if (e == null) {
            return null;
        }
        if (clock.instant().isAfter(e.expires())) {
            entries.remove(username, e);
            return null;
        }
        return MessageDigest.isEqual(e.mac(), mac(username, password)) ? e.actor() : null;
    }

    public void remember(String username, String password, Actor actor) {
        entries.put(username, new Entry(mac(username, password), actor, clock.instant().plus(TTL)));
    }

    public void evict(String username) {
        entries.remove(username);
    }

    private byte[] mac(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
