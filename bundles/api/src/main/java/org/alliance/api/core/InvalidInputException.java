package org.alliance.api.core;

/** The input is malformed or breaks a rule of the record; nothing was changed (HTTP 400). */
public class InvalidInputException extends AllianceException {
    private static final long serialVersionUID = 1L;
    private final String field;

    /**
     * @param field   the offending input field, or {@code null} when the problem is not one field's
     * @param message what is wrong, in the user's words
     */
    public InvalidInputException(String field, String message) {
        super(field == null ? message : field + ": " + message);
        this.field = field;
    }

    /** The offending field, or {@code null}. */
    public String field() {
        return field;
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid input";
    }
}
