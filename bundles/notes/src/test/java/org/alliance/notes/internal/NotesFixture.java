package org.alliance.notes.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditLog;
import org.alliance.api.core.AuditRecord;
import org.alliance.api.core.ClientService;
import org.alliance.api.core.ClinicalCipher;
import org.alliance.api.core.Engagement;
import org.alliance.api.core.EngagementService;
import org.alliance.api.core.EngagementStatus;
import org.alliance.api.core.ModalityCatalog;
import org.alliance.api.core.ModalityInfo;
import org.alliance.api.core.Practice;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.core.User;
import org.alliance.api.core.UserService;
import org.alliance.api.document.Document;
import org.alliance.api.document.DocumentRenderer;
import org.alliance.support.db.Db;
import org.h2.jdbcx.JdbcDataSource;
import org.osgi.service.event.EventAdmin;

/**
 * The notes service on a real in-memory H2 with the shipped NOTES migration and a real AES-GCM
 * cipher; core's other services are stand-ins that know a few practitioners and engagements.
 */
final class NotesFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    final JdbcDataSource dataSource = new JdbcDataSource();
    final Connection keepAlive;
    final EngagementService engagements = mock(EngagementService.class);
    final ClientService clients = mock(ClientService.class);
    final UserService users = mock(UserService.class);
    final ModalityCatalog modalities = mock(ModalityCatalog.class);
    final EventAdmin events = mock(EventAdmin.class);
    final List<AuditRecord> audited = new ArrayList<>();
    final List<Document> rendered = new ArrayList<>();
    final Map<UUID, User> knownUsers = new HashMap<>();
    final Clock clock = Clock.fixed(START, ZoneOffset.UTC);
    final NotesServiceImpl notes;

    NotesFixture() throws SQLException, IOException {
        dataSource.setURL("jdbc:h2:mem:notes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        keepAlive = dataSource.getConnection();
        try (Statement st = keepAlive.createStatement();
                InputStream in = NotesFixture.class.getResourceAsStream("/db/migration/NOTES/V1__notes.sql")) {
            st.execute("CREATE SCHEMA NOTES");
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*--.*$", "");
            for (String sql : script.split(";")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
        }
        Practice practice = mock(Practice.class);
        when(practice.zone()).thenReturn(ZoneId.of("Europe/Berlin"));
        when(practice.name()).thenReturn("Harbour Practice");
        when(users.get(any(), any())).thenAnswer(call -> {
            User u = knownUsers.get(call.<UUID>getArgument(1));
            if (u == null) {
                throw new RecordNotFoundException("no user");
            }
            return u;
        });
        when(clients.visibleName(any(), any())).thenReturn("Casey Client");
        when(modalities.installed()).thenReturn(List.of());
        AuditLog audit = mock(AuditLog.class);
        org.mockito.Mockito.doAnswer(call -> audited.add(call.getArgument(0))).when(audit).record(any());
        DocumentRenderer renderer = document -> {
            rendered.add(document);
            return "%PDF-test".getBytes(StandardCharsets.US_ASCII);
        };
        notes = new NotesServiceImpl(new Db(dataSource), new TestCipher(), engagements, clients, users, audit, modalities,
                renderer, practice, events, clock);
    }

    Actor practitioner(String name, Role... roles) {
        User user = new User(UUID.randomUUID(), name.toLowerCase().replace(' ', '.'), name, null, Set.of(roles), List.of(),
                null, true, START);
        knownUsers.put(user.id(), user);
        return user.asActor();
    }

    /** An engagement of a new client with the therapist, visible (as metadata) to everyone, as core shows it to staff. */
    Engagement engagement(Actor therapist, EngagementStatus status) {
        Engagement e = new Engagement(UUID.randomUUID(), UUID.randomUUID(), "Casey Client", therapist.userId(), "cbt",
                status, START, status == EngagementStatus.ACTIVE ? null : START, null);
        when(engagements.get(any(), eq(e.id()))).thenReturn(e);
        return e;
    }

    Engagement engagement(Actor therapist) {
        return engagement(therapist, EngagementStatus.ACTIVE);
    }

    /** An engagement the actor may not know of, as core answers for a therapist who does not treat it. */
    void hiddenFrom(Actor actor, Engagement e) {
        when(engagements.get(eq(actor), eq(e.id()))).thenThrow(new RecordNotFoundException("engagement", e.id()));
    }

    void install(ModalityInfo... installed) {
        when(modalities.installed()).thenReturn(List.of(installed));
    }

    /** Every string column of a table, concatenated: what an attacker reading the database file would see. */
    String rawTable(String table) throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Statement st = keepAlive.createStatement(); var rs = st.executeQuery("SELECT * FROM NOTES." + table)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    all.append(rs.getString(i)).append('|');
                }
            }
        }
        return all.toString();
    }

    @Override
    public void close() throws SQLException {
        keepAlive.close();
    }


    /** A real AES-GCM cipher with a fixed key: the stand-in for core's keystore-backed one. */
    static final class TestCipher implements ClinicalCipher {
        private final SecretKeySpec key = new SecretKeySpec(new byte[32], "AES");
        private final SecureRandom random = new SecureRandom();

        @Override
        public String encrypt(String plaintext, String context) {
            if (plaintext == null) {
                return null;
            }
            try {
                byte[] iv = new byte[12];
                random.nextBytes(iv);
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
                c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
                byte[] sealed = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
                return Base64.getEncoder().encodeToString(iv) + ":" + Base64.getEncoder().encodeToString(sealed);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String decrypt(String ciphertext, String context) {
            if (ciphertext == null) {
                return null;
            }
            try {
                String[] parts = ciphertext.split(":");
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, Base64.getDecoder().decode(parts[0])));
                c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
                return new String(c.doFinal(Base64.getDecoder().decode(parts[1])), StandardCharsets.UTF_8);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot open", e);
            }
        }
    }
}
