package org.alliance.supervision.internal;

import static org.alliance.supervision.internal.SupervisionFixture.START;
import static org.alliance.supervision.internal.SupervisionFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.Role;
import org.alliance.api.notes.Cosignature;
import org.alliance.api.notes.Note;
import org.alliance.api.notes.NoteKind;
import org.alliance.api.notes.NoteStatus;
import org.alliance.api.supervision.CosignMode;
import org.alliance.api.supervision.NewRelationship;
import org.alliance.api.supervision.Relationship;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a supervision relationship lets the notes module and core do: co-signature, reading, caseloads, disclosure. */
class GrantsTest {

    private final SupervisionFixture f;
    private final CosignatureRequirement cosignature;
    private final SupervisorAccess access;
    private final SupervisionDisclosure disclosure;
    private final Actor sam;
    private final Actor ines;

    GrantsTest() throws Exception {
        f = new SupervisionFixture();
        cosignature = new CosignatureRequirement(f.supervision);
        access = new SupervisorAccess(f.supervision);
        disclosure = new SupervisionDisclosure(f.supervision);
        sam = f.person("Dr. Sam Supervisor", "LMFT 1234", Role.SUPERVISOR);
        ines = f.person("Ines Intern", Role.INTERN);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private Note draft(Actor author, NoteKind kind) {
        return new Note(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, author.userId(), author.displayName(),
                kind, NoteStatus.DRAFT, null, Map.of(), START, START, null, null, null, null, List.of(), List.of());
    }

    @Test
    void aSuperviseesSignedProgressNoteWaitsForTheCosigningSupervisorFirst() {
        Actor early = f.person("Dr. Early Approver", Role.SUPERVISOR);
        f.relationship(early, ines, CosignMode.APPROVE, TODAY.minusDays(90));
        f.relationship(sam, ines, CosignMode.COSIGN, TODAY.minusDays(10));

        Cosignature wanted = cosignature.cosignatureFor(ines, draft(ines, NoteKind.PROGRESS)).orElseThrow();

        assertThat(wanted.cosignerId()).isEqualTo(sam.userId());
        assertThat(wanted.reason()).contains("Dr. Sam Supervisor", "COSIGN", "Test Board");
    }

    @Test
    void withSeveralApproversTheLongestStandingOneIsAsked() {
        Actor early = f.person("Dr. Early", Role.SUPERVISOR);
        f.relationship(sam, ines, CosignMode.APPROVE, TODAY.minusDays(10));
        f.relationship(early, ines, CosignMode.APPROVE, TODAY.minusDays(90));

        assertThat(cosignature.cosignatureFor(ines, draft(ines, NoteKind.PROGRESS))).get()
                .satisfies(c -> assertThat(c.reason()).contains("Approval", "APPROVE"))
                .extracting(Cosignature::cosignerId).isEqualTo(early.userId());
    }

    @Test
    void viewOnlyEndedOrFutureRelationshipsAndPsychotherapyNotesWaitForNobody() {
        f.relationship(sam, ines, CosignMode.VIEW, TODAY.minusDays(10));
        Actor past = f.person("Dr. Past", Role.SUPERVISOR);
        f.supervision.createRelationship(past, new NewRelationship(past.userId(), ines.userId(), CosignMode.COSIGN,
                TestRuleSet.ID, TODAY.minusDays(200), TODAY.minusDays(100), true, null, false));
        Actor intern = f.person("Ivo Intern", Role.INTERN);
        f.relationship(sam, intern, CosignMode.COSIGN, TODAY.plusDays(1));

        assertThat(cosignature.cosignatureFor(ines, draft(ines, NoteKind.PROGRESS))).isEmpty();
        assertThat(cosignature.cosignatureFor(intern, draft(intern, NoteKind.PROGRESS))).isEmpty();
        f.relationship(f.person("Dr. Now", Role.SUPERVISOR), intern, CosignMode.COSIGN, TODAY);
        assertThat(cosignature.cosignatureFor(intern, draft(intern, NoteKind.PSYCHOTHERAPY))).isEmpty();
    }

    @Test
    void aSupervisorReadsProgressNotesAndPsychotherapyNotesOnlyWhenGranted() {
        Relationship progressOnly = f.relationship(sam, ines, CosignMode.VIEW, TODAY.minusDays(10));
        UUID engagement = UUID.randomUUID();

        assertThat(access.grant(sam, engagement, ines.userId(), NoteKind.PROGRESS)).contains("supervisor of Ines Intern");
        assertThat(access.grant(sam, engagement, ines.userId(), NoteKind.PSYCHOTHERAPY)).isEmpty();
        assertThat(access.grant(ines, engagement, sam.userId(), NoteKind.PROGRESS)).as("not the other way round").isEmpty();
        assertThat(access.grant(f.person("Dr. Stranger", Role.SUPERVISOR), engagement, ines.userId(), NoteKind.PROGRESS))
                .isEmpty();

        Actor intern = f.person("Ivo Intern", Role.INTERN);
        f.supervision.createRelationship(sam, new NewRelationship(sam.userId(), intern.userId(), CosignMode.COSIGN,
                TestRuleSet.ID, TODAY, null, true, null, true));
        assertThat(access.grant(sam, engagement, intern.userId(), NoteKind.PSYCHOTHERAPY)).get().asString()
                .contains("supervised-training exception");

        f.supervision.endRelationship(sam, progressOnly.id(), TODAY.minusDays(1));
        assertThat(access.grant(sam, engagement, ines.userId(), NoteKind.PROGRESS)).as("ended").isEmpty();
    }

    @Test
    void aSupervisorSeesTheCaseloadsOfTheirCurrentSupervisees() {
        f.relationship(sam, ines, CosignMode.VIEW, TODAY.minusDays(10));

        assertThat(access.caseloadsVisibleTo(sam)).containsExactly(Map.entry(ines.userId(), "supervisor of Ines Intern"));
        assertThat(access.caseloadsVisibleTo(ines)).isEmpty();
        assertThat(access.caseloadsVisibleTo(Actor.system("test"))).isEmpty();
    }

    @Test
    void clientsOfASupervisedPractitionerAreToldWhoSupervises() {
        f.relationship(sam, ines, CosignMode.COSIGN, TODAY.minusDays(10));
        Actor unlicensed = f.person("Dr. Una", Role.SUPERVISOR);
        f.relationship(unlicensed, ines, CosignMode.VIEW, TODAY.minusDays(5));

        assertThat(disclosure.disclosuresFor(ines.userId(), TODAY)).containsExactly(
                "Ines Intern practises under the clinical supervision of Dr. Sam Supervisor, LMFT 1234, who may review "
                        + "your records to support your care.",
                "Ines Intern practises under the clinical supervision of Dr. Una, who may review your records to support "
                        + "your care.");
        assertThat(disclosure.disclosuresFor(ines.userId(), TODAY.minusDays(11))).isEmpty();
        assertThat(disclosure.disclosuresFor(sam.userId(), TODAY)).isEmpty();
    }

    @Test
    void grantsAndDisclosuresAnswerWithoutAskingCoreAndFollowAccountChanges() {
        f.relationship(sam, ines, CosignMode.COSIGN, TODAY.minusDays(10));
        org.mockito.Mockito.clearInvocations(f.users);

        cosignature.cosignatureFor(ines, draft(ines, NoteKind.PROGRESS));
        access.grant(sam, UUID.randomUUID(), ines.userId(), NoteKind.PROGRESS);
        access.caseloadsVisibleTo(sam);
        disclosure.disclosuresFor(ines.userId(), TODAY);
        org.mockito.Mockito.verifyNoInteractions(f.users);

        org.mockito.Mockito.doReturn(new org.alliance.api.core.User(sam.userId(), "sam", "Dr. Sam Renamed", null,
                java.util.Set.of(Role.SUPERVISOR), List.of(), "LMFT 9999", true, START)).when(f.users)
                .get(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.eq(sam.userId()));
        f.supervision.refreshPerson(sam.userId());

        assertThat(disclosure.disclosuresFor(ines.userId(), TODAY)).singleElement().asString()
                .contains("Dr. Sam Renamed, LMFT 9999");
        assertThat(f.supervision.relationships(ines, null, null)).singleElement()
                .extracting(Relationship::supervisorName).isEqualTo("Dr. Sam Renamed");
    }
}
