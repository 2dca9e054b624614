package org.alliance.peer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditLog;
import org.alliance.api.core.AuditRecord;
import org.alliance.api.core.Client;
import org.alliance.api.core.ClientService;
import org.alliance.api.core.ClinicalCipher;
import org.alliance.api.core.Colleague;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.Engagement;
import org.alliance.api.core.EngagementService;
import org.alliance.api.core.EngagementStatus;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.NewClient;
import org.alliance.api.core.NewEngagement;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.core.RuleViolationException;
import org.alliance.api.core.User;
import org.alliance.api.core.UserService;
import org.alliance.api.peer.IncomingRequest;
import org.alliance.api.peer.Medium;
import org.alliance.api.peer.NewConsultation;
import org.alliance.api.peer.NewReferral;
import org.alliance.api.peer.NewTherapistRequest;
import org.alliance.api.peer.ProfileChanges;
import org.alliance.api.peer.ReferralStatus;
import org.alliance.api.peer.TherapistRequest;
import org.alliance.api.peer.TherapistRequestStatus;
import org.alliance.support.db.Db;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.EventAdmin;

/** The peer-network service on a real in-memory H2 with its shipped migration; core is stand-ins. */
class PeerNetworkServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private final Connection keepAlive;
    private final UserService users = mock(UserService.class);
    private final ClientService clients = mock(ClientService.class);
    private final EngagementService engagements = mock(EngagementService.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final PeerNetworkServiceImpl peers;

    private final Actor ada = actor("Ada Asker", Role.THERAPIST);
    private final Actor anna = actor("Anna Able", Role.THERAPIST);
    private final Actor bert = actor("Bert Busy", Role.THERAPIST);

    PeerNetworkServiceTest() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:peer-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        keepAlive = ds.getConnection();
        try (Statement st = keepAlive.createStatement();
                InputStream in = getClass().getResourceAsStream("/db/migration/PEER/V1__peer_network.sql")) {
            st.execute("CREATE SCHEMA PEER");
            for (String sql : new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
        }
        ClinicalCipher cipher = mock(ClinicalCipher.class);
        when(cipher.encrypt(any(), any())).thenAnswer(i -> i.getArgument(0) == null ? null : "sealed:" + i.getArgument(0));
        when(cipher.decrypt(any(), any())).thenAnswer(i -> i.getArgument(0) == null ? null
                : ((String) i.getArgument(0)).substring("sealed:".length()));
        when(users.colleagues(any())).thenReturn(List.of(colleague(ada), colleague(anna), colleague(bert)));
        peers = new PeerNetworkServiceImpl(new Db(ds), cipher, users, clients, engagements, audit, mock(EventAdmin.class),
                Clock.fixed(NOW, ZoneOffset.UTC));
        for (Actor a : List.of(ada, anna, bert)) {
            peers.updateProfile(a, new ProfileChanges(List.of("cbt"), List.of(), true, List.of("en"), Set.of(Medium.VIDEO), null,
                    true, true, List.of()));
        }
    }

    @AfterEach
    void close() throws Exception {
        keepAlive.close();
    }

    private static Actor actor(String name, Role... roles) {
        return new Actor(UUID.randomUUID(), name.toLowerCase().replace(' ', '.'), name, Set.of(roles));
    }

    private static Colleague colleague(Actor a) {
        return new Colleague(a.userId(), a.displayName(), a.roles());
    }

    private TherapistRequest request() {
        return peers.requestTherapist(ada, new NewTherapistRequest("cbt", Medium.VIDEO, "en"));
    }

    @Test
    void matchesAreListedPractitionersWhoOfferWhatWasAskedNeverTheAskerThemself() {
        assertThat(request().matches()).extracting(m -> m.practitionerId()).containsExactlyInAnyOrder(anna.userId(), bert.userId());
        assertThat(peers.requestTherapist(ada, new NewTherapistRequest("emdr", Medium.VIDEO, null)).matches()).isEmpty();
    }

    @Test
    void aProfileWithoutMediaIsSavedUnlistedAndRefusedListed() {
        assertThat(peers.updateProfile(anna, new ProfileChanges(List.of("cbt"), List.of(), false, List.of("en"), Set.of(),
                null, false, false, List.of())).media()).isEmpty();
        assertThat(peers.updateProfile(anna, new ProfileChanges(List.of("cbt"), List.of(), false, List.of("en"), null,
                null, false, false, List.of())).media()).isEmpty();
        assertThatThrownBy(() -> peers.updateProfile(anna, new ProfileChanges(List.of("cbt"), List.of(), false,
                List.of("en"), Set.of(), null, true, false, List.of())))
                .isInstanceOf(org.alliance.api.core.InvalidInputException.class).hasMessageContaining("IN_PERSON, VIDEO or both");
    }

    @Test
    void theAskersOwnClinicianClientIsNotMatched() {
        when(engagements.treatsOrTreated(ada.userId(), bert.userId())).thenReturn(true);
        assertThat(request().matches()).extracting(m -> m.practitionerId()).containsExactly(anna.userId());
    }

    @Test
    void theAskedPractitionerSeesNoIdentityUntilTheyAccept() {
        TherapistRequest request = request();
        peers.ask(ada, request.id(), anna.userId());
        IncomingRequest seen = peers.incoming(anna).get(0);
        assertThat(seen.askerId()).isNull();
        assertThat(seen.askerName()).isNull();
        assertThat(seen.modality()).isEqualTo("cbt");
        assertThat(peers.incoming(bert)).isEmpty();
    }

    @Test
    void onlyOnePractitionerIsAskedAtATime() {
        TherapistRequest request = request();
        peers.ask(ada, request.id(), anna.userId());
        assertThatThrownBy(() -> peers.ask(ada, request.id(), bert.userId())).isInstanceOf(ConflictException.class);
    }

    @Test
    void aDeclineSaysOnlyDeclinedAndTheDeclinerDropsOutOfTheMatches() {
        TherapistRequest request = request();
        peers.ask(ada, request.id(), bert.userId());
        IncomingRequest declined = peers.decline(bert, request.id());
        assertThat(declined.askerId()).isNull();
        TherapistRequest mine = peers.myTherapistRequests(ada).get(0);
        assertThat(mine.status()).isEqualTo(TherapistRequestStatus.DECLINED);
        assertThat(mine.matches()).extracting(m -> m.practitionerId()).containsExactly(anna.userId());
        assertThatThrownBy(() -> peers.ask(ada, request.id(), bert.userId())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void acceptingCreatesASealedClinicianClientAndTheEngagementAsTheAcceptingPractitioner() {
        TherapistRequest request = request();
        peers.ask(ada, request.id(), anna.userId());
        when(users.get(any(), eq(ada.userId()))).thenReturn(new User(ada.userId(), ada.username(), ada.displayName(),
                "ada@example.org", ada.roles(), List.of(), null, true, NOW));
        UUID clientId = UUID.randomUUID();
        UUID engagementId = UUID.randomUUID();
        when(clients.create(eq(anna), any())).thenReturn(new Client(clientId, ada.displayName(), "Client 1A2B", null, null, null,
                null, true, ada.userId(), true, false, NOW));
        when(engagements.create(eq(anna), any())).thenReturn(new Engagement(engagementId, clientId, ada.displayName(),
                anna.userId(), "cbt", EngagementStatus.ACTIVE, NOW, null, null));

        IncomingRequest accepted = peers.accept(anna, request.id());

        verify(clients).create(anna, new NewClient("Ada Asker", null, "ada@example.org", null, null, true, ada.userId()));
        verify(engagements).create(anna, new NewEngagement(clientId, anna.userId(), "cbt"));
        assertThat(accepted.askerId()).isEqualTo(ada.userId());
        assertThat(accepted.engagementId()).isEqualTo(engagementId);
        assertThat(peers.myTherapistRequests(ada).get(0).status()).isEqualTo(TherapistRequestStatus.ACCEPTED);
        assertThatThrownBy(() -> peers.decline(anna, request.id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void whenCoreRefusesTheEngagementTheAcceptanceIsUndone() {
        TherapistRequest request = request();
        peers.ask(ada, request.id(), anna.userId());
        when(users.get(any(), eq(ada.userId()))).thenReturn(new User(ada.userId(), ada.username(), ada.displayName(),
                null, ada.roles(), List.of(), null, true, NOW));
        when(clients.create(any(), any())).thenThrow(new InvalidInputException("modality", "refused"));
        assertThatThrownBy(() -> peers.accept(anna, request.id())).isInstanceOf(InvalidInputException.class);
        assertThat(peers.decline(anna, request.id()).status()).isEqualTo(TherapistRequestStatus.DECLINED);
    }

    @Test
    void nobodyElseCanAnswerOrSeeARequest() {
        TherapistRequest request = request();
        peers.ask(ada, request.id(), anna.userId());
        assertThatThrownBy(() -> peers.accept(bert, request.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> peers.ask(bert, request.id(), anna.userId())).isInstanceOf(RecordNotFoundException.class);
    }

    private UUID treatedClient(Actor therapist, boolean sealed) {
        UUID clientId = UUID.randomUUID();
        when(clients.get(therapist, clientId)).thenReturn(new Client(clientId, "Rosalind Quarry", "Client 9F9F",
                LocalDate.of(1980, 1, 2), "ros@example.org", null, null, sealed, null, true, false, NOW));
        when(engagements.list(therapist, clientId, therapist.userId())).thenReturn(List.of(new Engagement(UUID.randomUUID(),
                clientId, "Rosalind Quarry", therapist.userId(), "cbt", EngagementStatus.ACTIVE, NOW, null, null)));
        return clientId;
    }

    @Test
    void aConsultationNamingTheClientIsRefusedListingWhatWasFound() {
        UUID clientId = treatedClient(anna, false);
        assertThatThrownBy(() -> peers.consult(anna, new NewConsultation(clientId, "How to pace exposure?",
                "Rosalind, born 1980-01-02", List.of(bert.userId()), null, false)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .containsExactly("the client's name", "the client's date of birth"));
        verify(audit).record(argThat(r -> r.action().equals("peer.consultation.create")
                && r.reason().equals("not de-identified: the client's name, the client's date of birth")));
    }

    @Test
    void withTheClientsConsentIdentifiersAreSharedAndTheCreationIsFlagged() {
        UUID clientId = treatedClient(anna, false);
        var sent = peers.consult(anna, new NewConsultation(clientId, "Rosalind asked me to consult", null,
                List.of(bert.userId()), null, true));
        verify(audit).record(argThat((AuditRecord r) -> r.action().equals("peer.consultation.create") && r.flagged()));
        var seenByPeer = peers.consultation(bert, sent.id());
        assertThat(seenByPeer.clientId()).isNull();
        assertThatThrownBy(() -> peers.consultation(ada, sent.id())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aSealedClinicianClientsCaseIsNeverSharedEvenWithConsent() {
        UUID clientId = treatedClient(anna, true);
        assertThatThrownBy(() -> peers.consult(anna, new NewConsultation(clientId, "Pacing?", null, List.of(bert.userId()), null,
                true))).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).containsExactly(ClientChecks.SEALED));
        assertThatThrownBy(() -> peers.refer(anna, new NewReferral(clientId, bert.userId(), "fit", true)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(peers.referrals(anna)).isEmpty();
    }

    @Test
    void aReferralWithoutConsentIsRefused() {
        UUID clientId = treatedClient(anna, false);
        assertThatThrownBy(() -> peers.refer(anna, new NewReferral(clientId, bert.userId(), "needs EMDR", false)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).containsExactly(Referrals.NO_CONSENT));
    }

    @Test
    void aReferralReasonThatIdentifiesTheClientIsRefusedBecauseThePeerReadsItBeforeAccepting() {
        UUID clientId = treatedClient(anna, false);
        assertThatThrownBy(() -> peers.refer(anna, new NewReferral(clientId, bert.userId(),
                "Rosalind needs EMDR, call her on rosalind@example.org", true)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).isNotEmpty()
                        .noneMatch(v -> v.contains("rosalind@example.org")));
        assertThat(peers.referrals(anna)).isEmpty();
    }

    @Test
    void acceptingAReferralOpensTheEngagementAsTheSystemInTheSameModality() {
        UUID clientId = treatedClient(anna, false);
        var referral = peers.refer(anna, new NewReferral(clientId, bert.userId(), "needs EMDR", true));
        Engagement from = engagements.list(anna, clientId, anna.userId()).get(0);
        when(engagements.get(any(), eq(from.id()))).thenReturn(from);
        UUID created = UUID.randomUUID();
        when(engagements.create(any(), any())).thenReturn(new Engagement(created, clientId, "Rosalind Quarry", bert.userId(),
                "cbt", EngagementStatus.ACTIVE, NOW, null, null));
        when(clients.visibleName(bert, clientId)).thenReturn("Rosalind Quarry");
        assertThat(peers.referrals(bert).get(0).clientName()).isNull();

        var accepted = peers.acceptReferral(bert, referral.id());

        verify(engagements).create(argThat(Actor::isSystem), eq(new NewEngagement(clientId, bert.userId(), "cbt")));
        assertThat(accepted.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(accepted.engagementId()).isEqualTo(created);
        assertThat(accepted.clientName()).isEqualTo("Rosalind Quarry");
        assertThatThrownBy(() -> peers.declineReferral(bert, referral.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> peers.acceptReferral(anna, referral.id())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void theSystemActorIsNobodysPeer() {
        assertThatThrownBy(() -> peers.myProfile(Actor.system("shell:karaf")))
                .isInstanceOf(org.alliance.api.core.AccessDeniedException.class);
        verify(clients, never()).create(any(), any());
    }
}
