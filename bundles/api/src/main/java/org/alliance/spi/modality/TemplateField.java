package org.alliance.spi.modality;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One field of a note template.
 *
 * @param id       stable key of the answer in the note, lower case letters, digits and hyphens
 * @param label    what the editor shows, e.g. "Automatic thought"
 * @param type     the kind of answer
 * @param required whether the note cannot be signed without it (a draft may leave it empty)
 * @param help     a hint shown under the field, or {@code null}
 * @param options  the choices of a {@link FieldType#CHOICE} field, empty for every other type
 */
public record TemplateField(String id, String label, FieldType type, boolean required, String help,
        List<String> options) {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    public TemplateField {
        requireId(id, "field id");
        requireText(label, "label of field " + id);
        Objects.requireNonNull(type, "type of field " + id);
        options = options == null ? List.of() : List.copyOf(options);
        if ((type == FieldType.CHOICE) == options.isEmpty()) {
            throw new IllegalArgumentException("field " + id + ": a CHOICE field needs options, and only a CHOICE field has them");
        }
    }

    /** A required field without help text. */
    public static TemplateField required(String id, String label, FieldType type) {
        return new TemplateField(id, label, type, true, null, List.of());
    }

    /** An optional field without help text. */
    public static TemplateField optional(String id, String label, FieldType type) {
        return new TemplateField(id, label, type, false, null, List.of());
    }

    /** This field with a hint shown under it. */
    public TemplateField withHelp(String text) {
        return new TemplateField(id, label, type, required, text, options);
    }

    /** A field choosing one of {@code choices}. */
    public static TemplateField choice(String id, String label, boolean required, List<String> choices) {
        return new TemplateField(id, label, FieldType.CHOICE, required, null, choices);
    }

    static void requireId(String value, String what) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " '" + value
                    + "' must be lower case letters, digits and hyphens, starting with a letter (at most 64)");
        }
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
