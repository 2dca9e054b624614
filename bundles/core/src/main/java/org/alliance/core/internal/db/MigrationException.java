package org.alliance.core.internal.db;

/** A schema could not be brought up to date; the module stays unavailable until it is fixed. */
public class MigrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
