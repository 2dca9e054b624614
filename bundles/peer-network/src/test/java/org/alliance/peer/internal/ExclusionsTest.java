package org.alliance.peer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.Role;
import org.alliance.peer.internal.Exclusions.Asker;
import org.alliance.peer.internal.Exclusions.Candidate;
import org.alliance.peer.internal.Exclusions.Treatments;
import org.junit.jupiter.api.Test;

class ExclusionsTest {

    private static final UUID ASKER = UUID.randomUUID();
    private static final UUID CANDIDATE = UUID.randomUUID();
    private static final Treatments NOBODY_TREATS_ANYONE = (therapist, practitioner) -> false;

    private static Asker asker(Set<UUID> supervision, Set<UUID> groupPeers, List<UUID> close) {
        return new Asker(ASKER, true, supervision, groupPeers, close);
    }

    private static final Asker PLAIN = asker(Set.of(), Set.of(), List.of());

    private static Candidate candidate(Role... roles) {
        return new Candidate(CANDIDATE, Set.of(roles), true, true);
    }

    @Test
    void aColleagueWithoutAnyConflictIsNotExcluded() {
        assertThat(Exclusions.excluded(PLAIN, candidate(Role.THERAPIST), NOBODY_TREATS_ANYONE)).isFalse();
    }

    @Test
    void theAskerIsNeverTheirOwnMatch() {
        assertThat(Exclusions.excluded(PLAIN, new Candidate(ASKER, Set.of(Role.THERAPIST), true, true), NOBODY_TREATS_ANYONE))
                .isTrue();
    }

    @Test
    void aCurrentOrPastSupervisorOrSuperviseeIsExcluded() {
        assertThat(Exclusions.excluded(asker(Set.of(CANDIDATE), Set.of(), List.of()), candidate(Role.THERAPIST),
                NOBODY_TREATS_ANYONE)).isTrue();
    }

    @Test
    void aPracticeAdminIsExcludedAsAnAdministrativeRelationship() {
        assertThat(Exclusions.excluded(PLAIN, candidate(Role.THERAPIST, Role.ADMIN), NOBODY_TREATS_ANYONE)).isTrue();
    }

    @Test
    void aSupervisorWithoutARelationshipToTheAskerIsNotExcludedForTheRoleAlone() {
        assertThat(Exclusions.excluded(PLAIN, candidate(Role.THERAPIST, Role.SUPERVISOR), NOBODY_TREATS_ANYONE)).isFalse();
    }

    @Test
    void theAskersOwnCurrentOrPastClinicianClientIsExcluded() {
        Treatments askerTreatsCandidate = (therapist, practitioner) -> therapist.equals(ASKER) && practitioner.equals(CANDIDATE);
        assertThat(Exclusions.excluded(PLAIN, candidate(Role.THERAPIST), askerTreatsCandidate)).isTrue();
    }

    @Test
    void aMemberOfTheAskersConsultationGroupsIsExcluded() {
        assertThat(Exclusions.excluded(asker(Set.of(), Set.of(CANDIDATE), List.of()), candidate(Role.THERAPIST),
                NOBODY_TREATS_ANYONE)).isTrue();
    }

    @Test
    void aSamePracticeColleagueIsExcludedUnlessBothOptedIn() {
        Asker closed = new Asker(ASKER, false, Set.of(), Set.of(), List.of());
        Candidate open = new Candidate(CANDIDATE, Set.of(Role.THERAPIST), true, true);
        Candidate notOpen = new Candidate(CANDIDATE, Set.of(Role.THERAPIST), false, true);
        assertThat(Exclusions.excluded(closed, open, NOBODY_TREATS_ANYONE)).isTrue();
        assertThat(Exclusions.excluded(PLAIN, notOpen, NOBODY_TREATS_ANYONE)).isTrue();
        assertThat(Exclusions.excluded(PLAIN, open, NOBODY_TREATS_ANYONE)).isFalse();
    }

    @Test
    void aPractitionerOfAnotherPracticeNeedsNoOptIn() {
        Asker closed = new Asker(ASKER, false, Set.of(), Set.of(), List.of());
        assertThat(Exclusions.excluded(closed, new Candidate(CANDIDATE, Set.of(Role.THERAPIST), false, false),
                NOBODY_TREATS_ANYONE)).isFalse();
    }

    @Test
    void whoeverTreatsOrTreatedSomeoneCloseToTheAskerIsExcluded() {
        UUID partner = UUID.randomUUID();
        Treatments candidateTreatsPartner = (therapist, practitioner) -> therapist.equals(CANDIDATE) && practitioner.equals(partner);
        assertThat(Exclusions.excluded(asker(Set.of(), Set.of(), List.of(partner)), candidate(Role.THERAPIST),
                candidateTreatsPartner)).isTrue();
        assertThat(Exclusions.excluded(PLAIN, candidate(Role.THERAPIST), candidateTreatsPartner)).isFalse();
    }

    @Test
    void someoneCloseToTheAskerIsNeverTheirTherapist() {
        assertThat(Exclusions.excluded(asker(Set.of(), Set.of(), List.of(CANDIDATE)), candidate(Role.THERAPIST),
                NOBODY_TREATS_ANYONE)).isTrue();
    }

    @Test
    void beingTheCandidatesClientIsNoConflict() {
        // The asker's existing therapist may well be offered again: that is not a multiple relationship.
        Treatments candidateTreatsAsker = (therapist, practitioner) -> therapist.equals(CANDIDATE) && practitioner.equals(ASKER);
        assertThat(Exclusions.excluded(PLAIN, candidate(Role.THERAPIST), candidateTreatsAsker)).isFalse();
    }
}
