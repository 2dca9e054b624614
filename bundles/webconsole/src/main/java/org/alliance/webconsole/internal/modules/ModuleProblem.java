package org.alliance.webconsole.internal.modules;

/**
 * Why a request about modules could not be carried out, in words an administrator can act on.
 * The technical text (Karaf's full message chain) travels along as {@link #details()}, so that
 * nothing is lost when the message is shortened.
 */
public class ModuleProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String details;

    /**
     * @param status the HTTP status that describes the problem (400 bad input, 404 unknown, 409 refused
     *        by a rule, 413 too large, 500 Karaf failed)
     * @param message what went wrong and what to do
     * @param details the technical text, or null
     */
    public ModuleProblem(int status, String message, String details) {
        super(message);
        this.status = status;
        this.details = details;
    }

    public int status() {
        return status;
    }

    /** The technical text behind the message, or null. */
    public String details() {
        return details;
    }
}
