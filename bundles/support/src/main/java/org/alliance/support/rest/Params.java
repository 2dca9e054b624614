package org.alliance.support.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.alliance.api.core.InvalidInputException;

/**
 * Query parameters read as strings and parsed here, so that a malformed value is a 400
 * naming the parameter (JAX-RS would answer a bare 404 for a UUID or number it cannot convert).
 */
public final class Params {

    private Params() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "'" + value + "' is not an id");
        }
    }

    /** A required id: a 400 naming the parameter when it is missing or malformed. */
    public static UUID requiredUuid(String name, String value) {
        UUID id = uuid(name, value);
        if (id == null) {
            throw new InvalidInputException(name, "is required");
        }
        return id;
    }

    /** An instant, given as an ISO-8601 date-time with offset ({@code 2026-11-23T00:00:00+01:00} or {@code ...Z}). */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "'" + value + "' is not an ISO-8601 date-time with offset");
        }
    }

    public static int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "'" + value + "' is not a whole number");
        }
    }
}
