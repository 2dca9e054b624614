package org.alliance.core.internal.clients;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alliance.core.internal.db.Jdbc;

/** SQL of {@code CORE.CLIENT} and {@code CORE.BREAK_GLASS}, and the engagement facts access needs. */
final class ClientRepository {

    private final Jdbc jdbc;

    ClientRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ClientRow c) {
        jdbc.update("INSERT INTO CORE.CLIENT (ID, DISPLAY_NAME, PSEUDONYM, DATE_OF_BIRTH, EMAIL, PHONE, ADDRESS, "
                + "CLINICIAN_CLIENT, PRACTITIONER_ID, CREATED_BY, CREATED_AT) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                c.id(), c.displayName(), c.pseudonym(), c.dateOfBirth(), c.email(), c.phone(), c.address(),
                c.clinicianClient(), c.practitionerId(), c.createdBy(), c.createdAt());
    }

    Optional<ClientRow> find(UUID id) {
        return jdbc.queryOne("SELECT * FROM CORE.CLIENT WHERE ID = ?", ClientRepository::map, id);
    }

    List<ClientRow> all() {
        return jdbc.query("SELECT * FROM CORE.CLIENT", ClientRepository::map);
    }

    /** Clients a practitioner registered or treats (or treated). */
    List<ClientRow> knownTo(UUID practitionerId) {
        return jdbc.query("SELECT * FROM CORE.CLIENT C WHERE C.CREATED_BY = ? OR EXISTS "
                + "(SELECT 1 FROM CORE.ENGAGEMENT E WHERE E.CLIENT_ID = C.ID AND E.THERAPIST_ID = ?)",
                ClientRepository::map, practitionerId, practitionerId);
    }

    boolean treats(UUID practitionerId, UUID clientId) {
        return practitionerId != null && jdbc.queryOne("SELECT 1 FROM CORE.ENGAGEMENT WHERE THERAPIST_ID = ? "
                + "AND CLIENT_ID = ? FETCH FIRST 1 ROW ONLY", rs -> true, practitionerId, clientId).isPresent();
    }

    /** Ids of all clients a practitioner treats or treated. */
    Set<UUID> treatedBy(UUID practitionerId) {
        return new HashSet<>(jdbc.query("SELECT DISTINCT CLIENT_ID FROM CORE.ENGAGEMENT WHERE THERAPIST_ID = ?",
                rs -> Jdbc.uuid(rs, "CLIENT_ID"), practitionerId));
    }

    /** The active engagements' clients of the given practitioners, each with its practitioner. */
    Map<UUID, UUID> activeClientsOf(Collection<UUID> practitionerIds) {
        Map<UUID, UUID> clients = new HashMap<>();
        for (UUID practitionerId : practitionerIds) {
            jdbc.query("SELECT DISTINCT CLIENT_ID FROM CORE.ENGAGEMENT WHERE THERAPIST_ID = ? AND STATUS = 'ACTIVE'",
                    rs -> Jdbc.uuid(rs, "CLIENT_ID"), practitionerId).forEach(id -> clients.putIfAbsent(id, practitionerId));
        }
        return clients;
    }

    /** Practitioners with an active engagement with the client. */
    List<UUID> activeTherapistsOf(UUID clientId) {
        return jdbc.query("SELECT DISTINCT THERAPIST_ID FROM CORE.ENGAGEMENT WHERE CLIENT_ID = ? AND STATUS = 'ACTIVE'",
                rs -> Jdbc.uuid(rs, "THERAPIST_ID"), clientId);
    }

    boolean pseudonymTaken(String pseudonym) {
        return jdbc.queryOne("SELECT 1 FROM CORE.CLIENT WHERE PSEUDONYM = ?", rs -> true, pseudonym).isPresent();
    }

    void insertBreakGlass(UUID clientId, UUID adminId, String reason, Instant at, Instant expires) {
        jdbc.update("INSERT INTO CORE.BREAK_GLASS (ID, CLIENT_ID, ADMIN_ID, REASON, GRANTED_AT, EXPIRES_AT) "
                + "VALUES (?,?,?,?,?,?)", UUID.randomUUID(), clientId, adminId, reason, at, expires);
    }

    /** Clients for which the admin holds an unexpired emergency grant. */
    Set<UUID> breakGlassGrants(UUID adminId, Instant now) {
        if (adminId == null) {
            return Set.of();
        }
        return new HashSet<>(jdbc.query("SELECT DISTINCT CLIENT_ID FROM CORE.BREAK_GLASS WHERE ADMIN_ID = ? "
                + "AND EXPIRES_AT > ?", rs -> Jdbc.uuid(rs, "CLIENT_ID"), adminId, now));
    }

    boolean breakGlassActive(UUID adminId, UUID clientId, Instant now) {
        return adminId != null && jdbc.queryOne("SELECT 1 FROM CORE.BREAK_GLASS WHERE ADMIN_ID = ? AND CLIENT_ID = ? "
                + "AND EXPIRES_AT > ? FETCH FIRST 1 ROW ONLY", rs -> true, adminId, clientId, now).isPresent();
    }

    private static ClientRow map(ResultSet rs) throws SQLException {
        return new ClientRow(Jdbc.uuid(rs, "ID"), rs.getString("DISPLAY_NAME"), rs.getString("PSEUDONYM"),
                Jdbc.date(rs, "DATE_OF_BIRTH"), rs.getString("EMAIL"), rs.getString("PHONE"), rs.getString("ADDRESS"),
                rs.getBoolean("CLINICIAN_CLIENT"), Jdbc.uuid(rs, "PRACTITIONER_ID"), Jdbc.uuid(rs, "CREATED_BY"),
                Jdbc.instant(rs, "CREATED_AT"));
    }
}
