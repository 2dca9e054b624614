package org.alliance.notes.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.notes.TemplateRef;
import org.alliance.spi.modality.TemplateField;

/**
 * Checks a note's answers against its template: known fields only, values of the field's type,
 * sensible lengths. Empty answers are dropped, so a draft holds only what was written. Required
 * fields are checked when signing, not while drafting.
 */
final class FieldValues {

    static final int MAX_TEXT = 2_000;
    static final int MAX_LONG_TEXT = 100_000;

    private FieldValues() {
    }

    /** The answers in the template's field order, checked and trimmed of empty ones. */
    static Map<String, String> check(TemplateRef template, Map<String, String> answers) {
        Map<String, String> given = answers == null ? Map.of() : answers;
        for (String id : given.keySet()) {
            if (template.fields().stream().noneMatch(f -> f.id().equals(id))) {
                throw new InvalidInputException("fields." + id, "is not a field of the template '" + template.title() + "'");
            }
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (TemplateField field : template.fields()) {
            String value = given.get(field.id());
            if (value == null || value.isBlank()) {
                continue;
            }
            result.put(field.id(), checked(field, value));
        }
        return result;
    }

    /** The labels of required fields left empty, in the template's order. */
    static List<String> missingRequired(TemplateRef template, Map<String, String> values) {
        return template.fields().stream().filter(f -> f.required() && !values.containsKey(f.id()))
                .map(TemplateField::label).toList();
    }

    private static String checked(TemplateField field, String raw) {
        String name = "fields." + field.id();
        switch (field.type()) {
            case TEXT -> {
                String value = raw.strip();
                if (value.length() > MAX_TEXT || value.contains("\n")) {
                    throw new InvalidInputException(name, field.label() + " takes one line of at most " + MAX_TEXT + " characters");
                }
                return value;
            }
            case LONG_TEXT -> {
                if (raw.length() > MAX_LONG_TEXT) {
                    throw new InvalidInputException(name, field.label() + " takes at most " + MAX_LONG_TEXT + " characters");
                }
                return raw.strip();
            }
            case NUMBER -> {
                try {
                    return new BigDecimal(raw.strip()).toPlainString();
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(name, field.label() + " takes a number, not '" + raw + "'");
                }
            }
            case DATE -> {
                try {
                    return LocalDate.parse(raw.strip()).toString();
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException(name, field.label() + " takes a date as YYYY-MM-DD, not '" + raw + "'");
                }
            }
            case CHOICE -> {
                String value = raw.strip();
                if (!field.options().contains(value)) {
                    throw new InvalidInputException(name, field.label() + " takes one of " + field.options() + ", not '" + raw + "'");
                }
                return value;
            }
            default -> throw new IllegalStateException("unknown field type " + field.type());
        }
    }
}
