package org.alliance.api.core;

import java.util.List;
import org.alliance.spi.modality.NoteTemplate;
import org.alliance.spi.modality.OutcomeMeasure;
import org.alliance.spi.modality.SessionCadence;

/**
 * What an installed modality plugin offers, as read from its service at the time of the call.
 *
 * @param id                        the modality id, e.g. {@code cbt}
 * @param plugin                    symbolic name of the bundle that provides it
 * @param terminationConsiderations what to weigh when ending therapy in this approach
 */
public record ModalityInfo(String id, String name, String description, String plugin, SessionCadence cadence,
        List<String> terminationConsiderations, List<NoteTemplate> noteTemplates, List<OutcomeMeasure> outcomeMeasures) {

    public ModalityInfo {
        terminationConsiderations = List.copyOf(terminationConsiderations);
        noteTemplates = List.copyOf(noteTemplates);
        outcomeMeasures = List.copyOf(outcomeMeasures);
    }
}
