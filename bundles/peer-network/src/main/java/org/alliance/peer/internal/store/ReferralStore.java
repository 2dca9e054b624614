package org.alliance.peer.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.api.core.ClinicalCipher;
import org.alliance.api.peer.ReferralStatus;
import org.alliance.support.db.Db;

/** Referrals between peers; the reason is clinical and sealed. */
public final class ReferralStore {

    public record ReferralRow(UUID id, UUID clientId, UUID fromEngagementId, UUID fromId, UUID toId, String reason,
            ReferralStatus status, Instant createdAt, Instant answeredAt, UUID engagementId) {
    }

    private static final String SELECT = "SELECT ID, CLIENT_ID, FROM_ENGAGEMENT_ID, FROM_ID, TO_ID, REASON_SEALED, STATUS, "
            + "CREATED_AT, ANSWERED_AT, ENGAGEMENT_ID FROM PEER.REFERRAL ";

    private final Db db;
    private final ClinicalCipher cipher;

    public ReferralStore(Db db, ClinicalCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    public void insert(ReferralRow r) {
        db.update("INSERT INTO PEER.REFERRAL (ID, CLIENT_ID, FROM_ENGAGEMENT_ID, FROM_ID, TO_ID, REASON_SEALED, STATUS, CREATED_AT) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.clientId(), r.fromEngagementId(), r.fromId(), r.toId(),
                cipher.encrypt(r.reason(), context(r.id())), r.status(), r.createdAt());
    }

    public Optional<ReferralRow> find(UUID id) {
        return db.query(SELECT + "WHERE ID = ?", this::map, id).stream().findFirst();
    }

    public List<ReferralRow> involving(UUID practitionerId) {
        return db.query(SELECT + "WHERE FROM_ID = ? OR TO_ID = ? ORDER BY CREATED_AT DESC, ID", this::map, practitionerId,
                practitionerId);
    }

    /** Answers a pending referral; false when it was no longer pending. */
    public boolean answer(UUID id, ReferralStatus status, Instant at) {
        return db.update("UPDATE PEER.REFERRAL SET STATUS = ?, ANSWERED_AT = ? WHERE ID = ? AND STATUS = 'PENDING'", status, at,
                id) == 1;
    }

    /** Puts an acceptance back to pending when the engagement could not be opened. */
    public void reopen(UUID id) {
        db.update("UPDATE PEER.REFERRAL SET STATUS = 'PENDING', ANSWERED_AT = NULL WHERE ID = ?", id);
    }

    public void setEngagement(UUID id, UUID engagementId) {
        db.update("UPDATE PEER.REFERRAL SET ENGAGEMENT_ID = ? WHERE ID = ?", engagementId, id);
    }

    private ReferralRow map(ResultSet rs) throws SQLException {
        UUID id = Db.uuid(rs, "ID");
        return new ReferralRow(id, Db.uuid(rs, "CLIENT_ID"), Db.uuid(rs, "FROM_ENGAGEMENT_ID"), Db.uuid(rs, "FROM_ID"),
                Db.uuid(rs, "TO_ID"), cipher.decrypt(rs.getString("REASON_SEALED"), context(id)),
                ReferralStatus.valueOf(rs.getString("STATUS")), Db.instant(rs, "CREATED_AT"), Db.instant(rs, "ANSWERED_AT"),
                Db.uuid(rs, "ENGAGEMENT_ID"));
    }

    private static String context(UUID id) {
        return "PEER.REFERRAL:" + id + ":REASON";
    }
}
