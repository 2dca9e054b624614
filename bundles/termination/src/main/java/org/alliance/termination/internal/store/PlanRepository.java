package org.alliance.termination.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.api.core.ClinicalCipher;
import org.alliance.api.termination.PlanStatus;
import org.alliance.api.termination.Referral;
import org.alliance.api.termination.TerminationReason;
import org.alliance.support.db.Db;

/** Plans, checklist ticks and referrals in the TERMINATION schema; tick notes sealed. */
public final class PlanRepository {

    private static final String COLUMNS = "ID, ENGAGEMENT_ID, CLIENT_ID, THERAPIST_ID, MODALITY, REASON, STATUS, PLANNED_END, "
            + "CLOSURE_SESSIONS, CREATED_AT, CREATED_BY, APPROVED_BY, APPROVED_AT, ENDED_ON";

    private final Db db;
    private final ClinicalCipher cipher;

    public PlanRepository(Db db, ClinicalCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    /**
     * Stores a new open plan.
     *
     * @return false when the engagement already has an open plan (the unique open-plan key decides races)
     */
    public boolean insert(PlanRow p) {
        try {
            db.update("INSERT INTO TERMINATION.PLAN (" + COLUMNS + ", OPEN_ENGAGEMENT_ID) VALUES "
                    + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.id(), p.engagementId(), p.clientId(), p.therapistId(),
                    p.modality(), p.reason(), p.status(), p.plannedEnd(), p.closureSessions(), p.createdAt(), p.createdBy(), p.approvedBy(),
                    p.approvedAt(), p.endedOn(), p.engagementId());
            return true;
        } catch (Db.DataAccessException e) {
            if (e.isDuplicateKey()) {
                return false;
            }
            throw e;
        }
    }

    public Optional<PlanRow> find(UUID id) {
        return db.query("SELECT " + COLUMNS + " FROM TERMINATION.PLAN WHERE ID = ?", PlanRepository::row, id).stream()
                .findFirst();
    }

    /** The engagement's plans, newest first. */
    public List<PlanRow> byEngagement(UUID engagementId) {
        return db.query("SELECT " + COLUMNS + " FROM TERMINATION.PLAN WHERE ENGAGEMENT_ID = ? ORDER BY CREATED_AT DESC",
                PlanRepository::row, engagementId);
    }

    /** Plans waiting for a second person's approval, oldest first. */
    public List<PlanRow> awaitingApproval() {
        return db.query("SELECT " + COLUMNS + " FROM TERMINATION.PLAN WHERE STATUS = 'AWAITING_APPROVAL' ORDER BY CREATED_AT",
                PlanRepository::row);
    }

    /** Whether the engagement has a plan that is not closed. */
    public boolean hasOpenPlan(UUID engagementId) {
        return !db.query("SELECT 1 FROM TERMINATION.PLAN WHERE OPEN_ENGAGEMENT_ID = ?", rs -> 1, engagementId).isEmpty();
    }

    /** Moves a plan from one status to another; false when it was no longer in {@code from} (a race lost). */
    public boolean approve(UUID id, UUID by, Instant at) {
        return db.update("UPDATE TERMINATION.PLAN SET STATUS = 'ACTIVE', APPROVED_BY = ?, APPROVED_AT = ? "
                + "WHERE ID = ? AND STATUS = 'AWAITING_APPROVAL'", by, at, id) == 1;
    }

    /** Marks the plan closed on {@code endedOn}; false when it was not active. */
    public boolean close(UUID id, LocalDate endedOn) {
        return db.update("UPDATE TERMINATION.PLAN SET STATUS = 'CLOSED', ENDED_ON = ?, OPEN_ENGAGEMENT_ID = NULL "
                + "WHERE ID = ? AND STATUS = 'ACTIVE'", endedOn, id) == 1;
    }

    /** Puts a closed plan back to active, when ending the engagement failed after the plan was marked. */
    public void reopen(UUID id, UUID engagementId) {
        db.update("UPDATE TERMINATION.PLAN SET STATUS = 'ACTIVE', ENDED_ON = NULL, OPEN_ENGAGEMENT_ID = ? WHERE ID = ?",
                engagementId, id);
    }

    public void tick(UUID planId, String itemId, String note, UUID by, Instant at) {
        db.inTransaction(c -> {
            Db.update(c, "DELETE FROM TERMINATION.CHECKLIST_TICK WHERE PLAN_ID = ? AND ITEM_ID = ?", planId, itemId);
            Db.update(c, "INSERT INTO TERMINATION.CHECKLIST_TICK (PLAN_ID, ITEM_ID, NOTE_SEALED, DONE_BY, DONE_AT) "
                    + "VALUES (?, ?, ?, ?, ?)", planId, itemId, cipher.encrypt(note, context(planId, itemId)), by, at);
            return null;
        });
    }

    public void untick(UUID planId, String itemId) {
        db.update("DELETE FROM TERMINATION.CHECKLIST_TICK WHERE PLAN_ID = ? AND ITEM_ID = ?", planId, itemId);
    }

    public List<Tick> ticks(UUID planId) {
        return db.query("SELECT ITEM_ID, NOTE_SEALED, DONE_BY, DONE_AT FROM TERMINATION.CHECKLIST_TICK WHERE PLAN_ID = ?",
                rs -> new Tick(rs.getString("ITEM_ID"), cipher.decrypt(rs.getString("NOTE_SEALED"),
                        context(planId, rs.getString("ITEM_ID"))), Db.uuid(rs, "DONE_BY"), Db.instant(rs, "DONE_AT")), planId);
    }

    public void addReferral(UUID planId, Referral r) {
        db.update("INSERT INTO TERMINATION.REFERRAL (ID, PLAN_ID, NAME, CONTACT, PRACTITIONER_ID, ADDED_BY, ADDED_AT) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", r.id(), planId, r.name(), r.contact(), r.practitionerId(), r.addedBy(),
                r.addedAt());
    }

    public List<Referral> referrals(UUID planId) {
        return db.query("SELECT ID, NAME, CONTACT, PRACTITIONER_ID, ADDED_BY, ADDED_AT FROM TERMINATION.REFERRAL "
                + "WHERE PLAN_ID = ? ORDER BY ADDED_AT, ID", rs -> new Referral(Db.uuid(rs, "ID"), rs.getString("NAME"),
                        rs.getString("CONTACT"), Db.uuid(rs, "PRACTITIONER_ID"), Db.uuid(rs, "ADDED_BY"),
                        Db.instant(rs, "ADDED_AT")), planId);
    }

    /** Records that the engagement's therapist was told it is at risk; false when they already were. */
    public boolean markAtRiskNotified(UUID engagementId, Instant at) {
        try {
            db.update("INSERT INTO TERMINATION.AT_RISK_NOTICE (ENGAGEMENT_ID, NOTIFIED_AT) VALUES (?, ?)", engagementId, at);
            return true;
        } catch (Db.DataAccessException e) {
            if (e.isDuplicateKey()) {
                return false;
            }
            throw e;
        }
    }

    /** Forgets the at-risk notice of engagements no longer at risk, so a later spell is told again. */
    public void clearAtRiskNotices(java.util.Collection<UUID> stillAtRisk) {
        List<UUID> notified = db.query("SELECT ENGAGEMENT_ID FROM TERMINATION.AT_RISK_NOTICE", rs -> Db.uuid(rs, "ENGAGEMENT_ID"));
        for (UUID id : notified) {
            if (!stillAtRisk.contains(id)) {
                db.update("DELETE FROM TERMINATION.AT_RISK_NOTICE WHERE ENGAGEMENT_ID = ?", id);
            }
        }
    }

    private static String context(UUID planId, String itemId) {
        return "TERMINATION.CHECKLIST_TICK:" + planId + "/" + itemId + ":NOTE";
    }

    private static PlanRow row(ResultSet rs) throws SQLException {
        return new PlanRow(Db.uuid(rs, "ID"), Db.uuid(rs, "ENGAGEMENT_ID"), Db.uuid(rs, "CLIENT_ID"),
                Db.uuid(rs, "THERAPIST_ID"), rs.getString("MODALITY"), TerminationReason.valueOf(rs.getString("REASON")),
                PlanStatus.valueOf(rs.getString("STATUS")), rs.getObject("PLANNED_END", LocalDate.class),
                rs.getInt("CLOSURE_SESSIONS"), Db.instant(rs, "CREATED_AT"), Db.uuid(rs, "CREATED_BY"),
                Db.uuid(rs, "APPROVED_BY"), Db.instant(rs, "APPROVED_AT"), rs.getObject("ENDED_ON", LocalDate.class));
    }
}
