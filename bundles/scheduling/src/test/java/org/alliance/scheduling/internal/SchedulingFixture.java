package org.alliance.scheduling.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditLog;
import org.alliance.api.core.ClientService;
import org.alliance.api.core.Engagement;
import org.alliance.api.core.EngagementService;
import org.alliance.api.core.EngagementStatus;
import org.alliance.api.core.Practice;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.core.User;
import org.alliance.api.core.UserService;
import org.alliance.support.db.Db;
import org.h2.jdbcx.JdbcDataSource;
import org.osgi.service.event.EventAdmin;

/**
 * The scheduling service on a real in-memory H2 with the shipped SCHEDULING migration; core's
 * services are stand-ins that know a few practitioners, clients and engagements.
 */
final class SchedulingFixture implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** Monday 2026-11-23 08:00 in Berlin. */
    static final Instant START = Instant.parse("2026-11-23T07:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final JdbcDataSource dataSource = new JdbcDataSource();
    final Connection keepAlive;
    final EngagementService engagements = mock(EngagementService.class);
    final ClientService clients = mock(ClientService.class);
    final UserService users = mock(UserService.class);
    final AuditLog audit = mock(AuditLog.class);
    final EventAdmin events = mock(EventAdmin.class);
    final Map<UUID, User> knownUsers = new HashMap<>();
    final SchedulingServiceImpl scheduling;

    SchedulingFixture() throws SQLException, IOException {
        dataSource.setURL("jdbc:h2:mem:scheduling-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        keepAlive = dataSource.getConnection();
        try (Statement st = keepAlive.createStatement()) {
            st.execute("CREATE SCHEMA SCHEDULING");
            for (String name : List.of("V1__appointments.sql", "V2__rooms.sql", "V3__start_index.sql")) {
                try (InputStream in = SchedulingFixture.class.getResourceAsStream("/db/migration/SCHEDULING/" + name)) {
                    String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
                    for (String sql : script.split(";")) {
                        if (!sql.isBlank()) {
                            st.execute(sql);
                        }
                    }
                }
            }
        }
        Practice practice = mock(Practice.class);
        when(practice.zone()).thenReturn(ZONE);
        when(practice.name()).thenReturn("Harbour Practice");
        when(users.get(any(), any())).thenAnswer(call -> {
            User u = knownUsers.get(call.<UUID>getArgument(1));
            if (u == null) {
                throw new RecordNotFoundException("no user");
            }
            return u;
        });
        when(clients.visibleName(any(), any())).thenReturn("Casey Client");
        scheduling = new SchedulingServiceImpl(new Db(dataSource), engagements, clients, users, audit, practice,
                SchedulingSettings.of(new SchedulingSettings.Values(Duration.ofHours(24), Duration.ofHours(24), 12)),
                events, clock);
    }

    Actor practitioner(String name, Role... roles) {
        User user = new User(UUID.randomUUID(), name.toLowerCase().replace(' ', '.'), name, name + "@example.org",
                Set.of(roles), List.of(), null, true, START);
        knownUsers.put(user.id(), user);
        return user.asActor();
    }

    /** An active engagement of a new client with the therapist; returns the engagement. */
    Engagement engagement(Actor therapist) {
        Engagement e = new Engagement(UUID.randomUUID(), UUID.randomUUID(), "Casey Client", therapist.userId(), "cbt",
                EngagementStatus.ACTIVE, START, null, null);
        when(engagements.get(any(), org.mockito.ArgumentMatchers.eq(e.id()))).thenReturn(e);
        return e;
    }

    @Override
    public void close() throws SQLException {
        keepAlive.close();
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
