package org.alliance.notify.internal.mail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When to try a failed email again: after 1, 5 and 30 minutes, then every 2 hours, and no
 * attempt more than 24 hours after the first (15 attempts in all). Most outages of a mail
 * server are over in minutes; a message still undelivered after a day has lost its point (a
 * reminder for a past session), so the row is kept with its last error for the admin instead.
 */
final class RetryPolicy {

    static final Duration WINDOW = Duration.ofHours(24);
    private static final List<Duration> FIRST = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30));
    private static final Duration THEN = Duration.ofHours(2);

    private RetryPolicy() {
    }

    /**
     * The pause before the next attempt after {@code failedAttempts} failures in a row, or empty
     * to give up: the next attempt would fall outside the window.
     */
    static Optional<Duration> pauseAfter(int failedAttempts) {
        Duration sinceFirst = Duration.ZERO;
        for (int i = 1; i <= failedAttempts; i++) {
            sinceFirst = sinceFirst.plus(pause(i));
        }
        return sinceFirst.compareTo(WINDOW) > 0 ? Optional.empty() : Optional.of(pause(failedAttempts));
    }

    private static Duration pause(int failure) {
        return failure <= FIRST.size() ? FIRST.get(failure - 1) : THEN;
    }
}
