package org.alliance.supervision.internal;

import static org.alliance.supervision.internal.SupervisionFixture.TODAY;
import static org.alliance.supervision.internal.SupervisionFixture.newRelationship;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.core.RuleViolationException;
import org.alliance.api.supervision.CosignMode;
import org.alliance.api.supervision.NewRelationship;
import org.alliance.api.supervision.Relationship;
import org.alliance.api.supervision.SupervisionEvents;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Recording supervision relationships: who may, and every conflict that refuses one. */
class RelationshipsTest {

    private final SupervisionFixture f;
    private final Actor sam;
    private final Actor ines;
    private final Actor admin;

    RelationshipsTest() throws Exception {
        f = new SupervisionFixture();
        sam = f.person("Dr. Sam Supervisor", "LMFT 1234", Role.SUPERVISOR, Role.THERAPIST);
        ines = f.person("Ines Intern", Role.INTERN);
        admin = f.person("Ada Admin", Role.ADMIN);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private static RuleViolationException refused(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(RuleViolationException.class);
        return (RuleViolationException) thrown;
    }

    @Test
    void aSupervisorRecordsTheirOwnRelationshipWithConsentAndItIsAnnouncedAndAudited() {
        Relationship r = f.supervision.createRelationship(sam, newRelationship(sam, ines, true));

        assertThat(r.supervisorName()).isEqualTo("Dr. Sam Supervisor");
        assertThat(r.superviseeName()).isEqualTo("Ines Intern");
        assertThat(r.ruleSetId()).isEqualTo(TestRuleSet.ID);
        assertThat(r.consentRecordedAt()).isEqualTo(SupervisionFixture.START);
        assertThat(f.posted).extracting(e -> e.getTopic()).containsExactly(SupervisionEvents.RELATIONSHIP_CREATED);
        assertThat(f.posted.get(0).getProperty("superviseeId")).isEqualTo(ines.userId().toString());
        assertThat(f.audited).extracting(a -> a.action() + ":" + a.outcome())
                .containsExactly("supervision.relationship.create:SUCCESS");
    }

    @Test
    void aSupervisorWhoTreatsTheSuperviseeIsRefusedNamingTheTreatment() {
        f.treats(sam, ines);

        RuleViolationException e = refused(() -> f.supervision.createRelationship(sam, newRelationship(sam, ines, true)));

        assertThat(e.violations()).singleElement().asString()
                .contains("Dr. Sam Supervisor is or was Ines Intern's therapist", "own client");
        assertThat(f.audited).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(a.reason()).isEqualTo("refused: supervisor-treats-supervisee");
        });
        assertThat(f.supervision.relationships(admin, null, null)).isEmpty();
    }

    @Test
    void aSuperviseeWhoTreatsTheSupervisorIsRefusedToo() {
        f.treats(ines, sam);

        assertThat(refused(() -> f.supervision.createRelationship(sam, newRelationship(sam, ines, true))).violations())
                .singleElement().asString().contains("Ines Intern is or was Dr. Sam Supervisor's therapist");
    }

    @Test
    void anAdminLearnsOnlyThatThereIsATreatmentRelationshipNotWhoTreatsWhom() {
        f.treats(sam, ines);

        assertThat(refused(() -> f.supervision.createRelationship(admin, newRelationship(sam, ines, true))).violations())
                .singleElement().asString().contains("are in a treatment relationship").doesNotContain("Dr. Sam Supervisor is or was");
    }

    @Test
    void withoutTheSuperviseesConsentNothingIsRecorded() {
        assertThat(refused(() -> f.supervision.createRelationship(sam, newRelationship(sam, ines, false))).violations())
                .singleElement().asString().contains("consent", "not recorded");
        assertThat(f.supervision.relationships(admin, null, null)).isEmpty();
    }

    @Test
    void aSuperviseeHasNoMoreSupervisorsAtOnceThanTheRuleSetAllows() {
        Actor tom = f.person("Dr. Tom", Role.SUPERVISOR);
        Actor uma = f.person("Dr. Uma", Role.SUPERVISOR);
        Actor vic = f.person("Dr. Vic", Role.SUPERVISOR);
        f.supervision.createRelationship(tom, new NewRelationship(tom.userId(), ines.userId(), CosignMode.VIEW,
                TestRuleSet.ID, TODAY.minusYears(2), TODAY.minusYears(1), true, null, false));
        f.relationship(uma, ines, CosignMode.VIEW, TODAY.minusMonths(1));
        f.relationship(vic, ines, CosignMode.VIEW, TODAY.minusMonths(1));

        RuleViolationException e = refused(() -> f.supervision.createRelationship(sam, newRelationship(sam, ines, true)));

        assertThat(e.violations()).singleElement().asString().contains("Ines Intern would have 3 supervisors at once",
                "Test Board allows at most 2");
    }

    @Test
    void relationshipsOneAfterTheOtherDoNotCountAsAtOnce() {
        Actor tom = f.person("Dr. Tom", Role.SUPERVISOR);
        Actor uma = f.person("Dr. Uma", Role.SUPERVISOR);
        f.supervision.createRelationship(tom, new NewRelationship(tom.userId(), ines.userId(), CosignMode.VIEW,
                TestRuleSet.ID, TODAY, TODAY.plusMonths(3), true, null, false));
        f.relationship(uma, ines, CosignMode.VIEW, TODAY.plusMonths(3).plusDays(1));

        Relationship r = f.supervision.createRelationship(sam, newRelationship(sam, ines, true));

        assertThat(r.id()).isNotNull();
    }

    @Test
    void aSupervisorHasNoMoreSuperviseesAtOnceThanTheRuleSetAllows() {
        f.relationship(sam, f.person("Ann", Role.THERAPIST), CosignMode.VIEW, TODAY.minusDays(10));
        f.relationship(sam, f.person("Ben", Role.INTERN), CosignMode.VIEW, TODAY.minusDays(5));

        assertThat(refused(() -> f.supervision.createRelationship(sam, newRelationship(sam, ines, true))).violations())
                .singleElement().asString().contains("Dr. Sam Supervisor would supervise 3 supervisees at once");
    }

    @Test
    void everyConflictIsListedAtOnce() {
        f.treats(sam, ines);
        f.treats(ines, sam);
        f.relationship(f.person("Dr. Tom", Role.SUPERVISOR), ines, CosignMode.VIEW, TODAY);
        f.relationship(f.person("Dr. Uma", Role.SUPERVISOR), ines, CosignMode.VIEW, TODAY);
        f.relationship(sam, f.person("Ann", Role.THERAPIST), CosignMode.VIEW, TODAY);
        f.relationship(sam, f.person("Ben", Role.INTERN), CosignMode.VIEW, TODAY);
        f.audited.clear();

        RuleViolationException e = refused(() -> f.supervision.createRelationship(sam, newRelationship(sam, ines, false)));

        assertThat(e.violations()).hasSize(5);
        assertThat(e.getMessage()).contains("own client", "their own client", "consent", "3 supervisors", "3 supervisees");
        assertThat(f.audited).singleElement().extracting(a -> a.reason()).isEqualTo("refused: supervisor-treats-supervisee, "
                + "supervisee-treats-supervisor, consent-missing, too-many-supervisors, too-many-supervisees");
    }

    @Test
    void aSecondOverlappingRelationshipOfTheSamePairIsRefused() {
        f.relationship(sam, ines, CosignMode.VIEW, TODAY.minusDays(3));

        assertThat(refused(() -> f.supervision.createRelationship(sam, newRelationship(sam, ines, true))).violations())
                .singleElement().asString().contains("already supervises");
    }

    @Test
    void onlyAdminsAndTheSupervisorThemselfRecordARelationship() {
        Actor therapist = f.person("Tia Therapist", Role.THERAPIST);
        Actor otherSupervisor = f.person("Dr. Other", Role.SUPERVISOR);

        assertThatThrownBy(() -> f.supervision.createRelationship(therapist, newRelationship(sam, ines, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.supervision.createRelationship(otherSupervisor, newRelationship(sam, ines, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.supervision.createRelationship(admin, newRelationship(sam, ines, true)).createdBy())
                .isEqualTo(admin.userId());
    }

    @Test
    void malformedRelationshipsAreBadInputNamingTheField() {
        Actor therapist = f.person("Tia Therapist", Role.THERAPIST);
        Actor frontDesk = f.person("Fran Desk", Role.FRONTDESK);

        assertThatThrownBy(() -> f.supervision.createRelationship(admin, newRelationship(therapist, ines, true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not a supervisor");
        assertThatThrownBy(() -> f.supervision.createRelationship(sam, newRelationship(sam, frontDesk, true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not treat clients");
        assertThatThrownBy(() -> f.supervision.createRelationship(sam, newRelationship(sam, sam, true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("someone other");
        assertThatThrownBy(() -> f.supervision.createRelationship(sam, new NewRelationship(sam.userId(), ines.userId(),
                CosignMode.COSIGN, "ny-lmhc", TODAY, null, true, null, false))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("there is no rule set 'ny-lmhc'; installed: test-rules");
        assertThatThrownBy(() -> f.supervision.createRelationship(sam, new NewRelationship(sam.userId(), ines.userId(),
                CosignMode.COSIGN, TestRuleSet.ID, TODAY, TODAY.minusDays(1), true, null, false)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("end");
        assertThatThrownBy(() -> f.supervision.createRelationship(sam, new NewRelationship(sam.userId(), ines.userId(),
                null, TestRuleSet.ID, TODAY, null, true, null, false))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cosignMode");
    }

    @Test
    void withoutARuleSetThePracticesDefaultApplies() {
        f.policy = new SupervisionSettings.Policy(TestRuleSet.ID, true);

        Relationship r = f.supervision.createRelationship(sam, new NewRelationship(sam.userId(), ines.userId(),
                CosignMode.APPROVE, null, TODAY, null, true, null, false));

        assertThat(r.ruleSetId()).isEqualTo(TestRuleSet.ID);
    }

    @Test
    void eachSeesTheirOwnRelationshipsAndAdminsSeeAll() {
        Relationship r = f.relationship(sam, ines, CosignMode.COSIGN, TODAY);
        Actor stranger = f.person("Stan Stranger", Role.SUPERVISOR, Role.THERAPIST);

        assertThat(f.supervision.relationships(sam, null, null)).extracting(Relationship::id).containsExactly(r.id());
        assertThat(f.supervision.relationships(ines, ines.userId(), null)).extracting(Relationship::id).containsExactly(r.id());
        assertThat(f.supervision.relationships(stranger, ines.userId(), null)).isEmpty();
        assertThat(f.supervision.relationships(admin, null, sam.userId())).extracting(Relationship::id).containsExactly(r.id());
        assertThat(f.audited).filteredOn(a -> a.action().equals("supervision.relationship.read")).hasSize(3);
    }

    @Test
    void aRelationshipEndsOnceAndNotBeforeItStarted() {
        Relationship r = f.relationship(sam, ines, CosignMode.COSIGN, TODAY.minusDays(30));

        assertThatThrownBy(() -> f.supervision.endRelationship(ines, r.id(), TODAY.minusDays(31)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(f.supervision.endRelationship(ines, r.id(), TODAY).end()).isEqualTo(TODAY);
        assertThatThrownBy(() -> f.supervision.endRelationship(sam, r.id(), TODAY.plusDays(1)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already ended on " + TODAY);
        assertThat(f.supervision.endRelationship(sam, r.id(), TODAY.minusDays(1)).end()).isEqualTo(TODAY.minusDays(1));
        assertThatThrownBy(() -> f.supervision.endRelationship(f.person("Stan", Role.SUPERVISOR), r.id(), TODAY))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(f.posted).extracting(e -> e.getTopic()).contains(SupervisionEvents.RELATIONSHIP_ENDED);
    }
}
