package org.alliance.api.peer;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The whole profile to store (a replacement, not a patch): an absent list is empty, an absent flag
 * {@code false}. See {@link Profile} for each field; the service validates them.
 */
public record ProfileChanges(List<String> modalities, List<String> competencies, boolean acceptsClinicianClients,
        List<String> languages, Set<Medium> media, String bio, boolean listed, boolean openToSamePractice,
        List<UUID> closePersons) {
}
