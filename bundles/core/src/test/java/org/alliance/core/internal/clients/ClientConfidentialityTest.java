package org.alliance.core.internal.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditEntry;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.Client;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.Events;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.NewClient;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.core.User;
import org.alliance.core.internal.CoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who sees what of a client. The cast: Ann treats Sam, a therapist of the practice who is
 * himself in treatment (a sealed clinician-client); Ben is another therapist; Fran runs the
 * front desk and registered both clients; Ada is the admin. Olivia is an ordinary client.
 */
class ClientConfidentialityTest {

    private static final String PSEUDONYM = "Client [0-9A-F]{4,}";
    private static final String REASON = "Client unresponsive in session, need emergency contact";

    private final CoreFixture core = new CoreFixture();
    private final Actor ann = core.therapist("ann");
    private final Actor ben = core.therapist("ben");
    private final Actor fran = core.frontDesk("fran");
    private final Actor ada = core.admin("ada");
    private final User samsAccount = core.user("sam", Role.THERAPIST);
    private final Client sam = core.sealedClient(fran, "Sam Sealed", samsAccount.id());
    private final Client olivia = core.unsealedClient(fran, "Olivia Open");

    @BeforeEach
    void annTreatsSam() {
        core.engage(sam.id(), ann);
    }

    @AfterEach
    void dropDatabase() {
        core.close();
    }

    // ---- sealed clients ----

    @Test
    void theTreatingTherapistSeesTheSealedClientsIdentity() {
        Client seen = core.clients.get(ann, sam.id());

        assertThat(seen.displayName()).isEqualTo("Sam Sealed");
        assertThat(seen.identityVisible()).isTrue();
        assertThat(seen.breakGlass()).isFalse();
        assertThat(seen.dateOfBirth()).isEqualTo(LocalDate.of(1980, 5, 17));
        assertThat(seen.email()).isEqualTo("sealed@example.org");
        assertThat(seen.phone()).isEqualTo("+1 555 0100");
        assertThat(seen.address()).isEqualTo("1 Quiet Lane");
        assertThat(seen.practitionerId()).isEqualTo(samsAccount.id());
    }

    @Test
    void frontDeskSeesSealedClientOnlyByPseudonym() {
        assertMaskedView(core.clients.get(fran, sam.id()));
    }

    @Test
    void adminSeesSealedClientOnlyByPseudonym() {
        assertMaskedView(core.clients.get(ada, sam.id()));
    }

    @Test
    void theRegistrationAnswerIsAlreadyMaskedForFrontDesk() {
        assertMaskedView(sam);
        assertThat(core.postedEvents(Events.CLIENT_CREATED))
                .anySatisfy(e -> assertThat(e.getProperty(Events.PROP_ID)).isEqualTo(sam.id().toString()));
    }

    @Test
    void aTherapistWhoRegisteredButDoesNotTreatASealedClientSeesOnlyThePseudonym() {
        Client registered = core.sealedClient(ben, "Rita Registered");

        assertMaskedView(registered);
        assertMaskedView(core.clients.get(ben, registered.id()));
    }

    @Test
    void anotherTherapistCannotLearnThatASealedClientExists() {
        assertThatThrownBy(() -> core.clients.get(ben, sam.id())).isInstanceOf(RecordNotFoundException.class);
        assertThat(core.clients.list(ben)).extracting(Client::id).doesNotContain(sam.id());
    }

    @Test
    void theNotFoundAnswerToAnotherTherapistIsTheSameAsForANonexistentClient() {
        UUID nobody = UUID.randomUUID();

        RecordNotFoundException hidden = catchThrowableOfType(RecordNotFoundException.class,
                () -> core.clients.get(ben, sam.id()));
        RecordNotFoundException missing = catchThrowableOfType(RecordNotFoundException.class,
                () -> core.clients.get(ben, nobody));

        assertThat(hidden.getMessage().replace(sam.id().toString(), "ID"))
                .isEqualTo(missing.getMessage().replace(nobody.toString(), "ID"));
        assertThat(hidden.getMessage()).doesNotContain("Sam").doesNotContain(sam.pseudonym());
    }

    @Test
    void aTherapistWhoTreatedTheClientInThePastStillSeesTheIdentity() {
        UUID engagement = core.engagements.list(ann, sam.id(), null).get(0).id();
        core.engagements.close(ann, engagement, "Treatment goals reached");

        assertThat(core.clients.get(ann, sam.id()).displayName()).isEqualTo("Sam Sealed");
    }

    @Test
    void listMasksSealedClientsForFrontDeskAndShowsTheirOwnDemographicsOtherwise() {
        List<Client> seen = core.clients.list(fran);

        assertThat(seen).extracting(Client::id).containsExactlyInAnyOrder(sam.id(), olivia.id());
        assertThat(seen).filteredOn(c -> c.id().equals(sam.id())).singleElement().satisfies(this::assertMaskedView);
        assertThat(seen).filteredOn(c -> c.id().equals(olivia.id())).singleElement()
                .satisfies(c -> assertThat(c.displayName()).isEqualTo("Olivia Open"));
        assertThat(seen).extracting(Client::displayName).doesNotContain("Sam Sealed");
    }

    @Test
    void listShowsTheTreatingTherapistOnlyTheirClientsWithFullIdentity() {
        List<Client> seen = core.clients.list(ann);

        assertThat(seen).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(sam.id());
            assertThat(c.displayName()).isEqualTo("Sam Sealed");
            assertThat(c.identityVisible()).isTrue();
        });
    }

    @Test
    void listIsOrderedByTheNameTheActorSees() {
        core.unsealedClient(fran, "aaron first");
        core.unsealedClient(fran, "Zoe Last");

        List<String> names = core.clients.list(fran).stream().map(Client::displayName).toList();

        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(names.get(0)).isEqualTo("aaron first");
    }

    @Test
    void pseudonymsAreStableAcrossReadsAndDistinctBetweenClients() {
        String given = sam.pseudonym();

        assertThat(given).matches(PSEUDONYM);
        assertThat(core.clients.get(fran, sam.id()).displayName()).isEqualTo(given);
        assertThat(core.clients.get(ada, sam.id()).pseudonym()).isEqualTo(given);
        assertThat(core.clients.get(ann, sam.id()).pseudonym()).isEqualTo(given);
        assertThat(core.clients.list(fran)).filteredOn(c -> c.id().equals(sam.id()))
                .extracting(Client::displayName).containsExactly(given);
        assertThat(olivia.pseudonym()).matches(PSEUDONYM).isNotEqualTo(given);
    }

    @Test
    void visibleNameIsTheRealNameOnlyForTheTreatingTherapist() {
        assertThat(core.clients.visibleName(ann, sam.id())).isEqualTo("Sam Sealed");
        assertThat(core.clients.visibleName(fran, sam.id())).isEqualTo(sam.pseudonym());
        assertThat(core.clients.visibleName(ada, sam.id())).isEqualTo(sam.pseudonym());
        assertThat(core.auditTrail("client.read-name")).hasSize(3)
                .allSatisfy(e -> assertThat(e.clientId()).isEqualTo(sam.id()));
    }

    // ---- unsealed clients ----

    @Test
    void frontDeskSeesUnsealedClientsDemographics() {
        Client seen = core.clients.get(fran, olivia.id());

        assertThat(seen.displayName()).isEqualTo("Olivia Open");
        assertThat(seen.identityVisible()).isTrue();
        assertThat(seen.dateOfBirth()).isEqualTo(LocalDate.of(1991, 2, 3));
        assertThat(seen.email()).isEqualTo("client@example.org");
        assertThat(seen.phone()).isEqualTo("+1 555 0199");
        assertThat(seen.address()).isEqualTo("2 Main Street");
    }

    @Test
    void aTherapistSeesTheUnsealedClientsTheyRegistered() {
        Client own = core.unsealedClient(ben, "Bella Bens");

        assertThat(core.clients.get(ben, own.id()).displayName()).isEqualTo("Bella Bens");
        assertThat(core.clients.list(ben)).extracting(Client::id).containsExactly(own.id());
    }

    @Test
    void aTherapistDoesNotSeeUnsealedClientsTheyNeitherRegisteredNorTreat() {
        assertThatThrownBy(() -> core.clients.get(ben, olivia.id())).isInstanceOf(RecordNotFoundException.class);
        assertThat(core.clients.list(ben)).isEmpty();
    }

    @Test
    void aSupervisorWithoutATreatingRoleSeesNoClients() {
        Actor sue = core.user("sue", Role.SUPERVISOR).asActor();

        assertThat(core.clients.list(sue)).isEmpty();
        assertThatThrownBy(() -> core.clients.get(sue, olivia.id())).isInstanceOf(RecordNotFoundException.class);
    }

    // ---- registering ----

    @Test
    void aSupervisorWithoutATreatingRoleCannotRegisterClientsAndTheAttemptIsAudited() {
        Actor sue = core.user("sue", Role.SUPERVISOR).asActor();

        assertThatThrownBy(() -> core.clients.create(sue, new NewClient("Someone", null, null, null, null, false, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(core.auditTrail("client.create")).filteredOn(e -> sue.userId().equals(e.actorId()))
                .singleElement().extracting(AuditEntry::outcome).isEqualTo(AuditOutcome.DENIED);
    }

    @Test
    void aPractitionerIdOnANonClinicianClientIsRefused() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> core.clients.create(fran,
                new NewClient("Pat Practitioner", null, null, null, null, false, samsAccount.id())));

        assertThat(e.field()).isEqualTo("practitionerId");
    }

    @Test
    void anUnknownPractitionerIdIsRefused() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> core.clients.create(fran,
                new NewClient("Pat Practitioner", null, null, null, null, true, UUID.randomUUID())));

        assertThat(e.field()).isEqualTo("practitionerId");
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        LocalDate tomorrow = LocalDate.ofInstant(CoreFixture.START, core.clock.getZone()).plusDays(1);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> core.clients.create(fran,
                new NewClient("Futura", tomorrow, null, null, null, false, null)));

        assertThat(e.field()).isEqualTo("dateOfBirth");
    }

    @Test
    void aMissingNameIsRefused() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> core.clients.create(fran,
                new NewClient("  ", null, null, null, null, false, null)));

        assertThat(e.field()).isEqualTo("displayName");
    }

    // ---- audit of reads ----

    @Test
    void everyReadIsAuditedWithTheClientId() {
        core.clients.get(fran, olivia.id());
        core.clients.get(ann, sam.id());

        assertThat(core.auditTrail("client.read")).satisfiesExactly(
                e -> assertRead(e, fran, olivia.id()),
                e -> assertRead(e, ann, sam.id()));
    }

    @Test
    void everyClientShownInAListIsAuditedWithItsClientId() {
        core.clients.list(fran);

        assertThat(core.auditTrail("client.list"))
                .allSatisfy(e -> assertThat(e.actorId()).isEqualTo(fran.userId()))
                .extracting(AuditEntry::clientId).containsExactlyInAnyOrder(sam.id(), olivia.id());
    }

    @Test
    void aRefusedReadIsAuditedAsDenied() {
        catchThrowableOfType(RecordNotFoundException.class, () -> core.clients.get(ben, sam.id()));

        assertThat(core.auditTrail("client.read")).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(ben.userId());
            assertThat(e.clientId()).isEqualTo(sam.id());
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }

    // ---- break the glass ----

    @Test
    void breakGlassRevealsTheIdentityToTheAdmin() {
        Client revealed = core.clients.breakGlass(ada, sam.id(), REASON);

        assertThat(revealed.displayName()).isEqualTo("Sam Sealed");
        assertThat(revealed.identityVisible()).isTrue();
        assertThat(revealed.breakGlass()).isTrue();
        assertThat(revealed.dateOfBirth()).isEqualTo(LocalDate.of(1980, 5, 17));
    }

    @Test
    void breakGlassIsAuditedFlaggedWithTheReason() {
        core.clients.breakGlass(ada, sam.id(), REASON);

        assertThat(core.auditTrail("client.break-glass")).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(ada.userId());
            assertThat(e.clientId()).isEqualTo(sam.id());
            assertThat(e.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(e.flagged()).isTrue();
            assertThat(e.reason()).isEqualTo(REASON);
        });
    }

    @Test
    void readsDuringTheGrantShowTheIdentityAndAreFlagged() {
        core.clients.breakGlass(ada, sam.id(), REASON);
        core.clock.advance(Duration.ofMinutes(30));

        Client read = core.clients.get(ada, sam.id());
        List<Client> listed = core.clients.list(ada);

        assertThat(read.displayName()).isEqualTo("Sam Sealed");
        assertThat(read.breakGlass()).isTrue();
        assertThat(listed).filteredOn(c -> c.id().equals(sam.id())).singleElement()
                .satisfies(c -> assertThat(c.displayName()).isEqualTo("Sam Sealed"));
        assertThat(core.auditTrail("client.read")).singleElement()
                .satisfies(e -> assertThat(e.flagged()).isTrue());
        assertThat(core.auditTrail("client.list")).filteredOn(e -> sam.id().equals(e.clientId())).singleElement()
                .satisfies(e -> assertThat(e.flagged()).isTrue());
        assertThat(core.auditTrail("client.list")).filteredOn(e -> olivia.id().equals(e.clientId())).singleElement()
                .satisfies(e -> assertThat(e.flagged()).isFalse());
    }

    /** ClientService#visibleName is "audited like a read": a name revealed through the grant is flagged too. */
    @Test
    void aNameReadDuringTheGrantIsFlaggedLikeAnyOtherRead() {
        core.clients.breakGlass(ada, sam.id(), REASON);

        assertThat(core.clients.visibleName(ada, sam.id())).isEqualTo("Sam Sealed");
        assertThat(core.auditTrail("client.read-name")).singleElement()
                .satisfies(e -> assertThat(e.flagged()).as("flagged").isTrue());
    }

    @Test
    void theGrantExpiresAfterTheConfiguredDuration() {
        core.clients.breakGlass(ada, sam.id(), REASON);

        core.clock.advance(Duration.ofMinutes(59));
        assertThat(core.clients.get(ada, sam.id()).identityVisible()).isTrue();

        core.clock.advance(Duration.ofMinutes(1));
        assertMaskedView(core.clients.get(ada, sam.id()));
        assertThat(core.clients.list(ada)).extracting(Client::displayName).doesNotContain("Sam Sealed");
    }

    @Test
    void theGrantIsPersonalToTheAdminWhoBrokeTheGlass() {
        Actor abe = core.admin("abe");
        core.clients.breakGlass(ada, sam.id(), REASON);

        assertMaskedView(core.clients.get(abe, sam.id()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "urgent", "need it!!"})
    void breakGlassWithoutAMeaningfulReasonIsRefused(String reason) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> core.clients.breakGlass(ada, sam.id(), reason));

        assertThat(e.field()).isEqualTo("reason");
        assertMaskedView(core.clients.get(ada, sam.id()));
    }

    @Test
    void frontDeskCannotBreakTheGlassAndTheAttemptIsAuditedAsDenied() {
        assertThatThrownBy(() -> core.clients.breakGlass(fran, sam.id(), REASON))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(core.auditTrail("client.break-glass")).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(fran.userId());
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(e.flagged()).isTrue();
        });
    }

    @Test
    void aTherapistCannotBreakTheGlass() {
        assertThatThrownBy(() -> core.clients.breakGlass(ben, sam.id(), REASON))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.clients.get(ben, sam.id())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void theSystemActorCannotBreakTheGlass() {
        assertThatThrownBy(() -> core.clients.breakGlass(core.system, sam.id(), REASON))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void breakingTheGlassOnAnUnsealedClientIsAConflict() {
        assertThatThrownBy(() -> core.clients.breakGlass(ada, olivia.id(), REASON))
                .isInstanceOf(ConflictException.class);
        assertThat(core.auditTrail("client.break-glass")).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(AuditOutcome.FAILED))
                .satisfies(e -> assertThat(e.flagged()).isTrue());
    }

    @Test
    void breakingTheGlassOnAnUnknownClientIsNotFound() {
        assertThatThrownBy(() -> core.clients.breakGlass(ada, UUID.randomUUID(), REASON))
                .isInstanceOf(RecordNotFoundException.class);
    }

    // ---- helpers ----

    private void assertMaskedView(Client c) {
        assertThat(c.displayName()).matches(PSEUDONYM).isEqualTo(c.pseudonym());
        assertThat(c.identityVisible()).isFalse();
        assertThat(c.breakGlass()).isFalse();
        assertThat(c.dateOfBirth()).isNull();
        assertThat(c.email()).isNull();
        assertThat(c.phone()).isNull();
        assertThat(c.address()).isNull();
        assertThat(c.practitionerId()).isNull();
        assertThat(c.clinicianClient()).isTrue();
    }

    private static void assertRead(AuditEntry e, Actor actor, UUID clientId) {
        assertThat(e.actorId()).isEqualTo(actor.userId());
        assertThat(e.subjectId()).isEqualTo(clientId);
        assertThat(e.clientId()).isEqualTo(clientId);
        assertThat(e.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(e.flagged()).isFalse();
    }
}
