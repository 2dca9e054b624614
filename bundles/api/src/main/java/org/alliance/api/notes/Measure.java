package org.alliance.api.notes;

import org.alliance.spi.modality.OutcomeMeasure;

/**
 * An outcome measure on offer.
 *
 * @param id       {@code phq-9}, {@code gad-7} (built in), or {@code <modality>.<measure>} from a plugin
 * @param modality the plugin's modality id, {@code null} for the built-in ones
 */
public record Measure(String id, String modality, OutcomeMeasure definition) {
}
