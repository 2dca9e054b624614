package org.alliance.spi.rest;

/** Names that tie a module's resources to the Alliance JAX-RS application. */
public final class AllianceRest {

    /** The application's {@code osgi.jaxrs.name}. */
    public static final String APPLICATION_NAME = "alliance";

    /** Where the application is served. Resource paths start with {@code /v1/}. */
    public static final String APPLICATION_BASE = "/api";

    /** Use with {@code @JaxrsApplicationSelect} on every Alliance resource and extension. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";

    /** Media type of error bodies (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    /** Request header that must echo the session's CSRF token on state-changing requests. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    /** Name of the session cookie. */
    public static final String SESSION_COOKIE = "ALLIANCE_SESSION";

    private AllianceRest() {
    }
}
