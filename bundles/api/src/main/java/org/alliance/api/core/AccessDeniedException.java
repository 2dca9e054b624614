package org.alliance.api.core;

/** The actor is known but may not do this (HTTP 403). The attempt is audited as denied. */
public class AccessDeniedException extends AllianceException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
