package com.allaccessartist.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * PostgreSQL login roles of people. A person's role is named
 * {@code aaa_<email local part>_<first 8 hex digits of users.id>} (lower case, letters, digits and
 * underscores, at most 63 characters), recorded in {@code users.db_role}, and is a member of the
 * database's {@code <database>_people} group, which holds every privilege people have.
 * {@code app_uid()} maps {@code session_user} back to the {@code users} row.
 * The password is sent as a SCRAM-SHA-256 verifier computed on this side
 * ({@link PGConnection#alterUserPassword}), so it never appears in SQL text or server logs.
 */
public final class LoginRoles {

    private static final int MAX_IDENTIFIER = 63;

    private LoginRoles() {
    }

    /** The login role name for a person. */
    public static String nameFor(String email, UUID userId) {
        String local = email.substring(0, Math.max(0, email.indexOf('@'))).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        String suffix = "_" + userId.toString().substring(0, 8);
        String prefix = "aaa_" + local;
        int room = MAX_IDENTIFIER - suffix.length();
        return (prefix.length() > room ? prefix.substring(0, room) : prefix) + suffix;
    }

    /** The group role of the connected database that every person's role belongs to. */
    public static String peopleRole(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT app_people_role()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Creates the login role (or, if it exists, sets its password and membership again) and
     * maps it to the person. Needs an administrator connection (a role with CREATEROLE).
     */
    public static void createFor(Connection admin, UUID userId, String role, char[] password) throws SQLException {
        String people = peopleRole(admin);
        boolean exists;
        try (PreparedStatement check = admin.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            check.setString(1, role);
            try (ResultSet rs = check.executeQuery()) {
                exists = rs.next();
            }
        }
        try (Statement statement = admin.createStatement()) {
            if (!exists) {
                statement.execute("CREATE ROLE " + quote(role) + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION");
            } else {
                statement.execute("ALTER ROLE " + quote(role) + " LOGIN");
            }
            statement.execute("GRANT " + quote(people) + " TO " + quote(role));
        }
        admin.unwrap(PGConnection.class).alterUserPassword(role, password, "scram-sha-256");
        try (PreparedStatement map = admin.prepareStatement("UPDATE users SET db_role = ? WHERE id = ?")) {
            map.setString(1, role);
            map.setObject(2, userId);
            map.executeUpdate();
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
