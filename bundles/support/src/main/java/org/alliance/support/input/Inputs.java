package org.alliance.support.input;

import org.alliance.api.core.InvalidInputException;

/** The input checks every service makes, each failure a 400 naming the field. */
public final class Inputs {

    private Inputs() {
    }

    /** Throws an {@link InvalidInputException} for {@code field} with {@code message} unless {@code ok}. */
    public static void require(boolean ok, String field, String message) {
        if (!ok) {
            throw new InvalidInputException(field, message);
        }
    }

    /** A required text of at most {@code max} characters, stripped. */
    public static String text(String field, String value, int max) {
        require(value != null && !value.isBlank(), field, "is required");
        require(value.length() <= max, field, "takes at most " + max + " characters");
        return value.strip();
    }
}
