package org.alliance.peer.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.Role;

/**
 * Who may never be offered to a practitioner looking for their own therapist (APA 3.05, multiple
 * relationships). Pure: the facts about the asker are gathered by the caller, treatment history is
 * asked through {@link Treatments}. The answer is yes or no on purpose: there is no reason to show,
 * log or audit, because an exclusion tells something about the asker's or the candidate's life.
 */
final class Exclusions {

    /** Core's treatment history: {@code EngagementService#treatsOrTreated}. */
    @FunctionalInterface
    interface Treatments {
        boolean treatsOrTreated(UUID therapistId, UUID practitionerId);
    }

    /**
     * What is known about the asker.
     *
     * @param supervisionParties everyone who is or was their supervisor or supervisee (empty without the
     *                           supervision module)
     * @param groupPeers         members of their consultation groups
     * @param closePersons       practitioners they declared close to them (private to the asker)
     */
    record Asker(UUID id, boolean openToSamePractice, Set<UUID> supervisionParties, Set<UUID> groupPeers,
            List<UUID> closePersons) {
    }

    /**
     * A practitioner who might be matched.
     *
     * @param samePractice whether they work in the asker's practice; every account of this installation
     *                     does, a federated directory entry may not
     */
    record Candidate(UUID id, Set<Role> roles, boolean openToSamePractice, boolean samePractice) {
    }

    private Exclusions() {
    }

    static boolean excluded(Asker asker, Candidate candidate, Treatments treatments) {
        return candidate.id().equals(asker.id())
                || asker.supervisionParties().contains(candidate.id())
                // evaluative or administrative power over the asker: the practice's admins
                || candidate.roles().contains(Role.ADMIN)
                // the asker's own current or past clinician-clients
                || treatments.treatsOrTreated(asker.id(), candidate.id())
                || asker.groupPeers().contains(candidate.id())
                || candidate.samePractice() && !(asker.openToSamePractice() && candidate.openToSamePractice())
                || asker.closePersons().contains(candidate.id())
                || asker.closePersons().stream().anyMatch(close -> treatments.treatsOrTreated(candidate.id(), close));
    }
}
