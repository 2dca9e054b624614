package org.alliance.spi.modality;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A form a progress note is written from, e.g. a CBT thought record.
 *
 * @param id          unique within its modality; lower case letters, digits and hyphens
 * @param title       what the template picker shows
 * @param description when to use it, or {@code null}
 * @param fields      at least one, ids unique, in the order the editor shows them
 */
public record NoteTemplate(String id, String title, String description, List<TemplateField> fields) {

    public NoteTemplate {
        TemplateField.requireId(id, "template id");
        TemplateField.requireText(title, "title of template " + id);
        fields = fields == null ? List.of() : List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("template " + id + " has no fields");
        }
        Set<String> seen = new HashSet<>();
        for (TemplateField field : fields) {
            if (!seen.add(field.id())) {
                throw new IllegalArgumentException("template " + id + " has two fields with id " + field.id());
            }
        }
    }
}
