package com.allaccessartist.service.demo;

import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.testsupport.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Migrated test databases shared by the tests of one class (creating and migrating a
 * PostgreSQL database takes seconds; emptying one takes milliseconds): up to two per vendor,
 * handed out empty (every table the demo writes emptied, and on PostgreSQL the login roles of
 * the previous test dropped).
 */
final class DemoTestDatabases implements AutoCloseable {

    /** The tables the demo writes, children first. */
    static final List<String> TABLES_CHILDREN_FIRST = List.of("split_lines", "split_sheet_versions",
            "split_sheets", "songs", "works", "releases", "user_artist_permissions",
            "artists", "user_organization_roles", "organizations", "user_credentials", "user_profiles", "users");

    /** One open database. */
    record Open(TestDatabase testDatabase, Database database) {

        Connection adminConnection() throws SQLException {
            return testDatabase.adminConnection(true);
        }
    }

    private final Path folder;
    private final Map<String, Open> open = new LinkedHashMap<>();

    DemoTestDatabases(Path folder) {
        this.folder = folder;
    }

    /** Database number {@code slot} (0 or 1) of {@code vendor}, empty. */
    Open empty(Vendor vendor, int slot) throws SQLException {
        String key = vendor + "/" + slot;
        Open database = open.get(key);
        if (database == null) {
            TestDatabase testDatabase = TestDatabase.create(vendor, folder);
            database = new Open(testDatabase, testDatabase.openMigrated());
            open.put(key, database);
        } else {
            empty(database);
        }
        return database;
    }

    /** Login roles made for people of this database (direct members of its people group). */
    static List<String> loginRoles(Connection admin, String databaseName) throws SQLException {
        List<String> roles = new ArrayList<>();
        try (PreparedStatement query = admin.prepareStatement("SELECT m.rolname FROM pg_auth_members am"
                + " JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member"
                + " WHERE g.rolname = ? AND m.rolname <> current_user")) {
            query.setString(1, databaseName + "_people");
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    roles.add(rs.getString(1));
                }
            }
        }
        return roles;
    }

    private static void empty(Open database) throws SQLException {
        try (Connection admin = database.adminConnection(); Statement statement = admin.createStatement()) {
            for (String table : TABLES_CHILDREN_FIRST) {
                statement.execute("DELETE FROM " + table);
            }
            if (database.testDatabase().vendor() == Vendor.POSTGRESQL) {
                for (String role : loginRoles(admin, database.testDatabase().name())) {
                    statement.execute("DROP ROLE \"" + role.replace("\"", "\"\"") + "\"");
                }
            }
        }
    }

    private static void closeBoth(Open database) {
        try {
            database.database().close();
        } finally {
            database.testDatabase().close();
        }
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (Open database : open.values()) {
            try {
                closeBoth(database);
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
