package org.alliance.api.peer;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A listed practitioner as every signed-in user sees them. Holds no client data. */
public record DirectoryEntry(UUID practitionerId, String displayName, List<String> modalities, List<String> competencies,
        boolean acceptsClinicianClients, List<String> languages, Set<Medium> media, String bio) {

    public DirectoryEntry {
        modalities = List.copyOf(modalities);
        competencies = List.copyOf(competencies);
        languages = List.copyOf(languages);
        media = Set.copyOf(media);
    }
}
