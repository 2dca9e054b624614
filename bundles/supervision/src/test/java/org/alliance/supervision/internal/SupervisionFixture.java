package org.alliance.supervision.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditLog;
import org.alliance.api.core.AuditRecord;
import org.alliance.api.core.ClinicalCipher;
import org.alliance.api.core.EngagementService;
import org.alliance.api.core.Practice;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.core.User;
import org.alliance.api.core.UserService;
import org.alliance.api.document.Document;
import org.alliance.api.supervision.CosignMode;
import org.alliance.api.supervision.NewRelationship;
import org.alliance.api.supervision.Relationship;
import org.alliance.support.db.Db;
import org.h2.jdbcx.JdbcDataSource;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The supervision service on a real in-memory H2 with the shipped SUPERVISION migration; core is
 * stand-ins that know a few practitioners and who treats whom; the test rule set is installed.
 */
final class SupervisionFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    final JdbcDataSource dataSource = new JdbcDataSource();
    final Connection keepAlive;
    final UserService users = mock(UserService.class);
    final EngagementService engagements = mock(EngagementService.class);
    final List<AuditRecord> audited = new ArrayList<>();
    final List<Document> rendered = new ArrayList<>();
    final List<Event> posted = new ArrayList<>();
    final MutableClock clock = new MutableClock(START);
    final TestRuleSet ruleSet = new TestRuleSet();
    /** Pairs "therapist>practitioner" for which treatsOrTreated answers yes. */
    final Set<String> treatments = new HashSet<>();
    volatile SupervisionSettings.Policy policy = new SupervisionSettings.Policy(null, true);
    final SupervisionServiceImpl supervision;

    /** Seals as base64 bound to its context, so tests can see that nothing is stored in plain and contexts matter. */
    static final ClinicalCipher CIPHER = new ClinicalCipher() {
        @Override
        public String encrypt(String text, String context) {
            return text == null ? null : "sealed:" + Base64.getEncoder().encodeToString((context + "|" + text)
                    .getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String decrypt(String sealed, String context) {
            if (sealed == null) {
                return null;
            }
            String opened = new String(Base64.getDecoder().decode(sealed.substring("sealed:".length())), StandardCharsets.UTF_8);
            if (!opened.startsWith(context + "|")) {
                throw new IllegalStateException("sealed for another place");
            }
            return opened.substring(context.length() + 1);
        }
    };

    SupervisionFixture() throws SQLException, IOException {
        dataSource.setURL("jdbc:h2:mem:supervision-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        keepAlive = dataSource.getConnection();
        try (Statement st = keepAlive.createStatement();
                InputStream in = SupervisionFixture.class.getResourceAsStream("/db/migration/SUPERVISION/V1__supervision.sql")) {
            st.execute("CREATE SCHEMA SUPERVISION");
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*--.*$", "");
            for (String sql : script.split(";")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
        }
        Practice practice = mock(Practice.class);
        when(practice.zone()).thenReturn(ZoneId.of("UTC"));
        when(practice.name()).thenReturn("Harbour Practice");
        AuditLog audit = mock(AuditLog.class);
        org.mockito.Mockito.doAnswer(i -> audited.add(i.getArgument(0))).when(audit).record(any());
        EventAdmin events = mock(EventAdmin.class);
        org.mockito.Mockito.doAnswer(i -> posted.add(i.getArgument(0))).when(events).postEvent(any());
        when(engagements.treatsOrTreated(any(), any())).thenAnswer(i -> treatments.contains(i.getArgument(0) + ">"
                + i.getArgument(1)));
        when(users.get(any(), any())).thenAnswer(i -> {
            throw new RecordNotFoundException("user", i.getArgument(1));
        });
        SupervisionSettings settings = new SupervisionSettings(new SupervisionConfiguration() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return SupervisionConfiguration.class;
            }

            @Override
            public String defaultRuleSet() {
                return "";
            }

            @Override
            public boolean hoursFromCalendar() {
                return true;
            }
        }) {
            @Override
            public Policy policy() {
                return policy;
            }
        };
        supervision = new SupervisionServiceImpl(new Db(dataSource), CIPHER, engagements, users, audit, document -> {
            rendered.add(document);
            return new byte[] {'%', 'P', 'D', 'F'};
        }, practice, settings, events, clock);
        supervision.addRuleSet(ruleSet, Map.of("service.id", 1L));
    }

    @Override
    public void close() throws SQLException {
        keepAlive.close();
    }

    /** A practitioner the user service knows. */
    Actor person(String name, Role... roles) {
        return person(name, null, roles);
    }

    Actor person(String name, String license, Role... roles) {
        User user = new User(UUID.randomUUID(), name.toLowerCase().replace(' ', '.'), name, null, Set.of(roles), List.of(),
                license, true, START);
        org.mockito.Mockito.doReturn(user).when(users).get(any(), eq(user.id()));
        return user.asActor();
    }

    /** Records that {@code therapist} is or was {@code client}'s therapist. */
    void treats(Actor therapist, Actor client) {
        treatments.add(therapist.userId() + ">" + client.userId());
    }

    /** An open-ended relationship from {@code start}, with consent, recorded by the supervisor. */
    Relationship relationship(Actor supervisor, Actor supervisee, CosignMode mode, LocalDate start) {
        return supervision.createRelationship(supervisor, new NewRelationship(supervisor.userId(), supervisee.userId(), mode,
                TestRuleSet.ID, start, null, true, null, false));
    }

    static NewRelationship newRelationship(Actor supervisor, Actor supervisee, boolean consent) {
        return new NewRelationship(supervisor.userId(), supervisee.userId(), CosignMode.COSIGN, TestRuleSet.ID,
                TODAY, null, consent, "Adult clients", false);
    }
}
