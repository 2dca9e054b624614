package org.alliance.core.internal.security;

import org.alliance.api.core.InvalidInputException;

/** The practice's rules for a new password (NIST SP 800-63B: length over composition rules). */
final class PasswordPolicy {

    static final int MAX_LENGTH = 256;

    private PasswordPolicy() {
    }

    static void check(String password, String username, int minLength) {
        if (password == null || password.length() < minLength) {
            throw new InvalidInputException("password", "must be at least " + minLength + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", "must be at most " + MAX_LENGTH + " characters");
        }
        if (password.isBlank() || password.equalsIgnoreCase(username)) {
            throw new InvalidInputException("password", "must not be blank or the username");
        }
    }
}
