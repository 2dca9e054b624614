package org.alliance.api.core;

import java.time.Duration;

/** Too many failed logins for this account or address; try again later (HTTP 429). */
public class TooManyAttemptsException extends AllianceException {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super("Too many failed sign-in attempts. Try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds.");
        this.retryAfter = retryAfter;
    }

    /** How long the caller should wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String title() {
        return "Too many attempts";
    }
}
