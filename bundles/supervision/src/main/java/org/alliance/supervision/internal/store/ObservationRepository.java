package org.alliance.supervision.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.api.core.ClinicalCipher;
import org.alliance.api.supervision.ObservationMode;
import org.alliance.api.supervision.ObservationStatus;
import org.alliance.support.db.Db;

/**
 * Observation requests in SUPERVISION.OBSERVATION; what the observer records is sealed. Each change
 * names the status it expects, so two answers racing are decided by the database.
 */
public final class ObservationRepository {

    private static final String COLUMNS = "ID, APPOINTMENT_ID, CLIENT_ID, STARTS_AT, ENDS_AT, REQUESTER_ID, OBSERVER_ID, MODE, "
            + "STATUS, CONSENT_RECORDED_AT, OBSERVATIONS_SEALED, INTERVENTION_SEALED, MEETING_ID, CREATED_AT";

    private final Db db;
    private final ClinicalCipher cipher;

    public ObservationRepository(Db db, ClinicalCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    public void insert(ObservationRow o) {
        db.update("INSERT INTO SUPERVISION.OBSERVATION (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                o.id(), o.appointmentId(), o.clientId(), o.start(), o.end(), o.requesterId(), o.observerId(), o.mode(),
                o.status(), o.consentRecordedAt(), null, null, null, o.createdAt());
    }

    public Optional<ObservationRow> find(UUID id) {
        return db.query("SELECT " + COLUMNS + " FROM SUPERVISION.OBSERVATION WHERE ID = ?", this::row, id).stream().findFirst();
    }

    /** Requests the user made or was asked, soonest first. */
    public List<ObservationRow> involving(UUID userId) {
        return db.query("SELECT " + COLUMNS + " FROM SUPERVISION.OBSERVATION WHERE REQUESTER_ID = ? OR OBSERVER_ID = ? "
                + "ORDER BY STARTS_AT, CREATED_AT", this::row, userId, userId);
    }

    /** Requests of an appointment still waiting for an answer or accepted. */
    public List<ObservationRow> openFor(UUID appointmentId) {
        return db.query("SELECT " + COLUMNS + " FROM SUPERVISION.OBSERVATION WHERE APPOINTMENT_ID = ? "
                + "AND STATUS IN ('REQUESTED', 'ACCEPTED')", this::row, appointmentId);
    }

    /** Whether the observer already has an open request for the appointment. */
    public boolean hasOpen(UUID appointmentId, UUID observerId) {
        return openFor(appointmentId).stream().anyMatch(o -> o.observerId().equals(observerId));
    }

    /** Accepts or declines a waiting request; false when it was answered meanwhile. */
    public boolean answer(UUID id, ObservationStatus answer, UUID meetingId, Instant at) {
        return db.update("UPDATE SUPERVISION.OBSERVATION SET STATUS = ?, MEETING_ID = ?, ANSWERED_AT = ? "
                + "WHERE ID = ? AND STATUS = 'REQUESTED'", answer, meetingId, at, id) == 1;
    }

    /** Stores what the observer recorded on an accepted request; false when it was not accepted any more. */
    public boolean record(UUID id, String observations, String intervention, Instant at) {
        return db.update("UPDATE SUPERVISION.OBSERVATION SET STATUS = 'RECORDED', OBSERVATIONS_SEALED = ?, "
                + "INTERVENTION_SEALED = ?, RECORDED_AT = ? WHERE ID = ? AND STATUS = 'ACCEPTED'",
                cipher.encrypt(observations, context(id, "OBSERVATIONS")), cipher.encrypt(intervention,
                        context(id, "INTERVENTION")), at, id) == 1;
    }

    /** The observed appointment was cancelled: an open request ends. */
    public boolean cancel(UUID id) {
        return db.update("UPDATE SUPERVISION.OBSERVATION SET STATUS = 'CANCELLED', MEETING_ID = NULL "
                + "WHERE ID = ? AND STATUS IN ('REQUESTED', 'ACCEPTED')", id) == 1;
    }

    /** The observed appointment moved: the request follows it and waits for the observer's answer again. */
    public boolean moved(UUID id, Instant start, Instant end) {
        return db.update("UPDATE SUPERVISION.OBSERVATION SET STARTS_AT = ?, ENDS_AT = ?, STATUS = 'REQUESTED', "
                + "MEETING_ID = NULL, ANSWERED_AT = NULL WHERE ID = ? AND STATUS IN ('REQUESTED', 'ACCEPTED')",
                start, end, id) == 1;
    }

    private static String context(UUID id, String column) {
        return "SUPERVISION.OBSERVATION:" + id + ":" + column;
    }

    private ObservationRow row(ResultSet rs) throws SQLException {
        UUID id = Db.uuid(rs, "ID");
        return new ObservationRow(id, Db.uuid(rs, "APPOINTMENT_ID"), Db.uuid(rs, "CLIENT_ID"), Db.instant(rs, "STARTS_AT"),
                Db.instant(rs, "ENDS_AT"), Db.uuid(rs, "REQUESTER_ID"), Db.uuid(rs, "OBSERVER_ID"),
                ObservationMode.valueOf(rs.getString("MODE")), ObservationStatus.valueOf(rs.getString("STATUS")),
                Db.instant(rs, "CONSENT_RECORDED_AT"), cipher.decrypt(rs.getString("OBSERVATIONS_SEALED"),
                        context(id, "OBSERVATIONS")), cipher.decrypt(rs.getString("INTERVENTION_SEALED"),
                        context(id, "INTERVENTION")), Db.uuid(rs, "MEETING_ID"), Db.instant(rs, "CREATED_AT"));
    }
}
