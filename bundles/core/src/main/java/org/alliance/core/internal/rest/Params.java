package org.alliance.core.internal.rest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.alliance.api.core.InvalidInputException;

/** Parsing of query parameters, with errors that name the parameter. */
final class Params {

    private Params() {
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "'" + value + "' is not an id (a UUID)");
        }
    }

    /** An ISO-8601 instant ({@code 2026-11-01T09:00:00Z}) or a date, meaning its start in UTC. */
    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value.trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException(name, "'" + value + "' is not a date (2026-11-01) or an instant (2026-11-01T09:00:00Z)");
        }
    }

    static Long longValue(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "'" + value + "' is not a whole number");
        }
    }
}
