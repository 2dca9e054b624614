package org.alliance.notes.internal.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.alliance.api.core.ClinicalCipher;

/**
 * Turns clinical values into what the database holds: JSON, sealed by core's cipher with a
 * context naming the row and column, so a value copied into another row cannot be opened there.
 * Template snapshots hold no client data and are stored as plain JSON.
 */
public final class Sealer {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ClinicalCipher cipher;

    public Sealer(ClinicalCipher cipher) {
        this.cipher = cipher;
    }

    /** The context of a column of a row, e.g. {@code NOTES.NOTE:<id>:FIELDS}. */
    static String context(String table, Object id, String column) {
        return "NOTES." + table + ":" + id + ":" + column;
    }

    String seal(Object value, String context) {
        return value == null ? null : cipher.encrypt(json(value), context);
    }

    <T> T open(String sealed, String context, TypeReference<T> type) {
        return sealed == null ? null : parse(cipher.decrypt(sealed, context), type);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T parse(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not read as " + type.getType(), e);
        }
    }
}
