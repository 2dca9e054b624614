package org.alliance.core.internal.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.api.core.Role;
import org.alliance.api.core.User;
import org.alliance.core.internal.db.Jdbc;

/** SQL of {@code CORE.PRACTITIONER}. */
final class UserRepository {

    /** A stored account with its password hash, which never leaves this package. */
    record StoredUser(User user, String passwordHash) {
    }

    private final Jdbc jdbc;

    UserRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    void insert(User u, String passwordHash) {
        jdbc.update("INSERT INTO CORE.PRACTITIONER (ID, USERNAME, DISPLAY_NAME, EMAIL, PASSWORD_HASH, ROLES, "
                + "MODALITIES, LICENSE_NUMBER, ACTIVE, CREATED_AT, UPDATED_AT) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                u.id(), u.username(), u.displayName(), u.email(), passwordHash, joinRoles(u.roles()),
                String.join(",", u.modalities()), u.licenseNumber(), u.active(), u.createdAt(), u.createdAt());
    }

    void update(User u, String passwordHash, Instant at) {
        jdbc.update("UPDATE CORE.PRACTITIONER SET DISPLAY_NAME = ?, EMAIL = ?, PASSWORD_HASH = ?, ROLES = ?, "
                + "MODALITIES = ?, LICENSE_NUMBER = ?, ACTIVE = ?, UPDATED_AT = ? WHERE ID = ?",
                u.displayName(), u.email(), passwordHash, joinRoles(u.roles()), String.join(",", u.modalities()),
                u.licenseNumber(), u.active(), at, u.id());
    }

    Optional<StoredUser> findById(UUID id) {
        return jdbc.queryOne("SELECT * FROM CORE.PRACTITIONER WHERE ID = ?", UserRepository::map, id);
    }

    Optional<StoredUser> findByUsername(String username) {
        return jdbc.queryOne("SELECT * FROM CORE.PRACTITIONER WHERE USERNAME = ?", UserRepository::map, username);
    }

    List<User> all() {
        return jdbc.query("SELECT * FROM CORE.PRACTITIONER ORDER BY USERNAME", rs -> map(rs).user());
    }

    long count() {
        return jdbc.queryOne("SELECT COUNT(*) FROM CORE.PRACTITIONER", rs -> rs.getLong(1)).orElse(0L);
    }

    long countActiveAdminsOtherThan(UUID id) {
        return jdbc.query("SELECT ID, ROLES FROM CORE.PRACTITIONER WHERE ACTIVE AND ID <> ?",
                rs -> parseRoles(rs.getString("ROLES")), id).stream().filter(r -> r.contains(Role.ADMIN)).count();
    }

    private static StoredUser map(ResultSet rs) throws SQLException {
        String modalities = rs.getString("MODALITIES");
        User user = new User(Jdbc.uuid(rs, "ID"), rs.getString("USERNAME"), rs.getString("DISPLAY_NAME"),
                rs.getString("EMAIL"), parseRoles(rs.getString("ROLES")),
                modalities.isEmpty() ? List.of() : List.of(modalities.split(",")), rs.getString("LICENSE_NUMBER"),
                rs.getBoolean("ACTIVE"), Jdbc.instant(rs, "CREATED_AT"));
        return new StoredUser(user, rs.getString("PASSWORD_HASH"));
    }

    private static String joinRoles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::wireName).collect(Collectors.joining(","));
    }

    private static Set<Role> parseRoles(String roles) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::fromWireName).forEach(parsed::add);
        return parsed;
    }
}
