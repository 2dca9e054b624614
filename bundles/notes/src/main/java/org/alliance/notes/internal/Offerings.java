package org.alliance.notes.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.alliance.api.core.ModalityCatalog;
import org.alliance.api.core.ModalityInfo;
import org.alliance.api.notes.Measure;
import org.alliance.api.notes.TemplateRef;
import org.alliance.spi.modality.NoteTemplate;
import org.alliance.spi.modality.OutcomeMeasure;

/**
 * The templates and measures on offer right now: the built-in ones, then every installed
 * modality plugin's, named {@code <modality>.<id>}. Asked afresh on each use, so a plugin
 * installed or removed at runtime shows or disappears at once.
 */
final class Offerings {

    private final ModalityCatalog modalities;

    Offerings(ModalityCatalog modalities) {
        this.modalities = modalities;
    }

    List<TemplateRef> templates() {
        List<TemplateRef> result = new ArrayList<>(BuiltInTemplates.ALL);
        List<TemplateRef> plugged = new ArrayList<>();
        for (ModalityInfo modality : modalities.installed()) {
            for (NoteTemplate template : modality.noteTemplates()) {
                plugged.add(new TemplateRef(modality.id() + "." + template.id(), template.title(), modality.id(),
                        template.description(), template.fields()));
            }
        }
        plugged.sort(Comparator.comparing(TemplateRef::title, String.CASE_INSENSITIVE_ORDER));
        result.addAll(plugged);
        return result;
    }

    Optional<TemplateRef> template(String id) {
        return templates().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    List<Measure> measures() {
        List<Measure> result = new ArrayList<>();
        BuiltInMeasures.ALL.forEach(m -> result.add(new Measure(m.id(), null, m)));
        for (ModalityInfo modality : modalities.installed()) {
            for (OutcomeMeasure measure : modality.outcomeMeasures()) {
                result.add(new Measure(modality.id() + "." + measure.id(), modality.id(), measure));
            }
        }
        return result;
    }

    Optional<Measure> measure(String id) {
        return measures().stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
