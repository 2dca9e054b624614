package org.alliance.core.internal.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.alliance.api.core.Actor;
import org.alliance.core.internal.config.PracticeSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Signed-in browser sessions. A session ends after the configured idle time (HIPAA automatic
 * logoff, default 15 minutes) or 12 hours after sign-in, whichever is first, and whenever its
 * account changes. Sessions are held in memory: a restart signs everyone out, which is the
 * safe direction.
 */
@Component(service = SessionStore.class)
public class SessionStore {

    static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(12);
    private static final Base64.Encoder TOKEN = Base64.getUrlEncoder().withoutPadding();

    /** A live session; {@code actor} is the account as it was at sign-in (sessions end when it changes). */
    public record Session(String token, String csrfToken, Actor actor, Instant created, Instant lastSeen,
            Instant expires) {
    }

    private final PracticeSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    @Activate
    public SessionStore(@Reference PracticeSettings settings) {
        this(settings, Clock.systemUTC());
    }

    SessionStore(PracticeSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Starts a session for a freshly authenticated actor. */
    public Session open(Actor actor) {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> !now.isBefore(s.expires()));
        Session s = new Session(newToken(), newToken(), actor, now, now, expiry(now, now));
        sessions.put(s.token(), s);
        return s;
    }

    /** The live session for {@code token}, its idle clock restarted; empty when unknown or expired. */
    public Optional<Session> touch(String token) {
        return find(token).map(s -> {
            Instant now = clock.instant();
            Session touched = new Session(s.token(), s.csrfToken(), s.actor(), s.created(), now,
                    expiry(s.created(), now));
            sessions.replace(token, s, touched);
            return touched;
        });
    }

    /** The live session for {@code token} without restarting its idle clock. */
    public Optional<Session> find(String token) {
        Session s = token == null ? null : sessions.get(token);
        if (s == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(s.expires())) {
            sessions.remove(token, s);
            return Optional.empty();
        }
        return Optional.of(s);
    }

    public void close(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    /** Ends every session of a user, after their account changed. */
    public void closeAllOf(UUID userId) {
        sessions.values().removeIf(s -> userId.equals(s.actor().userId()));
    }

    /** Whether {@code presented} is this session's CSRF token (constant-time). */
    public static boolean csrfMatches(Session s, String presented) {
        return presented != null && MessageDigest.isEqual(s.csrfToken().getBytes(), presented.getBytes());
    }

    public Duration idleTimeout() {
        return settings.values().sessionIdle();
    }

    private Instant expiry(Instant created, Instant lastSeen) {
        Instant idle = lastSeen.plus(idleTimeout());
        Instant absolute = created.plus(ABSOLUTE_LIFETIME);
        return idle.isBefore(absolute) ? idle : absolute;
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return TOKEN.encodeToString(bytes);
    }
}
