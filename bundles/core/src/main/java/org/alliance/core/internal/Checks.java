package org.alliance.core.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.alliance.api.core.InvalidInputException;

/** Input rules shared by core's services. Each check names the field and says what is expected. */
public final class Checks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{5,40}");
    private static final Pattern MODALITY = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private Checks() {
    }

    /** A required text, trimmed, at most {@code max} characters. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return optional(field, value, max);
    }

    /** An optional text, trimmed; blank becomes {@code null}. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return trimmed;
    }

    /** An optional email address. */
    public static String email(String field, String value) {
        String email = optional(field, value, 320);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException(field, "'" + email + "' is not an email address");
        }
        return email;
    }

    /** An optional phone number: digits, spaces and + ( ) . / - only. */
    public static String phone(String field, String value) {
        String phone = optional(field, value, 40);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidInputException(field, "use digits, spaces and + ( ) - only");
        }
        return phone;
    }

    /** A modality id such as {@code cbt} or {@code psychodynamic}. */
    public static String modality(String field, String value) {
        String id = required(field, value, 40);
        if (!MODALITY.matcher(id).matches()) {
            throw new InvalidInputException(field, "'" + id
                    + "' is not a modality id: lower-case letters, digits and '-', starting with a letter");
        }
        return id;
    }

    /** A list of modality ids, without duplicates; {@code null} is the empty list. */
    public static List<String> modalities(String field, List<String> values) {
        return values == null ? List.of() : values.stream().map(v -> modality(field, v)).distinct().toList();
    }
}
