package org.alliance.modality.psychodynamic.internal;

import java.util.List;
import org.alliance.spi.modality.NoteTemplate;
import org.alliance.spi.modality.TemplateField;

/** Reading a template in tests. */
final class Fields {

    private Fields() {
    }

    static List<String> ids(NoteTemplate template) {
        return template.fields().stream().map(TemplateField::id).toList();
    }

    static List<String> required(NoteTemplate template) {
        return template.fields().stream().filter(TemplateField::required).map(TemplateField::id).toList();
    }

    static TemplateField field(NoteTemplate template, String id) {
        return template.fields().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(template.id() + " has no field " + id));
    }
}
