package org.alliance.core.internal.engagements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditEntry;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.Client;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.Engagement;
import org.alliance.api.core.EngagementEndingWorkflow;
import org.alliance.api.core.EngagementStatus;
import org.alliance.api.core.Events;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.NewEngagement;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.core.User;
import org.alliance.api.core.UserChanges;
import org.alliance.core.internal.CoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/** Ann and Ben are therapists, Fran is front desk, Ada the admin; Fran registered Olivia, Ann registered Carl. */
class EngagementServiceImplTest {

    private final CoreFixture core = new CoreFixture();
    private final Actor ann = core.therapist("ann");
    private final Actor ben = core.therapist("ben");
    private final Actor fran = core.frontDesk("fran");
    private final Actor ada = core.admin("ada");
    private final Client olivia = core.unsealedClient(fran, "Olivia Open");
    private final Client carl = core.unsealedClient(ann, "Carl Annsown");

    @AfterEach
    void dropDatabase() {
        core.close();
    }

    // ---- opening ----

    @Test
    void openingOutsideDeclaredCompetenceWarnsAndIsFlaggedUnderTheDefaultPolicy() {
        assertThat(core.engagements.competenceWarning(fran, ann.userId(), "emdr"))
                .hasValueSatisfying(w -> assertThat(w).contains("has not declared competence in emdr"));

        Engagement e = core.engagements.create(fran, new NewEngagement(olivia.id(), ann.userId(), "emdr"));

        assertThat(core.auditTrail("engagement.create")).filteredOn(a -> e.id().equals(a.subjectId())).singleElement()
                .satisfies(a -> {
                    assertThat(a.flagged()).isTrue();
                    assertThat(a.reason()).isEqualTo("outside declared competence: emdr");
                });
    }

    @Test
    void aDeclaredModalityNeedsNoWarning() {
        core.users.update(ada, ann.userId(), new UserChanges(null, null, null, java.util.List.of("cbt"), null, null, null));

        assertThat(core.engagements.competenceWarning(fran, ann.userId(), "cbt")).isEmpty();
    }

    @Test
    void underTheRefusePolicyAnEngagementOutsideDeclaredCompetenceIsRefused() {
        core.settings.modified(org.alliance.core.internal.TestPracticeConfiguration.defaults()
                .withCompetencePolicy(org.alliance.core.internal.config.CompetencePolicy.REFUSE));

        assertThatThrownBy(() -> core.engagements.create(fran, new NewEngagement(olivia.id(), ann.userId(), "emdr")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("modality");
                    assertThat(e.getMessage()).contains("refuses");
                });
        assertThat(core.engagements.list(fran, olivia.id(), null)).isEmpty();
    }

    @Test
    void frontDeskOpensAnEngagementForATherapist() {
        Engagement e = core.engagements.create(fran, new NewEngagement(olivia.id(), ann.userId(), "cbt"));

        assertThat(e.status()).isEqualTo(EngagementStatus.ACTIVE);
        assertThat(e.clientId()).isEqualTo(olivia.id());
        assertThat(e.therapistId()).isEqualTo(ann.userId());
        assertThat(e.modality()).isEqualTo("cbt");
        assertThat(e.clientName()).isEqualTo("Olivia Open");
        assertThat(e.startedAt()).isEqualTo(CoreFixture.START);
        assertThat(e.endedAt()).isNull();
        assertThat(core.engagements.get(ann, e.id())).isEqualTo(e);
    }

    @Test
    void openingPublishesCreatedAndIsAudited() {
        Engagement e = core.engagements.create(fran, new NewEngagement(olivia.id(), ann.userId(), "cbt"));

        assertThat(core.postedEvents(Events.ENGAGEMENT_CREATED)).singleElement().satisfies(event -> {
            assertThat(event.getProperty(Events.PROP_ID)).isEqualTo(e.id().toString());
            assertThat(event.getProperty(Events.PROP_CLIENT_ID)).isEqualTo(olivia.id().toString());
            assertThat(event.getProperty(Events.PROP_THERAPIST_ID)).isEqualTo(ann.userId().toString());
            assertThat(event.getProperty(Events.PROP_ACTOR_ID)).isEqualTo(fran.userId().toString());
        });
        assertThat(core.auditTrail("engagement.create")).singleElement().satisfies(a -> {
            assertThat(a.subjectId()).isEqualTo(e.id());
            assertThat(a.clientId()).isEqualTo(olivia.id());
            assertThat(a.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        });
    }

    @Test
    void aTherapistOpensAnEngagementForThemselfWithAClientTheyRegistered() {
        Engagement e = core.engagements.create(ann, new NewEngagement(carl.id(), ann.userId(), "cbt"));

        assertThat(e.therapistId()).isEqualTo(ann.userId());
        assertThat(e.clientName()).isEqualTo("Carl Annsown");
    }

    @Test
    void aTherapistOpensAnotherModalityWithAClientTheyAlreadyTreat() {
        core.engage(olivia.id(), ann);

        Engagement e = core.engagements.create(ann, new NewEngagement(olivia.id(), ann.userId(), "emdr"));

        assertThat(e.modality()).isEqualTo("emdr");
    }

    /**
     * Someone else's client is one Ben may not know exists, so the refusal is the same "not found" a
     * nonexistent client gets (RecordNotFoundException: 404 rather than 403 where existence discloses).
     */
    @Test
    void aTherapistCannotOpenAnEngagementWithSomeoneElsesClient() {
        assertThatThrownBy(() -> core.engagements.create(ben, new NewEngagement(carl.id(), ben.userId(), "cbt")))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(core.engagements.list(ada, carl.id(), null)).isEmpty();
        assertThat(core.auditTrail("engagement.create")).singleElement()
                .satisfies(a -> assertThat(a.outcome()).isNotEqualTo(AuditOutcome.SUCCESS));
    }

    @Test
    void aTherapistCannotOpenAnEngagementForAnotherTherapist() {
        assertThatThrownBy(() -> core.engagements.create(ann, new NewEngagement(carl.id(), ben.userId(), "cbt")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(core.engagements.list(ada, carl.id(), null)).isEmpty();
        assertThat(core.auditTrail("engagement.create")).singleElement()
                .satisfies(a -> assertThat(a.outcome()).isEqualTo(AuditOutcome.DENIED));
    }

    @Test
    void theTherapistMustHoldATreatingRole() {
        User sue = core.user("sue", Role.SUPERVISOR);

        InvalidInputException supervisor = catchThrowableOfType(InvalidInputException.class,
                () -> core.engagements.create(fran, new NewEngagement(olivia.id(), sue.id(), "cbt")));
        InvalidInputException frontDesk = catchThrowableOfType(InvalidInputException.class,
                () -> core.engagements.create(ada, new NewEngagement(olivia.id(), fran.userId(), "cbt")));

        assertThat(supervisor.field()).isEqualTo("therapistId");
        assertThat(frontDesk.field()).isEqualTo("therapistId");
    }

    @Test
    void anInternMayTreat() {
        User ian = core.user("ian", Role.INTERN);

        assertThat(core.engagements.create(fran, new NewEngagement(olivia.id(), ian.id(), "cbt")).therapistId())
                .isEqualTo(ian.id());
    }

    @Test
    void anInactiveTherapistCannotTakeNewEngagements() {
        core.users.update(ada, ben.userId(), new UserChanges(null, null, null, null, null, false, null));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> core.engagements.create(fran, new NewEngagement(olivia.id(), ben.userId(), "cbt")));

        assertThat(e.field()).isEqualTo("therapistId");
    }

    @Test
    void anUnknownTherapistOrClientIsNotFound() {
        assertThatThrownBy(() -> core.engagements.create(fran, new NewEngagement(olivia.id(), UUID.randomUUID(), "cbt")))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> core.engagements.create(fran, new NewEngagement(UUID.randomUUID(), ann.userId(), "cbt")))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aMalformedModalityIsRefused() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> core.engagements.create(fran, new NewEngagement(olivia.id(), ann.userId(), "CBT!")));

        assertThat(e.field()).isEqualTo("modality");
    }

    @Test
    void racingRequestsForTheSameEngagementOpenExactlyOne() throws Exception {
        int racers = 8;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(racers);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(racers);
        java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
        for (int i = 0; i < racers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    core.engagements.create(fran, new NewEngagement(olivia.id(), ann.userId(), "cbt"));
                    return true;
                } catch (ConflictException expected) {
                    return false;
                }
            }));
        }
        int opened = 0;
        for (java.util.concurrent.Future<Boolean> r : results) {
            opened += r.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(opened).isEqualTo(1);
        assertThat(core.engagements.list(fran, olivia.id(), null)).hasSize(1);
    }

    @Test
    void aSecondActiveEngagementForTheSameClientTherapistAndModalityIsAConflict() {
        core.engagements.create(fran, new NewEngagement(olivia.id(), ann.userId(), "cbt"));

        assertThatThrownBy(() -> core.engagements.create(ada, new NewEngagement(olivia.id(), ann.userId(), "cbt")))
                .isInstanceOf(ConflictException.class);
        assertThat(core.engagements.list(fran, olivia.id(), null)).hasSize(1);
    }

    @Test
    void theSameClientMayHaveOtherTherapistsOrModalities() {
        core.engagements.create(fran, new NewEngagement(olivia.id(), ann.userId(), "cbt"));

        core.engagements.create(fran, new NewEngagement(olivia.id(), ann.userId(), "emdr"));
        core.engagements.create(fran, new NewEngagement(olivia.id(), ben.userId(), "cbt"));

        assertThat(core.engagements.list(fran, olivia.id(), null)).hasSize(3);
    }

    @Test
    void aNewEngagementMayFollowAnEndedOne() {
        Engagement first = core.engagements.create(fran, new NewEngagement(olivia.id(), ann.userId(), "cbt"));
        core.engagements.close(ann, first.id(), "Goals reached");

        Engagement again = core.engagements.create(fran, new NewEngagement(olivia.id(), ann.userId(), "cbt"));

        assertThat(again.status()).isEqualTo(EngagementStatus.ACTIVE);
    }

    @Test
    void aPractitionerCannotTreatThemself() {
        Client annAsClient = core.sealedClient(fran, "Ann In Treatment", ann.userId());

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> core.engagements.create(fran, new NewEngagement(annAsClient.id(), ann.userId(), "cbt")));

        assertThat(e.field()).isEqualTo("therapistId");
        assertThat(core.engagements.list(fran, annAsClient.id(), null)).isEmpty();
        assertThat(core.engagements.create(fran, new NewEngagement(annAsClient.id(), ben.userId(), "cbt"))
                .therapistId()).isEqualTo(ben.userId());
    }

    // ---- closing ----

    @Test
    void closingWithAReasonEndsTheEngagementAndPublishesEnded() {
        Engagement e = core.engage(olivia.id(), ann);
        core.clock.advance(Duration.ofDays(30));
        Instant closedAt = core.clock.instant();

        Engagement closed = core.engagements.close(ann, e.id(), "Treatment goals reached");

        assertThat(closed.status()).isEqualTo(EngagementStatus.ENDED);
        assertThat(closed.endedAt()).isEqualTo(closedAt);
        assertThat(closed.endReason()).isEqualTo("Treatment goals reached");
        assertThat(core.engagements.get(fran, e.id()).status()).isEqualTo(EngagementStatus.ENDED);
        Event ended = core.postedEvents(Events.ENGAGEMENT_ENDED).get(0);
        assertThat(ended.getProperty(Events.PROP_ID)).isEqualTo(e.id().toString());
        assertThat(ended.getProperty(Events.PROP_REASON)).isEqualTo("Treatment goals reached");
        assertThat(ended.getProperty(Events.PROP_AT)).isEqualTo(closedAt.toString());
        assertThat(core.auditTrail("engagement.close")).singleElement()
                .satisfies(a -> assertThat(a.reason()).as("the reason may be clinical: not in the audit log").isNull());
    }

    @Test
    void closingTwiceIsAConflict() {
        Engagement e = core.engage(olivia.id(), ann);
        core.engagements.close(ann, e.id(), "Treatment goals reached");

        assertThatThrownBy(() -> core.engagements.close(ann, e.id(), "Again"))
                .isInstanceOf(ConflictException.class);
        assertThat(core.postedEvents(Events.ENGAGEMENT_ENDED)).hasSize(1);
        assertThat(core.engagements.get(ann, e.id()).endReason()).isEqualTo("Treatment goals reached");
    }

    @Test
    void closingNeedsAReason() {
        Engagement e = core.engage(olivia.id(), ann);

        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                () -> core.engagements.close(ann, e.id(), " "));

        assertThat(thrown.field()).isEqualTo("reason");
        assertThat(core.engagements.get(ann, e.id()).status()).isEqualTo(EngagementStatus.ACTIVE);
    }

    @Test
    void frontDeskCannotCloseAnEngagementButAnAdminCan() {
        Engagement e = core.engage(olivia.id(), ann);

        assertThatThrownBy(() -> core.engagements.close(fran, e.id(), "Client moved away"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(core.engagements.close(ada, e.id(), "Client moved away").status()).isEqualTo(EngagementStatus.ENDED);
    }

    @Test
    void whileAnEndingWorkflowIsRegisteredClosingIsRefused() {
        Engagement e = core.engage(olivia.id(), ann);
        EngagementEndingWorkflow termination = () -> "Use the Termination page.";
        core.engagements.addEndingWorkflow(termination);

        assertThatThrownBy(() -> core.engagements.close(ann, e.id(), "Treatment goals reached"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Use the Termination page.");
        assertThat(core.engagements.get(ann, e.id()).status()).isEqualTo(EngagementStatus.ACTIVE);
        assertThat(core.postedEvents(Events.ENGAGEMENT_ENDED)).isEmpty();

        core.engagements.removeEndingWorkflow(termination);
        assertThat(core.engagements.close(ann, e.id(), "Treatment goals reached").status())
                .isEqualTo(EngagementStatus.ENDED);
    }

    @Test
    void onlyTheRegisteredEndingWorkflowEndsAnEngagementAtTheDayItNames() {
        Engagement e = core.engage(olivia.id(), ann);
        EngagementEndingWorkflow termination = () -> "Use the Termination page.";
        EngagementEndingWorkflow impostor = () -> "Somewhere else.";
        core.engagements.addEndingWorkflow(termination);
        java.time.Instant earlier = java.time.Instant.parse("2026-01-05T12:00:00Z");

        assertThatThrownBy(() -> core.engagements.endThroughWorkflow(impostor, ann, e.id(), "x", null))
                .isInstanceOf(IllegalStateException.class);
        Engagement ended = core.engagements.endThroughWorkflow(termination, ann, e.id(), "Goals met", earlier);

        assertThat(ended.status()).isEqualTo(EngagementStatus.ENDED);
        assertThat(ended.endedAt()).isEqualTo(earlier);
        assertThat(core.postedEvents(Events.ENGAGEMENT_ENDED)).hasSize(1);
        assertThatThrownBy(() -> core.engagements.endThroughWorkflow(termination, ann, e.id(), "again", null))
                .isInstanceOf(ConflictException.class);
    }

    // ---- reading ----

    @Test
    void aTherapistListsOnlyTheirOwnEngagements() {
        Engagement annsOlivia = core.engage(olivia.id(), ann);
        Engagement annsCarl = core.engage(carl.id(), ann);
        Engagement bensOlivia = core.engage(olivia.id(), ben);

        assertThat(core.engagements.list(ann, null, null)).extracting(Engagement::id)
                .containsExactlyInAnyOrder(annsOlivia.id(), annsCarl.id());
        assertThat(core.engagements.list(ann, olivia.id(), null)).extracting(Engagement::id)
                .containsExactly(annsOlivia.id());
        assertThat(core.engagements.list(ann, null, ben.userId())).isEmpty();
        assertThat(core.engagements.list(fran, null, null)).extracting(Engagement::id)
                .containsExactlyInAnyOrder(annsOlivia.id(), annsCarl.id(), bensOlivia.id());
    }

    @Test
    void listIsNewestFirst() {
        Engagement older = core.engage(olivia.id(), ann);
        core.clock.advance(Duration.ofHours(1));
        Engagement newer = core.engage(carl.id(), ann);

        assertThat(core.engagements.list(ann, null, null)).extracting(Engagement::id)
                .containsExactly(newer.id(), older.id());
    }

    @Test
    void listMasksASealedClientsNameForFrontDeskButNotForTheTreatingTherapist() {
        Client sam = core.sealedClient(fran, "Sam Sealed");
        core.engage(sam.id(), ann);

        assertThat(core.engagements.list(fran, sam.id(), null)).singleElement()
                .satisfies(e -> assertThat(e.clientName()).isEqualTo(sam.pseudonym()).matches("Client [0-9A-F]{4,}"));
        assertThat(core.engagements.list(ann, sam.id(), null)).singleElement()
                .satisfies(e -> assertThat(e.clientName()).isEqualTo("Sam Sealed"));
    }

    @Test
    void everyListedEngagementIsAuditedWithItsClient() {
        Engagement e = core.engage(olivia.id(), ann);

        core.engagements.list(ann, null, null);

        assertThat(core.auditTrail("engagement.list")).singleElement().satisfies(a -> {
            assertThat(a.actorId()).isEqualTo(ann.userId());
            assertThat(a.subjectId()).isEqualTo(e.id());
            assertThat(a.clientId()).isEqualTo(olivia.id());
        });
    }

    @Test
    void anotherTherapistCannotReadOrCloseAnEngagement() {
        Engagement e = core.engage(olivia.id(), ann);

        assertThatThrownBy(() -> core.engagements.get(ben, e.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> core.engagements.close(ben, e.id(), "Not mine to close"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(core.auditTrail("engagement.read")).extracting(AuditEntry::outcome)
                .containsExactly(AuditOutcome.DENIED);
        assertThat(core.engagements.get(ann, e.id()).status()).isEqualTo(EngagementStatus.ACTIVE);
    }
}
