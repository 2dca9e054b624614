package org.alliance.api.peer;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A practitioner's own directory profile, as only they see it. What others see is a
 * {@link DirectoryEntry}, and only while {@code listed}.
 *
 * @param modalities              modality ids offered, e.g. {@code "cbt"}
 * @param competencies            free-form competencies, e.g. "trauma", "couples"
 * @param acceptsClinicianClients whether they take other therapists as clients
 * @param languages               languages they work in, lower case, e.g. {@code "en"}, {@code "german"}
 * @param media                   in person and/or video
 * @param bio                     a short public text (not clinical)
 * @param listed                  opted in to the directory; nobody unlisted is shown or matched
 * @param openToSamePractice      willing to treat, or be treated by, a colleague of the same practice;
 *                                a colleague is matched only when both are
 * @param closePersons            practitioners close to them (partner, family, friends): whoever treats or
 *                                treated one of these is not matched to them. Private: never shown to anyone else
 * @param updatedAt               {@code null} while the profile was never saved
 */
public record Profile(UUID practitionerId, String displayName, List<String> modalities, List<String> competencies,
        boolean acceptsClinicianClients, List<String> languages, Set<Medium> media, String bio, boolean listed,
        boolean openToSamePractice, List<UUID> closePersons, Instant updatedAt) {

    public Profile {
        modalities = List.copyOf(modalities);
        competencies = List.copyOf(competencies);
        languages = List.copyOf(languages);
        media = Set.copyOf(media);
        closePersons = List.copyOf(closePersons);
    }
}
