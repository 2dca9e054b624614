package org.alliance.core.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.alliance.api.core.TooManyAttemptsException;

/**
 * Slows down password guessing. Failures are counted per account and per address in a
 * 15-minute window; once either count reaches its limit, further attempts are refused
 * until a lock-out that doubles with every extra failure (30 s, 60 s, ... up to 15 min) ends.
 * The address limit is {@value #ADDRESS_FACTOR} times the account limit: behind a reverse proxy every
 * user shares one address, and one person's typos must not lock out the whole practice.
 * A success clears the account's count. Counts live in memory: a restart forgives, which is
 * acceptable because a restart is rare and itself slow.
 */
public final class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int ADDRESS_FACTOR = 20;
    private static final Duration FIRST_LOCKOUT = Duration.ofSeconds(30);
    /** Bounds memory under a flood of distinct usernames; stale entries are dropped first. */
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant first, Instant lockedUntil) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Refuses the attempt while the account or the address is locked out.
     *
     * @throws TooManyAttemptsException with the time left
     */
    public void check(String username, String address) {
        Instant now = clock.instant();
        for (String key : keys(username, address)) {
            Failures f = failures.get(key);
            if (f != null && f.lockedUntil() != null && now.isBefore(f.lockedUntil())) {
                throw new TooManyAttemptsException(Duration.between(now, f.lockedUntil()));
            }
        }
    }

    /** Counts a failed attempt; {@code maxFailures} is the per-account limit. */
    public void failed(String username, String address, int maxFailures) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> f.first().plus(WINDOW).isBefore(now));
        }
        for (String key : keys(username, address)) {
            int limit = key.startsWith("addr:") ? maxFailures * ADDRESS_FACTOR : maxFailures;
            failures.compute(key, (k, f) -> {
                if (f == null || f.first().plus(WINDOW).isBefore(now)) {
                    f = new Failures(0, now, null);
                }
                int count = f.count() + 1;
                Instant lockedUntil = null;
                if (count >= limit) {
                    long factor = 1L << Math.min(count - limit, 5);
                    Duration lockout = FIRST_LOCKOUT.multipliedBy(factor);
                    lockedUntil = now.plus(lockout.compareTo(WINDOW) > 0 ? WINDOW : lockout);
                }
                return new Failures(count, f.first(), lockedUntil);
            });
        }
    }

    /** Clears the account's failures after a successful sign-in. */
    public void succeeded(String username) {
        failures.remove("user:" + username);
    }

    private static String[] keys(String username, String address) {
        return address == null ? new String[] {"user:" + username}
                : new String[] {"user:" + username, "addr:" + address};
    }
}
