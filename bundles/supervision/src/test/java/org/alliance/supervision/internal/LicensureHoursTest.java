package org.alliance.supervision.internal;

import static org.alliance.supervision.internal.SupervisionFixture.START;
import static org.alliance.supervision.internal.SupervisionFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.document.Block;
import org.alliance.api.document.Document;
import org.alliance.api.scheduling.Appointment;
import org.alliance.api.scheduling.AppointmentKind;
import org.alliance.api.scheduling.AppointmentStatus;
import org.alliance.api.scheduling.Location;
import org.alliance.api.scheduling.SchedulingService;
import org.alliance.api.supervision.ClientHours;
import org.alliance.api.supervision.ContactKind;
import org.alliance.api.supervision.CosignMode;
import org.alliance.api.supervision.HoursSummary;
import org.alliance.api.supervision.NewClientHours;
import org.alliance.api.supervision.NewSupervisionSession;
import org.alliance.api.supervision.Relationship;
import org.alliance.api.supervision.RuleStatus;
import org.alliance.api.supervision.SupervisionFormat;
import org.alliance.api.supervision.SupervisionMedium;
import org.alliance.api.supervision.SupervisionSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Hours: verified supervision, hand-logged and calendar client contact, the rule set's answer, the PDF. */
class LicensureHoursTest {

    private final SupervisionFixture f;
    private final SchedulingService scheduling = mock(SchedulingService.class);
    private final Actor sam;
    private final Actor ines;
    private final Relationship relationship;

    LicensureHoursTest() throws Exception {
        f = new SupervisionFixture();
        sam = f.person("Dr. Sam Supervisor", "LMFT 54321", Role.SUPERVISOR);
        ines = f.person("Ines Intern", "AMFT 777", Role.INTERN);
        relationship = f.relationship(sam, ines, CosignMode.COSIGN, TODAY.minusDays(100));
        when(scheduling.find(any(), any(), any(), any(), any())).thenReturn(List.of());
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private SupervisionSession logged(int daysAgo, int minutes, SupervisionFormat format, boolean verify) {
        SupervisionSession s = f.supervision.logSession(ines, new NewSupervisionSession(relationship.id(),
                TODAY.minusDays(daysAgo), minutes, format, SupervisionMedium.VIDEO, null));
        return verify ? f.supervision.verifySession(sam, s.id()) : s;
    }

    private Appointment appointment(Actor therapist, int daysAgo, int minutes, AppointmentKind kind, AppointmentStatus status) {
        Instant start = START.minus(Duration.ofDays(daysAgo));
        return new Appointment(UUID.randomUUID(), null, kind.withClient() ? UUID.randomUUID() : null, null, null,
                therapist.userId(), List.of(), kind, start, start.plus(Duration.ofMinutes(minutes)), Location.IN_PERSON, null,
                status, null, null, null);
    }

    @Test
    void onlyVerifiedSupervisionCountsAndGroupIsKeptApart() {
        logged(10, 60, SupervisionFormat.INDIVIDUAL, true);
        logged(9, 90, SupervisionFormat.TRIADIC, true);
        logged(8, 120, SupervisionFormat.GROUP, true);
        logged(7, 45, SupervisionFormat.INDIVIDUAL, false);

        HoursSummary summary = f.supervision.hours(ines, null);

        assertThat(summary.individualMinutes()).isEqualTo(150);
        assertThat(summary.groupMinutes()).isEqualTo(120);
        assertThat(summary.unverifiedSessions()).isEqualTo(1);
        assertThat(summary.ruleSetName()).isEqualTo("Test Board");
        assertThat(summary.asOf()).isEqualTo(TODAY);
        assertThat(f.ruleSet.lastRecord.supervision()).extracting(SupervisionSession::minutes).containsExactly(60, 90, 120);
        assertThat(f.ruleSet.lastRecord.relationships()).extracting(Relationship::id).containsExactly(relationship.id());
    }

    @Test
    void clientContactAddsHandLoggedHoursAndAttendedClientSessionsFromTheCalendar() {
        f.supervision.logHours(ines, new NewClientHours(ines.userId(), TODAY.minusDays(3), 120, ContactKind.DIRECT, "Groups"));
        f.supervision.logHours(ines, new NewClientHours(ines.userId(), TODAY.minusDays(2), 30, ContactKind.INDIRECT, null));
        Appointment attended = appointment(ines, 5, 50, AppointmentKind.SESSION, AppointmentStatus.ATTENDED);
        when(scheduling.find(any(), eq(ines.userId()), any(), any(), any())).thenReturn(List.of(attended,
                appointment(ines, 4, 50, AppointmentKind.SESSION, AppointmentStatus.NO_SHOW),
                appointment(ines, 3, 50, AppointmentKind.INTAKE, AppointmentStatus.CANCELLED),
                appointment(ines, 2, 60, AppointmentKind.SUPERVISION, AppointmentStatus.ATTENDED),
                appointment(sam, 1, 50, AppointmentKind.SESSION, AppointmentStatus.ATTENDED)));
        f.supervision.setScheduling(scheduling);

        HoursSummary summary = f.supervision.hours(sam, ines.userId());

        assertThat(summary.directMinutes()).isEqualTo(170);
        assertThat(summary.indirectMinutes()).isEqualTo(30);
        assertThat(f.ruleSet.lastRecord.clientHours()).extracting(ClientHours::appointmentId).containsOnlyOnce(attended.id());
        assertThat(f.ruleSet.lastRecord.clientHours()).extracting(ClientHours::date).isSorted();
        assertThat(summary.evaluation().requirements()).filteredOn(r -> r.id().equals("client-hours"))
                .singleElement().satisfies(r -> assertThat(r.achieved()).isEqualTo(3));
        assertThat(summary.evaluation().rules()).singleElement().extracting(r -> r.status()).isEqualTo(RuleStatus.NOT_YET_MET);
    }

    @Test
    void theCalendarIsAskedAsTheReaderInRangesTheSchedulingServiceAccepts() {
        Relationship earliest = f.relationship(f.person("Dr. Old", Role.SUPERVISOR), ines, CosignMode.VIEW,
                TODAY.minusYears(3));
        f.supervision.setScheduling(scheduling);

        f.supervision.hours(sam, ines.userId());

        org.mockito.ArgumentCaptor<Instant> from = org.mockito.ArgumentCaptor.forClass(Instant.class);
        org.mockito.ArgumentCaptor<Instant> to = org.mockito.ArgumentCaptor.forClass(Instant.class);
        org.mockito.Mockito.verify(scheduling, org.mockito.Mockito.times(4)).find(eq(sam), eq(ines.userId()),
                eq(null), from.capture(), to.capture());
        assertThat(from.getAllValues().get(0)).isEqualTo(earliest.start().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        assertThat(to.getAllValues().get(3)).isEqualTo(START);
        for (int i = 0; i < 4; i++) {
            assertThat(Duration.between(from.getAllValues().get(i), to.getAllValues().get(i)).toDays()).isLessThanOrEqualTo(366);
        }
    }

    @Test
    void withCalendarHoursSwitchedOffOnlyHandLoggedHoursCount() {
        f.policy = new SupervisionSettings.Policy(null, false);
        when(scheduling.find(any(), eq(ines.userId()), any(), any(), any())).thenReturn(List.of(
                appointment(ines, 5, 50, AppointmentKind.SESSION, AppointmentStatus.ATTENDED)));
        f.supervision.setScheduling(scheduling);

        assertThat(f.supervision.hours(ines, null).directMinutes()).isZero();
    }

    @Test
    void onlyTheSuperviseeTheirSupervisorsAndAdminsSeeTheHours() {
        assertThat(f.supervision.hours(f.person("Ada", Role.ADMIN), ines.userId()).superviseeName()).isEqualTo("Ines Intern");
        assertThatThrownBy(() -> f.supervision.hours(f.person("Stan", Role.SUPERVISOR), ines.userId()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> f.supervision.hours(sam, null)).as("a supervisor without a supervisor of their own")
                .isInstanceOf(RecordNotFoundException.class).hasMessageContaining("no supervision relationship");
    }

    @Test
    void aRuleSetThatIsGoneLeavesTheTotalsAndSaysSo() {
        logged(3, 60, SupervisionFormat.INDIVIDUAL, true);
        f.supervision.removeRuleSet(f.ruleSet);

        HoursSummary summary = f.supervision.hours(ines, null);

        assertThat(summary.individualMinutes()).isEqualTo(60);
        assertThat(summary.ruleSetName()).isEqualTo(TestRuleSet.ID);
        assertThat(summary.evaluation().rules()).singleElement().satisfies(r -> assertThat(r.detail())
                .contains("is not installed"));
    }

    @Test
    void theBoardPdfNamesSupervisorsWithLicensesAndLeavesUnverifiedSessionsOut() {
        logged(20, 60, SupervisionFormat.INDIVIDUAL, true);
        logged(13, 77, SupervisionFormat.GROUP, false);

        byte[] pdf = f.supervision.hoursPdf(ines, null);

        assertThat(pdf).startsWith('%', 'P', 'D', 'F');
        Document document = f.rendered.get(0);
        String text = text(document);
        assertThat(text).contains("Ines Intern", "AMFT 777", "Dr. Sam Supervisor", "LMFT 54321", TODAY.minusDays(20).toString(),
                "1.0 hours", "Client contact", "Test Board", "1 logged session is still waiting");
        assertThat(text).doesNotContain(TODAY.minusDays(13).toString()).doesNotContain("| 77 |");
        assertThat(document.blocks()).filteredOn(b -> b instanceof Block.SignatureLine).extracting(b -> (Block.SignatureLine) b)
                .extracting(Block.SignatureLine::name, Block.SignatureLine::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ines Intern", "Supervisee"),
                        org.assertj.core.groups.Tuple.tuple("Dr. Sam Supervisor", "Supervisor, license LMFT 54321"));
        assertThat(f.audited).extracting(a -> a.action()).contains("supervision.hours.export");
    }

    private static String text(Document d) {
        StringBuilder out = new StringBuilder(d.title()).append('\n').append(d.subtitle()).append('\n');
        for (Block b : d.blocks()) {
            if (b instanceof Block.Paragraph p) {
                out.append(p.text());
            } else if (b instanceof Block.Heading h) {
                out.append(h.text());
            } else if (b instanceof Block.Fields fields) {
                fields.fields().forEach(x -> out.append(x.label()).append(": ").append(x.value()).append('\n'));
            } else if (b instanceof Block.Table t) {
                out.append(String.join(" | ", t.headers())).append('\n');
                t.rows().forEach(row -> out.append(String.join(" | ", row)).append('\n'));
            } else if (b instanceof Block.SignatureLine s) {
                out.append(s.name()).append(", ").append(s.role());
            }
            out.append('\n');
        }
        return out.toString();
    }
}
