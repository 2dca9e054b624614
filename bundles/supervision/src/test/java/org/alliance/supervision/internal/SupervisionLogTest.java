package org.alliance.supervision.internal;

import static org.alliance.supervision.internal.SupervisionFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.supervision.ContactKind;
import org.alliance.api.supervision.CosignMode;
import org.alliance.api.supervision.NewClientHours;
import org.alliance.api.supervision.NewSupervisionSession;
import org.alliance.api.supervision.Relationship;
import org.alliance.api.supervision.SupervisionFormat;
import org.alliance.api.supervision.SupervisionMedium;
import org.alliance.api.supervision.SupervisionSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The supervision log: who logs, only the supervisor verifies, a verified entry never changes. */
class SupervisionLogTest {

    private final SupervisionFixture f;
    private final Actor sam;
    private final Actor ines;
    private final Relationship relationship;

    SupervisionLogTest() throws Exception {
        f = new SupervisionFixture();
        sam = f.person("Dr. Sam Supervisor", Role.SUPERVISOR);
        ines = f.person("Ines Intern", Role.INTERN);
        relationship = f.relationship(sam, ines, CosignMode.COSIGN, TODAY.minusDays(60));
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private NewSupervisionSession session(int daysAgo, int minutes, String topics) {
        return new NewSupervisionSession(relationship.id(), TODAY.minusDays(daysAgo), minutes, SupervisionFormat.INDIVIDUAL,
                SupervisionMedium.IN_PERSON, topics);
    }

    @Test
    void theSuperviseeLogsAndOnlyTheSupervisorVerifies() {
        SupervisionSession logged = f.supervision.logSession(ines, session(2, 60, "Countertransference with a grieving client"));
        assertThat(logged.verified()).isFalse();

        assertThatThrownBy(() -> f.supervision.verifySession(ines, logged.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.supervision.verifySession(f.person("Dr. Other", Role.SUPERVISOR), logged.id()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> f.supervision.verifySession(f.person("Ada", Role.ADMIN), logged.id()))
                .isInstanceOf(AccessDeniedException.class);

        SupervisionSession verified = f.supervision.verifySession(sam, logged.id());

        assertThat(verified.verifiedAt()).isEqualTo(SupervisionFixture.START);
        assertThat(f.audited).filteredOn(a -> a.action().equals("supervision.session.verify"))
                .extracting(a -> a.outcome()).containsExactly(AuditOutcome.DENIED, AuditOutcome.DENIED, AuditOutcome.DENIED,
                        AuditOutcome.SUCCESS);
    }

    @Test
    void aVerifiedEntryCannotChange() {
        SupervisionSession logged = f.supervision.logSession(sam, session(1, 50, null));
        f.supervision.verifySession(sam, logged.id());
        f.clock.advance(Duration.ofDays(1));

        assertThatThrownBy(() -> f.supervision.verifySession(sam, logged.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("cannot change");
        assertThat(f.supervision.sessions(sam, ines.userId())).singleElement()
                .satisfies(s -> assertThat(s.verifiedAt()).isEqualTo(SupervisionFixture.START));
    }

    @Test
    void aSessionIsLoggedOnlyInsideTheRelationshipAndNotAhead() {
        assertThatThrownBy(() -> f.supervision.logSession(ines, session(-1, 60, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> f.supervision.logSession(ines, session(61, 60, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("outside the relationship");
        assertThatThrownBy(() -> f.supervision.logSession(ines, session(1, 0, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("minutes");
        assertThatThrownBy(() -> f.supervision.logSession(ines, session(1, 601, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("minutes");
        assertThatThrownBy(() -> f.supervision.logSession(f.person("Stan", Role.THERAPIST), session(1, 60, null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> f.supervision.logSession(f.person("Ada", Role.ADMIN), session(1, 60, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.supervision.sessions(ines, null)).isEmpty();
    }

    @Test
    void topicsAreSealedInTheDatabaseAndShownOnlyToTheTwoPeopleInTheRoom() throws Exception {
        f.supervision.logSession(ines, session(3, 60, "Boundary question about gifts"));
        Actor coSupervisor = f.person("Dr. Co", Role.SUPERVISOR);
        f.relationship(coSupervisor, ines, CosignMode.VIEW, TODAY.minusDays(10));

        try (Statement st = f.keepAlive.createStatement();
                ResultSet rs = st.executeQuery("SELECT TOPICS_SEALED FROM SUPERVISION.LOG_ENTRY")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("sealed:").doesNotContain("gifts");
        }
        assertThat(f.supervision.sessions(sam, ines.userId())).singleElement()
                .extracting(SupervisionSession::topics).isEqualTo("Boundary question about gifts");
        assertThat(f.supervision.sessions(coSupervisor, ines.userId())).singleElement()
                .extracting(SupervisionSession::topics).isNull();
        assertThat(f.supervision.sessions(f.person("Ada", Role.ADMIN), ines.userId())).singleElement()
                .extracting(SupervisionSession::topics).isNull();
        assertThatThrownBy(() -> f.supervision.sessions(f.person("Stan", Role.THERAPIST), ines.userId()))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void clientHoursAreLoggedByTheSuperviseeOrTheirSupervisorOnly() {
        NewClientHours hours = new NewClientHours(ines.userId(), TODAY.minusDays(1), 90, ContactKind.INDIRECT, "Case notes");

        assertThat(f.supervision.logHours(ines, hours).minutes()).isEqualTo(90);
        assertThat(f.supervision.logHours(sam, hours).kind()).isEqualTo(ContactKind.INDIRECT);
        assertThatThrownBy(() -> f.supervision.logHours(f.person("Stan", Role.SUPERVISOR), hours))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.supervision.logHours(ines, new NewClientHours(ines.userId(), TODAY.plusDays(1), 90,
                ContactKind.DIRECT, null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> f.supervision.logHours(ines, new NewClientHours(ines.userId(), TODAY, 721,
                ContactKind.DIRECT, null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("minutes");
        assertThatThrownBy(() -> f.supervision.logHours(ines, new NewClientHours(ines.userId(), TODAY, 60, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("kind");
        Actor unsupervised = f.person("Una", Role.THERAPIST);
        assertThatThrownBy(() -> f.supervision.logHours(unsupervised, new NewClientHours(null, TODAY, 60,
                ContactKind.DIRECT, null))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no supervision relationship");
    }
}
