package org.alliance.spi.modality;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A therapeutic approach a plugin adds to the practice. Registered as an OSGi service with the
 * property {@value #ID_PROPERTY} (set it with {@link ModalityId}); the id is what engagements
 * and practitioners' declared competences name, e.g. {@code cbt}. Ids are 2 to 40 lower case
 * letters, digits and hyphens, starting with a letter (a service with another id is ignored); when two services claim one id, the one with the
 * highest service ranking is used.
 *
 * <p>Called from any thread, at any time while registered; the answers should be constant for
 * the lifetime of the service (they are read again on every use, never cached across
 * re-registrations). Notes keep a copy of the template they were written from, so uninstalling
 * a plugin never makes a note unreadable: it only takes the plugin's templates and measures
 * away from new work.
 */
@ConsumerType
public interface Modality {

    /** The service property carrying the modality id. */
    String ID_PROPERTY = "alliance.modality.id";

    /** The name practitioners see, e.g. "Cognitive behavioural therapy". Never null or blank. */
    String name();

    /** One or two sentences on the approach, for the directory and the module list. */
    String description();

    /**
     * Note templates this approach adds. Template ids must be unique within the modality; the
     * notes module presents them as {@code <modality id>.<template id>}.
     */
    default List<NoteTemplate> noteTemplates() {
        return List.of();
    }

    /** Outcome measures this approach adds; ids unique within the modality, presented like templates. */
    default List<OutcomeMeasure> outcomeMeasures() {
        return List.of();
    }

    /** How often and how long this approach usually meets, shown when planning care. */
    SessionCadence recommendedCadence();

    /**
     * What a therapist should weigh when ending therapy in this approach (e.g. "Review the
     * relapse-prevention plan"), shown by the termination workflow while planning an ending.
     */
    default List<String> terminationConsiderations() {
        return List.of();
    }
}
