package org.alliance.api.core;

/**
 * The credentials were missing, wrong, or the account is inactive (HTTP 401). The message
 * never tells which of these it was, so that it cannot be used to probe for usernames.
 */
public class AuthenticationException extends AllianceException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String title() {
        return "Unauthorized";
    }
}
