package org.alliance.core.internal;

import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditEntry;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.Client;
import org.alliance.api.core.Engagement;
import org.alliance.api.core.NewClient;
import org.alliance.api.core.NewEngagement;
import org.alliance.api.core.NewUser;
import org.alliance.api.core.Role;
import org.alliance.api.core.User;
import org.alliance.core.internal.access.CaseloadGrants;
import org.alliance.core.internal.access.Disclosures;
import org.alliance.core.internal.audit.AuditLogImpl;
import org.alliance.core.internal.clients.ClientServiceImpl;
import org.alliance.core.internal.config.PracticeSettings;
import org.alliance.core.internal.db.Jdbc;
import org.alliance.core.internal.db.Migration;
import org.alliance.core.internal.db.MigrationRunner;
import org.alliance.core.internal.engagements.EngagementServiceImpl;
import org.alliance.core.internal.security.PasswordHasher;
import org.alliance.core.internal.security.SessionStore;
import org.alliance.core.internal.security.SessionStores;
import org.alliance.core.internal.security.UserServiceImpl;
import org.h2.jdbcx.JdbcDataSource;
import org.mockito.ArgumentCaptor;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Core's services wired outside OSGi on a fresh in-memory H2 database with the real CORE
 * migrations, a clock that moves only when told, and a Mockito {@link EventAdmin}.
 * One instance per test; {@link #close()} drops the database.
 */
public final class CoreFixture implements AutoCloseable {

    public static final Instant START = Instant.parse("2025-03-03T09:00:00Z");
    /** The password of every account made by {@link #user}. */
    public static final String PASSWORD = "correct horse battery staple";
    public static final String CORE_V1 = "V1__initial_schema.sql";

    public final MutableClock clock = new MutableClock(START);
    public final JdbcDataSource dataSource = newDatabase();
    public final Jdbc jdbc = new Jdbc(dataSource);
    public final PracticeSettings settings = TestPracticeConfiguration.defaults().settings();
    public final EventAdmin events = mock(EventAdmin.class);
    public final SessionStore sessions = SessionStores.withClock(settings, clock);
    public final AuditLogImpl audit;
    public final UserServiceImpl users;
    public final ClientServiceImpl clients;
    public final EngagementServiceImpl engagements;
    /** Add a grant here to let a test see a colleague's caseload. */
    public final CaseloadGrants caseloads = new CaseloadGrants();
    /** Add a disclosure here to see it on engagements. */
    public final Disclosures disclosures = new Disclosures();
    /** The system actor (admin rights, no account): sets up data without counting as a practitioner. */
    public final Actor system = Actor.system("test");

    public CoreFixture() {
        new MigrationRunner(dataSource).migrate("CORE", coreMigrations());
        audit = AuditLogImpl.using(jdbc, clock);
        users = UserServiceImpl.using(jdbc, cheapHasher(), settings, sessions, audit, events, clock);
        clients = ClientServiceImpl.using(jdbc, users, audit, settings, events, caseloads, clock);
        engagements = EngagementServiceImpl.using(jdbc, users, clients, audit, events, settings, caseloads, disclosures,
                clock);
    }

    /** A new, empty, uniquely named in-memory database. */
    public static JdbcDataSource newDatabase() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** The shipped CORE V1 script, read from the class path. */
    public static Migration coreV1() {
        String path = "/db/migration/CORE/" + CORE_V1;
        try (InputStream in = CoreFixture.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the test class path");
            }
            return Migration.of(CORE_V1, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every CORE script the bundle ships, read from the class path (target/classes). */
    public static List<Migration> coreMigrations() {
        try {
            Path folder = Path.of(CoreFixture.class.getResource("/db/migration/CORE").toURI());
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(f -> f.toString().endsWith(".sql")).map(f -> {
                    try {
                        return Migration.of(f.getFileName().toString(), Files.readString(f));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Argon2id with cheap parameters: the tests are about behaviour, not cost. */
    public static PasswordHasher cheapHasher() {
        return new PasswordHasher(1024, 1, 1);
    }

    // ---- people ------------------------------------------------------------------------------

    /** An active account with {@link #PASSWORD}, created by the system actor. */
    public User user(String username, Role... roles) {
        return users.create(system, new NewUser(username, PASSWORD, displayNameOf(username), username + "@example.org",
                roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), List.of("cbt"), null));
    }

    public Actor admin(String username) {
        return user(username, Role.ADMIN).asActor();
    }

    public Actor therapist(String username) {
        return user(username, Role.THERAPIST).asActor();
    }

    public Actor frontDesk(String username) {
        return user(username, Role.FRONTDESK).asActor();
    }

    private static String displayNameOf(String username) {
        return Character.toUpperCase(username.charAt(0)) + username.substring(1) + " Example";
    }

    // ---- clients and engagements -------------------------------------------------------------

    /** A clinician-client (sealed record) with full demographics. */
    public Client sealedClient(Actor registrar, String name, UUID practitionerId) {
        return clients.create(registrar, new NewClient(name, LocalDate.of(1980, 5, 17), "sealed@example.org",
                "+1 555 0100", "1 Quiet Lane", true, practitionerId));
    }

    public Client sealedClient(Actor registrar, String name) {
        return sealedClient(registrar, name, null);
    }

    /** An ordinary (unsealed) client with full demographics. */
    public Client unsealedClient(Actor registrar, String name) {
        return clients.create(registrar, new NewClient(name, LocalDate.of(1991, 2, 3), "client@example.org",
                "+1 555 0199", "2 Main Street", false, null));
    }

    /** Opens an active "cbt" engagement as the system (office rights). */
    public Engagement engage(UUID clientId, Actor therapist) {
        return engagements.create(system, new NewEngagement(clientId, therapist.userId(), "cbt"));
    }

    // ---- observations ------------------------------------------------------------------------

    /** The whole audit trail, oldest first, read straight from CORE.AUDIT_EVENT. */
    public List<AuditEntry> auditTrail() {
        return jdbc.query("SELECT * FROM CORE.AUDIT_EVENT ORDER BY SEQ", rs -> new AuditEntry(rs.getLong("SEQ"),
                Jdbc.instant(rs, "AT"), Jdbc.uuid(rs, "ACTOR_ID"), rs.getString("ACTOR_NAME"), rs.getString("ACTION"),
                rs.getString("SUBJECT_TYPE"), Jdbc.uuid(rs, "SUBJECT_ID"), Jdbc.uuid(rs, "CLIENT_ID"),
                AuditOutcome.valueOf(rs.getString("OUTCOME")), rs.getString("REASON"), rs.getBoolean("FLAGGED")));
    }

    /** The audit entries with this action, oldest first. */
    public List<AuditEntry> auditTrail(String action) {
        return auditTrail().stream().filter(e -> e.action().equals(action)).toList();
    }

    /** Every event posted to the mock Event Admin so far, in order. */
    public List<Event> postedEvents() {
        ArgumentCaptor<Event> captor = ArgumentCaptor.forClass(Event.class);
        verify(events, atLeast(0)).postEvent(captor.capture());
        return captor.getAllValues();
    }

    /** The events posted with this topic, in order. */
    public List<Event> postedEvents(String topic) {
        return postedEvents().stream().filter(e -> e.getTopic().equals(topic)).toList();
    }

    @Override
    public void close() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
