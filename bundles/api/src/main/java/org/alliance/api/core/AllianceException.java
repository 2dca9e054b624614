package org.alliance.api.core;

/**
 * Base of the exceptions Alliance services throw for expected failures. Each subclass maps
 * to one HTTP status and its message is written for the user: it says what went wrong and,
 * where it can, what to do. Messages never contain client data the caller may not see.
 */
public abstract class AllianceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected AllianceException(String message) {
        super(message);
    }

    /** The HTTP status this failure corresponds to. */
    public abstract int status();

    /** A short, stable title for the kind of failure (the problem's {@code title}). */
    public abstract String title();
}
