package com.allaccessartist.service.catalog;

import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseTarget;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.people.AccountAdminService;
import com.allaccessartist.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * People (with their own PostgreSQL login roles), and rows made for them as the administrator,
 * shared by the catalogue service tests of one class and vendor. People are made once per
 * database; every test makes its own organizations, artists and grants, so tests stay apart.
 */
final class CatalogWorld implements AutoCloseable {

    static final String PASSWORD = "a long passphrase";

    /** One person: who the services act for, and their PostgreSQL login role (null on H2). */
    record Person(String name, CurrentUser user, String role) {
        UUID id() {
            return user.id();
        }
    }

    private final TestDatabase testDatabase;
    private final Database database;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Database> ownDatabases = new HashMap<>();

    private CatalogWorld(TestDatabase testDatabase, Database database) {
        this.testDatabase = testDatabase;
        this.database = database;
    }

    /** A world over the class's database, with the named people in it. */
    static CatalogWorld create(TestDatabase testDatabase, Database database, String... names) {
        CatalogWorld world = new CatalogWorld(testDatabase, database);
        AccountAdminService admin = new AccountAdminService(database, new PasswordHasher(4), Clock.systemUTC());
        for (String name : names) {
            String role = database.vendor() == Vendor.POSTGRESQL ? testDatabase.uniqueRoleName(name + world.run) : null;
            AccountAdminService.CreatedAccount account = admin.create(name + "." + world.run + "@label.example", name,
                    PASSWORD.toCharArray(), role);
            world.people.put(name, new Person(name, new CurrentUser(account.userId(), account.email(), name),
                    account.loginRole()));
        }
        return world;
    }

    Database database() {
        return database;
    }

    Vendor vendor() {
        return database.vendor();
    }

    Person person(String name) {
        Person person = people.get(name);
        if (person == null) {
            throw new IllegalArgumentException("No person " + name);
        }
        return person;
    }

    /** A name unique to this world (slugs, titles, identifiers are unique across the catalogue). */
    String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * The catalogue as the person's own PostgreSQL login role sees it (Row Level Security applies),
     * opened once and kept for the class.
     */
    Database own(Person person) {
        if (vendor() != Vendor.POSTGRESQL) {
            throw new IllegalStateException("Own login roles exist on PostgreSQL only");
        }
        return ownDatabases.computeIfAbsent(person.name(), name -> Database.open(
                DatabaseTarget.of(testDatabase.adminTarget().jdbcUrl(), person.role(), PASSWORD.toCharArray()),
                Database.SchemaMode.VERIFY));
    }

    /** A plain connection as the person's own PostgreSQL login role (for asking the policies' functions). */
    Connection ownConnection(Person person) throws SQLException {
        if (vendor() != Vendor.POSTGRESQL) {
            throw new IllegalStateException("Own login roles exist on PostgreSQL only");
        }
        return java.sql.DriverManager.getConnection(testDatabase.adminTarget().jdbcUrl(), person.role(), PASSWORD);
    }

    // --- rows made by the administrator -------------------------------------------------------

    /** An organization; the database makes {@code creator} its owner. */
    UUID organization(Person creator) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO organizations (id, name, type, created_by) VALUES (?, ?, 'label', ?)", id, unique("Label"),
                creator.id());
        return id;
    }

    /** An artist of the organization (null: independent, owned by {@code creator}). */
    UUID artist(UUID organization, Person creator) {
        UUID id = UUID.randomUUID();
        String name = unique("Artist");
        sql("INSERT INTO artists (id, name, slug, organization_id, created_by) VALUES (?, ?, ?, ?, ?)", id, name,
                name.toLowerCase(java.util.Locale.ROOT), organization, creator.id());
        return id;
    }

    /** A role in an organization with the given flags (artists, releases, finances, users). */
    void grantOrganization(Person person, UUID organization, String role, boolean artists, boolean releases,
                           boolean finances, boolean users, Instant expires, boolean active) {
        sql("INSERT INTO user_organization_roles (user_id, organization_id, role, can_manage_artists, can_manage_releases,"
                        + " can_manage_finances, can_manage_users, granted_by, expires_at, is_active)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", person.id(), organization, role, artists, releases,
                finances, users, person.id(), expires == null ? null : Timestamp.from(expires), active);
    }

    /**
     * A direct grant on an artist with the given flags: edit profile, releases, songs, finances,
     * social, analytics, invite.
     */
    void grantArtist(Person person, UUID artist, String role, boolean[] flags, Instant expires, boolean active) {
        sql("INSERT INTO user_artist_permissions (user_id, artist_id, role, can_edit_profile, can_manage_releases,"
                        + " can_manage_songs, can_manage_finances, can_manage_social, can_view_analytics,"
                        + " can_invite_collaborators, granted_by, expires_at, is_active)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", person.id(), artist, role, flags[0], flags[1],
                flags[2], flags[3], flags[4], flags[5], flags[6], person.id(),
                expires == null ? null : Timestamp.from(expires), active);
    }

    /** Flags for {@link #grantArtist}: the named ones set. */
    static boolean[] flags(String... names) {
        String[] order = {"edit_profile", "manage_releases", "manage_songs", "manage_finances", "manage_social",
            "view_analytics", "invite_collaborators"};
        boolean[] flags = new boolean[order.length];
        for (String name : names) {
            int at = java.util.Arrays.asList(order).indexOf(name);
            if (at < 0) {
                throw new IllegalArgumentException(name);
            }
            flags[at] = true;
        }
        return flags;
    }

    /** Runs one statement as the administrator, committed. */
    void sql(String sql, Object... args) {
        testDatabase.execute(sql, args);
    }

    /** The first column of the first row of a query run as the administrator (null if none). */
    Object value(String sql, Object... args) {
        return testDatabase.queryValue(sql, args);
    }

    long count(String sql, Object... args) {
        return ((Number) value(sql, args)).longValue();
    }

    @Override
    public void close() {
        ownDatabases.values().forEach(Database::close);
        ownDatabases.clear();
    }
}
