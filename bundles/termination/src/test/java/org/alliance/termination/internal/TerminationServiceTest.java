package org.alliance.termination.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditLog;
import org.alliance.api.core.ClientService;
import org.alliance.api.core.ClinicalCipher;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.Engagement;
import org.alliance.api.core.EngagementService;
import org.alliance.api.core.EngagementStatus;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.ModalityCatalog;
import org.alliance.api.core.Practice;
import org.alliance.api.core.Role;
import org.alliance.api.core.RuleViolationException;
import org.alliance.api.core.User;
import org.alliance.api.core.UserService;
import org.alliance.api.document.DocumentRenderer;
import org.alliance.api.scheduling.Appointment;
import org.alliance.api.scheduling.AppointmentKind;
import org.alliance.api.scheduling.AppointmentStatus;
import org.alliance.api.scheduling.Location;
import org.alliance.api.scheduling.SchedulingService;
import org.alliance.api.termination.NewCoverage;
import org.alliance.api.termination.NewPlan;
import org.alliance.api.termination.Plan;
import org.alliance.api.termination.PlanStatus;
import org.alliance.api.termination.TerminationReason;
import org.alliance.support.db.Db;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.EventAdmin;

/** The termination service on a real in-memory H2 with its shipped migration; core is stand-ins. */
class TerminationServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final Connection keepAlive;
    private final EngagementService engagements = mock(EngagementService.class);
    private final UserService users = mock(UserService.class);
    private final SchedulingService scheduling = mock(SchedulingService.class);
    private final TerminationServiceImpl termination;
    private final Actor tess = actor("Tess", Role.THERAPIST);
    private final Actor sam = actor("Sam", Role.SUPERVISOR);
    private final Actor ivo = actor("Ivo", Role.THERAPIST);

    TerminationServiceTest() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:termination-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        keepAlive = ds.getConnection();
        try (Statement st = keepAlive.createStatement();
                InputStream in = getClass().getResourceAsStream("/db/migration/TERMINATION/V1__plans.sql")) {
            st.execute("CREATE SCHEMA TERMINATION");
            for (String sql : new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
        }
        Practice practice = mock(Practice.class);
        when(practice.zone()).thenReturn(ZoneId.of("UTC"));
        when(practice.name()).thenReturn("Harbour Practice");
        ModalityCatalog modalities = mock(ModalityCatalog.class);
        ClinicalCipher plain = new ClinicalCipher() {
            @Override
            public String encrypt(String text, String context) {
                return text == null ? null : "sealed:" + text;
            }

            @Override
            public String decrypt(String text, String context) {
                return text == null ? null : text.substring("sealed:".length());
            }
        };
        DocumentRenderer renderer = document -> new byte[] {'%'};
        termination = new TerminationServiceImpl(new Db(ds), plain, engagements, mock(ClientService.class), users,
                mock(AuditLog.class), modalities, renderer, practice,
                TerminationSettings.of(new TerminationSettings.Policy(14, 2, 30)), mock(EventAdmin.class),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() throws Exception {
        keepAlive.close();
    }

    private Actor actor(String name, Role... roles) {
        User user = new User(UUID.randomUUID(), name.toLowerCase(), name, null, Set.of(roles), List.of(), null, true, NOW);
        when(users.get(any(), eq(user.id()))).thenReturn(user);
        return user.asActor();
    }

    private Engagement engagement(Actor therapist, Instant started) {
        Engagement e = new Engagement(UUID.randomUUID(), UUID.randomUUID(), "Una", therapist.userId(), "cbt",
                EngagementStatus.ACTIVE, started, null, null);
        when(engagements.get(any(), eq(e.id()))).thenReturn(e);
        return e;
    }

    private Appointment session(Engagement e, Instant start, AppointmentKind kind, AppointmentStatus status) {
        return new Appointment(UUID.randomUUID(), null, e.id(), e.clientId(), "Una", e.therapistId(), List.of(), kind, start,
                start.plus(Duration.ofMinutes(50)), Location.IN_PERSON, null, status, null, null, null);
    }

    @Test
    void tooLittleNoticeForAnOrdinaryReasonIsARuleViolationListingWhatIsMissing() {
        Engagement e = engagement(tess, NOW);

        assertThatThrownBy(() -> termination.create(tess, new NewPlan(e.id(), TerminationReason.NOT_BENEFITING,
                TODAY.plusDays(5), 2))).isInstanceOf(RuleViolationException.class)
                .satisfies(x -> assertThat(((RuleViolationException) x).violations()).singleElement().asString()
                        .contains("5 days away"));
    }

    @Test
    void anExceptionWaitsForASecondPersonNotItsAuthorNorAnotherTherapist() {
        Engagement e = engagement(tess, NOW);
        Plan plan = termination.create(tess, new NewPlan(e.id(), TerminationReason.THREAT_TO_THERAPIST, TODAY, 0));

        assertThat(plan.status()).isEqualTo(PlanStatus.AWAITING_APPROVAL);
        assertThat(termination.awaitingApproval(sam)).extracting(Plan::id).containsExactly(plan.id());
        assertThat(termination.awaitingApproval(tess)).isEmpty();
        assertThatThrownBy(() -> termination.approve(tess, plan.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> termination.close(tess, plan.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("approval");
        assertThat(termination.approve(sam, plan.id()).status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(termination.awaitingApproval(sam)).isEmpty();
        assertThatThrownBy(() -> termination.approve(sam, plan.id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void closingEndsTheEngagementThroughCoresHookWithThisWorkflowOnly() {
        Engagement e = engagement(tess, NOW);
        Plan plan = termination.create(tess, new NewPlan(e.id(), TerminationReason.THREAT_TO_THERAPIST, TODAY.plusDays(2), 0));
        termination.approve(sam, plan.id());
        termination.markItem(tess, plan.id(), "discharge-summary", true, "Written on paper, filed");

        Plan closed = termination.close(tess, plan.id());

        assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(closed.endedOn()).isEqualTo(TODAY);
        verify(engagements).endThroughWorkflow(same(termination), eq(tess), eq(e.id()), any(), eq(NOW));
        assertThatThrownBy(() -> termination.markItem(tess, plan.id(), "discharge-summary", false, null))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void withTheCalendarHeldClosureSessionsCountAndFutureOnesKeepAClientFromBeingAtRisk() {
        termination.setScheduling(scheduling);
        Engagement quiet = engagement(tess, NOW.minus(Duration.ofDays(90)));
        Engagement booked = engagement(tess, NOW.minus(Duration.ofDays(90)));
        when(engagements.list(any(), any(), any())).thenReturn(List.of(quiet, booked));
        when(scheduling.find(any(), any(), eq(quiet.clientId()), any(), any())).thenReturn(List.of(
                session(quiet, NOW.minus(Duration.ofDays(40)), AppointmentKind.SESSION, AppointmentStatus.ATTENDED),
                session(quiet, NOW.minus(Duration.ofDays(20)), AppointmentKind.SESSION, AppointmentStatus.CANCELLED)));
        when(scheduling.find(any(), any(), eq(booked.clientId()), any(), any())).thenReturn(List.of(
                session(booked, NOW.minus(Duration.ofDays(60)), AppointmentKind.SESSION, AppointmentStatus.ATTENDED),
                session(booked, NOW.plus(Duration.ofDays(3)), AppointmentKind.SESSION, AppointmentStatus.BOOKED)));

        assertThat(termination.atRisk(tess)).singleElement().satisfies(r -> {
            assertThat(r.engagementId()).isEqualTo(quiet.id());
            assertThat(r.daysWithoutSession()).isEqualTo(40);
            assertThat(r.lastSession()).isEqualTo(TODAY.minusDays(40));
        });
        assertThat(termination.notifyAtRisk()).isEqualTo(1);
        assertThat(termination.notifyAtRisk()).as("told once per spell").isZero();

        termination.create(tess, new NewPlan(quiet.id(), TerminationReason.GOALS_MET, TODAY.plusDays(20), 2));
        assertThat(termination.atRisk(tess)).as("a plan takes it off the list").isEmpty();
    }

    @Test
    void aTherapistNamesACoverWhoTreatsForAnAbsenceThatHasNotEnded() {
        org.alliance.api.termination.Coverage cover = termination.addCoverage(tess, new NewCoverage(tess.userId(), ivo.userId(), TODAY.plusDays(7),
                TODAY.plusDays(21)));

        assertThat(cover.coveringTherapistName()).isEqualTo("Ivo");
        assertThat(termination.coverage(ivo, null)).extracting(c -> c.id()).containsExactly(cover.id());
        assertThatThrownBy(() -> termination.addCoverage(tess, new NewCoverage(tess.userId(), sam.userId(), TODAY, TODAY)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not treat");
        assertThatThrownBy(() -> termination.addCoverage(ivo, new NewCoverage(tess.userId(), ivo.userId(), TODAY, TODAY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> termination.addCoverage(tess, new NewCoverage(tess.userId(), ivo.userId(), TODAY,
                TODAY.minusDays(1)))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theCoverSeesTheCaseloadOnlyOnTheDaysOfTheAbsence() {
        CoverageGrant grant = new CoverageGrant(termination);
        termination.addCoverage(tess, new NewCoverage(tess.userId(), ivo.userId(), TODAY.plusDays(7), TODAY.plusDays(21)));
        assertThat(grant.caseloadsVisibleTo(ivo)).as("not before the absence").isEmpty();

        termination.addCoverage(tess, new NewCoverage(tess.userId(), ivo.userId(), TODAY.minusDays(2), TODAY));
        assertThat(grant.caseloadsVisibleTo(ivo))
                .containsExactly(java.util.Map.entry(tess.userId(), "covering during an absence, " + TODAY.minusDays(2)
                        + " to " + TODAY));
        assertThat(grant.caseloadsVisibleTo(tess)).as("the absent therapist covers nobody").isEmpty();
        UUID engagementId = UUID.randomUUID();
        assertThat(grant.grant(ivo, engagementId, tess.userId(), org.alliance.api.notes.NoteKind.PROGRESS)).isPresent();
        assertThat(grant.grant(ivo, engagementId, tess.userId(), org.alliance.api.notes.NoteKind.PSYCHOTHERAPY))
                .as("psychotherapy notes stay with their author").isEmpty();
        assertThat(grant.grant(sam, engagementId, tess.userId(), org.alliance.api.notes.NoteKind.PROGRESS)).isEmpty();
    }
}
