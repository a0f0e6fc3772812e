package com.allaccessartist.testsupport;

import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseTarget;
import com.allaccessartist.persistence.Vendor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty database for one test class: an H2 file in the test's temp folder, or a new
 * database on the test PostgreSQL server. Closing it drops the PostgreSQL database and every
 * role the test created (roles are cluster-wide, so each run names its roles uniquely).
 */
public final class TestDatabase implements AutoCloseable {

    private final Vendor vendor;
    private final DatabaseTarget adminTarget;
    private final String name;
    private final List<String> rolesToDrop = new ArrayList<>();

    private TestDatabase(Vendor vendor, DatabaseTarget adminTarget, String name) {
        this.vendor = vendor;
        this.adminTarget = adminTarget;
        this.name = name;
    }

    /** A new database of {@code vendor}. PostgreSQL is skipped (or failed, if required) when unavailable. */
    public static TestDatabase create(Vendor vendor, Path tempFolder) {
        String name = "aaa_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (vendor == Vendor.H2) {
            try {
                Files.createDirectories(tempFolder);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return new TestDatabase(vendor, DatabaseTarget.h2File(tempFolder.resolve(name + ".mv.db"), null), name);
        }
        PostgresTestServer.assumeAvailable();
        try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + ": " + e.getMessage(), e);
        }
        DatabaseTarget target = DatabaseTarget.of(PostgresTestServer.urlOf(name), PostgresTestServer.user(),
                PostgresTestServer.password());
        return new TestDatabase(vendor, target, name);
    }

    public Vendor vendor() {
        return vendor;
    }

    /** Connection settings of the administrator (schema owner; the H2 file's owner). */
    public DatabaseTarget adminTarget() {
        return adminTarget;
    }

    /** The database name (PostgreSQL) or file name stem (H2); unique per test run. */
    public String name() {
        return name;
    }

    /** Opens and migrates the database as its administrator. */
    public Database openMigrated() {
        return Database.open(adminTarget, Database.SchemaMode.MIGRATE);
    }

    /** A plain JDBC connection as the administrator (for assertions below the services). */
    public Connection adminConnection(boolean autoCommit) throws SQLException {
        char[] password = adminTarget.password();
        Connection connection = DriverManager.getConnection(adminTarget.jdbcUrl(), adminTarget.user(), new String(password));
        connection.setAutoCommit(autoCommit);
        return connection;
    }

    /** A login role name unique to this run, remembered so that {@link #close()} drops it. */
    public String uniqueRoleName(String hint) {
        String role = (name + "_" + hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")).substring(0,
                Math.min(63, name.length() + 1 + hint.replaceAll("[^A-Za-z0-9]", "").length()));
        rolesToDrop.add(role);
        return role;
    }

    /** Runs one statement as the administrator, committed. */
    public void execute(String sql, Object... args) {
        try (Connection c = adminConnection(true); java.sql.PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The first column of the first row of a query run as the administrator (null if none). */
    public Object queryValue(String sql, Object... args) {
        try (Connection c = adminConnection(true); java.sql.PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Registers a role created by the code under test, so that it is dropped afterwards. */
    public void dropRoleAfterwards(String role) {
        rolesToDrop.add(role);
    }

    @Override
    public void close() {
        if (vendor != Vendor.POSTGRESQL) {
            return;
        }
        try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
            List<String> roles = new ArrayList<>(rolesToDrop);
            try (ResultSet members = statement.executeQuery(
                    "SELECT m.rolname FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid"
                            + " JOIN pg_roles m ON m.oid = am.member WHERE g.rolname = '" + name + "_people'")) {
                while (members.next()) {
                    roles.add(members.getString(1));
                }
            }
            endSessions(statement);
            // a plain drop: the server itself stops an autovacuum worker busy in the database (a forced
            // drop would have to signal it, which only a superuser may) and waits for ended sessions
            statement.execute("DROP DATABASE IF EXISTS " + name);
            for (String role : roles) {
                statement.execute("DROP ROLE IF EXISTS \"" + role.replace("\"", "\"\"") + "\"");
            }
            statement.execute("DROP ROLE IF EXISTS \"" + name + "_people\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop test database " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Ends the people's sessions still open in the database (a closed pool closes its connections in
     * the background): no new session may start, the test role becomes a member of each session's
     * role (which lets it end that session), then the sessions are terminated.
     */
    private void endSessions(Statement statement) throws SQLException {
        statement.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
        List<String> sessionRoles = new ArrayList<>();
        String clientSessions = " FROM pg_stat_activity WHERE datname = '" + name + "'"
                + " AND backend_type = 'client backend' AND pid <> pg_backend_pid()";
        try (ResultSet rs = statement.executeQuery("SELECT DISTINCT usename" + clientSessions
                + " AND usename IS NOT NULL AND usename <> current_user")) {
            while (rs.next()) {
                sessionRoles.add(rs.getString(1));
            }
        }
        for (String role : sessionRoles) {
            statement.execute("GRANT \"" + role.replace("\"", "\"\"") + "\" TO CURRENT_USER");
        }
        statement.executeQuery("SELECT pg_terminate_backend(pid)" + clientSessions).close();
    }

    private static Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(PostgresTestServer.adminUrl(), PostgresTestServer.user(),
                new String(PostgresTestServer.password()));
    }
}
