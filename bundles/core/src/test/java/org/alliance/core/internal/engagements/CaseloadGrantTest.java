package org.alliance.core.internal.engagements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.CaseloadGrant;
import org.alliance.api.core.Client;
import org.alliance.api.core.Engagement;
import org.alliance.api.core.PractitionerDisclosure;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.core.internal.CoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ann is away and Ben covers her caseload: he sees her active engagements and her unsealed
 * clients' details, never a sealed client's identity, never her ended engagements, and every read
 * carries the cover's reason in the audit log. Cara has no grant.
 */
class CaseloadGrantTest {

    private final CoreFixture core = new CoreFixture();
    private final Actor ann = core.therapist("ann");
    private final Actor ben = core.therapist("ben");
    private final Actor cara = core.therapist("cara");
    private final Client olivia = core.unsealedClient(ann, "Olivia Open");
    private final Client sam = core.sealedClient(ann, "Sam Sealed");
    private final Client eve = core.unsealedClient(ann, "Eve Ended");
    private final Engagement withOlivia = core.engage(olivia.id(), ann);
    private final Engagement withSam = core.engage(sam.id(), ann);
    private final Engagement withEve = core.engage(eve.id(), ann);
    private final CaseloadGrant benCoversAnn = reader -> ben.userId().equals(reader.userId())
            ? Map.of(ann.userId(), "covering for Ann Example") : Map.of();

    CaseloadGrantTest() {
        core.engagements.close(ann, withEve.id(), "goals met");
        core.caseloads.add(benCoversAnn);
    }

    @AfterEach
    void dropDatabase() {
        core.close();
    }

    @Test
    void theCoverSeesTheActiveEngagementsOfTheCaseloadWithTheSealHolding() {
        List<Engagement> seen = core.engagements.list(ben, null, null);

        assertThat(seen).extracting(Engagement::id).containsExactlyInAnyOrder(withOlivia.id(), withSam.id());
        assertThat(seen).filteredOn(e -> e.id().equals(withSam.id())).singleElement()
                .satisfies(e -> assertThat(e.clientName()).isNotEqualTo("Sam Sealed").startsWith(sam.pseudonym()));
        assertThat(core.engagements.list(ben, null, ann.userId())).hasSize(2);
        assertThat(core.engagements.get(ben, withOlivia.id()).clientName()).isEqualTo("Olivia Open");
    }

    @Test
    void grantsAreNotAskedWhenTheyCannotMatter() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        core.caseloads.add(reader -> {
            asked.incrementAndGet();
            return Map.of();
        });

        core.engagements.get(ann, withOlivia.id());
        core.clients.get(ann, olivia.id());
        core.clients.list(core.system);
        assertThat(asked).as("the treating therapist and office staff need no grant").hasValue(0);

        core.clients.get(ben, olivia.id());
        assertThat(asked).hasValue(1);
    }

    @Test
    void theCoverDoesNotSeeEndedEngagements() {
        assertThatThrownBy(() -> core.engagements.get(ben, withEve.id())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void theCoverReadsAnUnsealedClientInFullAndASealedOneByPseudonym() {
        assertThat(core.clients.get(ben, olivia.id()).phone()).isEqualTo("+1 555 0199");
        Client sealed = core.clients.get(ben, sam.id());
        assertThat(sealed.displayName()).isEqualTo(sam.pseudonym());
        assertThat(sealed.phone()).isNull();
        assertThat(core.clients.list(ben)).extracting(Client::displayName)
                .containsExactlyInAnyOrder("Olivia Open", sam.pseudonym());
        assertThatThrownBy(() -> core.clients.get(ben, eve.id())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void everyReadThroughTheGrantIsAuditedWithItsReason() {
        core.engagements.get(ben, withOlivia.id());
        core.clients.get(ben, olivia.id());

        assertThat(core.auditTrail("engagement.read")).filteredOn(a -> ben.userId().equals(a.actorId()))
                .singleElement().satisfies(a -> assertThat(a.reason()).isEqualTo("covering for Ann Example"));
        assertThat(core.auditTrail("client.read")).filteredOn(a -> ben.userId().equals(a.actorId()))
                .singleElement().satisfies(a -> assertThat(a.reason()).isEqualTo("covering for Ann Example"));
    }

    @Test
    void withoutAGrantNothingIsSeenAndAGrantThatFailsGrantsNothing() {
        assertThat(core.engagements.list(cara, null, null)).isEmpty();
        assertThatThrownBy(() -> core.engagements.get(cara, withOlivia.id())).isInstanceOf(RecordNotFoundException.class);

        core.caseloads.remove(benCoversAnn);
        core.caseloads.add(reader -> {
            throw new IllegalStateException("the cover table is unreachable");
        });
        assertThat(core.engagements.list(ben, null, null)).isEmpty();
        assertThatThrownBy(() -> core.clients.get(ben, olivia.id())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aGrantDoesNotLetTheCoverEndAnEngagement() {
        assertThatThrownBy(() -> core.engagements.close(ben, withOlivia.id(), "cover ends it"))
                .isInstanceOf(org.alliance.api.core.AccessDeniedException.class);
    }

    @Test
    void treatsOrTreatedFindsAnEngagementWithThePractitionerAsClinicianClient() {
        Client benAsClient = core.sealedClient(core.system, "Ben Example", ben.userId());
        Engagement annTreatsBen = core.engage(benAsClient.id(), ann);

        assertThat(core.engagements.treatsOrTreated(ann.userId(), ben.userId())).isTrue();
        assertThat(core.engagements.treatsOrTreated(ben.userId(), ann.userId())).isFalse();
        core.engagements.close(ann, annTreatsBen.id(), "ended well");
        assertThat(core.engagements.treatsOrTreated(ann.userId(), ben.userId())).as("past treatment counts").isTrue();
        assertThat(core.engagements.treatsOrTreated(cara.userId(), UUID.randomUUID())).isFalse();
    }

    @Test
    void disclosuresAboutTheTherapistAreShownOnTheEngagement() {
        PractitionerDisclosure supervised = (practitionerId, day) -> practitionerId.equals(ann.userId())
                ? List.of("Ann Example practises under the clinical supervision of Sue Example.") : List.of();
        core.disclosures.add(supervised);
        core.disclosures.add((practitionerId, day) -> {
            throw new IllegalStateException("broken plugin");
        });

        assertThat(core.engagements.disclosures(ann, withOlivia.id()))
                .containsExactly("Ann Example practises under the clinical supervision of Sue Example.");
        assertThatThrownBy(() -> core.engagements.disclosures(cara, withOlivia.id()))
                .isInstanceOf(RecordNotFoundException.class);
    }
}
