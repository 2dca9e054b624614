package org.alliance.peer.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.api.peer.Medium;
import org.alliance.api.peer.Profile;
import org.alliance.support.db.Db;

/** Directory profiles in PEER.PROFILE. Lists are stored comma-separated (entries are checked to hold no comma). */
public final class ProfileStore {

    private static final String COLUMNS = "PRACTITIONER_ID, MODALITIES, COMPETENCIES, ACCEPTS_CLINICIAN_CLIENTS, LANGUAGES, "
            + "MEDIA, BIO, LISTED, OPEN_TO_SAME_PRACTICE, CLOSE_PERSONS, UPDATED_AT";

    private final Db db;

    public ProfileStore(Db db) {
        this.db = db;
    }

    /** The stored profile; the display name is left blank for the caller to fill in. */
    public Optional<Profile> find(UUID practitionerId) {
        return db.query("SELECT " + COLUMNS + " FROM PEER.PROFILE WHERE PRACTITIONER_ID = ?", ProfileStore::map,
                practitionerId).stream().findFirst();
    }

    public List<Profile> listed() {
        return db.query("SELECT " + COLUMNS + " FROM PEER.PROFILE WHERE LISTED = TRUE", ProfileStore::map);
    }

    public void save(Profile p) {
        db.update("MERGE INTO PEER.PROFILE (" + COLUMNS + ") KEY (PRACTITIONER_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.practitionerId(), join(p.modalities()), join(p.competencies()), p.acceptsClinicianClients(),
                join(p.languages()), p.media().stream().map(Enum::name).sorted().collect(Collectors.joining(",")), p.bio(),
                p.listed(), p.openToSamePractice(), p.closePersons().stream().map(UUID::toString).collect(Collectors.joining(",")),
                p.updatedAt());
    }

    private static String join(List<String> values) {
        return String.join(",", values);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static Profile map(ResultSet rs) throws SQLException {
        Set<Medium> media = EnumSet.noneOf(Medium.class);
        split(rs.getString("MEDIA")).forEach(m -> media.add(Medium.valueOf(m)));
        return new Profile(Db.uuid(rs, "PRACTITIONER_ID"), "", split(rs.getString("MODALITIES")),
                split(rs.getString("COMPETENCIES")), rs.getBoolean("ACCEPTS_CLINICIAN_CLIENTS"), split(rs.getString("LANGUAGES")),
                media, rs.getString("BIO"), rs.getBoolean("LISTED"), rs.getBoolean("OPEN_TO_SAME_PRACTICE"),
                split(rs.getString("CLOSE_PERSONS")).stream().map(UUID::fromString).toList(), Db.instant(rs, "UPDATED_AT"));
    }
}
