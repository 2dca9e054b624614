package org.alliance.api.notes;

import java.util.List;
import org.alliance.spi.modality.TemplateField;

/**
 * A note template as offered to a writer, or as kept inside a note: every note stores the
 * template it was written from, so it stays readable after the plugin that offered it is gone.
 *
 * @param id       {@code soap}, {@code dap}, {@code birp}, {@code discharge-summary} (built in), or
 *                 {@code <modality>.<template>} from a plugin, e.g. {@code cbt.thought-record}
 * @param modality the modality id of the plugin that offers it, {@code null} for the built-in ones
 */
public record TemplateRef(String id, String title, String modality, String description, List<TemplateField> fields) {

    public TemplateRef {
        fields = List.copyOf(fields);
    }
}
