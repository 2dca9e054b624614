package org.alliance.api.peer;

import java.util.List;
import java.util.UUID;

/** A practitioner who could treat the asker, with no conflict of interest. Says nothing about who was left out. */
public record Match(UUID practitionerId, String displayName, List<String> modalities) {

    public Match {
        modalities = List.copyOf(modalities);
    }
}
