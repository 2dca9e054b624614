package org.alliance.api.core;

/** The request clashes with the record's current state, e.g. a duplicate username (HTTP 409). */
public class ConflictException extends AllianceException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
