package org.alliance.supervision.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.api.core.ClinicalCipher;
import org.alliance.api.supervision.ClientHours;
import org.alliance.api.supervision.ContactKind;
import org.alliance.support.db.Db;

/** Hand-logged client-contact time in SUPERVISION.CLIENT_HOURS; the note sealed (it may describe clinical work). */
public final class HoursRepository {

    private final Db db;
    private final ClinicalCipher cipher;

    public HoursRepository(Db db, ClinicalCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    public void insert(ClientHours h, UUID loggedBy, Instant loggedAt) {
        db.update("INSERT INTO SUPERVISION.CLIENT_HOURS (ID, SUPERVISEE_ID, ON_DAY, MINUTES, KIND, NOTE_SEALED, LOGGED_BY, "
                + "LOGGED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", h.id(), h.superviseeId(), h.date(), h.minutes(), h.kind(),
                cipher.encrypt(h.note(), note(h.id())), loggedBy, loggedAt);
    }

    /** The supervisee's hand-logged time, in date order. */
    public List<ClientHours> ofSupervisee(UUID superviseeId) {
        return db.query("SELECT ID, SUPERVISEE_ID, ON_DAY, MINUTES, KIND, NOTE_SEALED FROM SUPERVISION.CLIENT_HOURS "
                + "WHERE SUPERVISEE_ID = ? ORDER BY ON_DAY, LOGGED_AT", rs -> {
                    UUID id = Db.uuid(rs, "ID");
                    return new ClientHours(id, Db.uuid(rs, "SUPERVISEE_ID"), rs.getObject("ON_DAY", LocalDate.class),
                            rs.getInt("MINUTES"), ContactKind.valueOf(rs.getString("KIND")), null,
                            cipher.decrypt(rs.getString("NOTE_SEALED"), note(id)));
                }, superviseeId);
    }

    private static String note(UUID id) {
        return "SUPERVISION.CLIENT_HOURS:" + id + ":NOTE";
    }
}
