package com.allaccessartist.service.people;

import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseTarget;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.testsupport.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * People (with their own PostgreSQL login roles) and rows made for them as the administrator, for
 * the people service tests of one class and vendor: the same fixture as the catalogue tests'
 * CatalogWorld (package-private there), with grant ids, grantors and revenue shares.
 */
final class PeopleWorld implements AutoCloseable {

    static final String PASSWORD = "a long passphrase";

    /** One person: who the service acts for, and their PostgreSQL login role (null on H2). */
    record Person(String name, CurrentUser user, String role) {
        UUID id() {
            return user.id();
        }

        String email() {
            return user.email();
        }
    }

    private final TestDatabase testDatabase;
    private final Database database;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Database> ownDatabases = new HashMap<>();

    private PeopleWorld(TestDatabase testDatabase, Database database) {
        this.testDatabase = testDatabase;
        this.database = database;
    }

    /** A world over the class's database, with the named people in it (display name = name). */
    static PeopleWorld create(TestDatabase testDatabase, Database database, String... names) {
        PeopleWorld world = new PeopleWorld(testDatabase, database);
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

    Person person(String name) {
        Person person = people.get(name);
        if (person == null) {
            throw new IllegalArgumentException("No person " + name);
        }
        return person;
    }

    String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The catalogue as the person's own PostgreSQL login role sees it (Row Level Security applies). */
    Database own(Person person) {
        if (database.vendor() != Vendor.POSTGRESQL) {
            throw new IllegalStateException("Own login roles exist on PostgreSQL only");
        }
        return ownDatabases.computeIfAbsent(person.name(), name -> Database.open(
                DatabaseTarget.of(testDatabase.adminTarget().jdbcUrl(), person.role(), PASSWORD.toCharArray()),
                Database.SchemaMode.VERIFY));
    }

    /** A plain connection as the person's own PostgreSQL login role (committing by itself). */
    Connection ownConnection(Person person) throws SQLException {
        if (database.vendor() != Vendor.POSTGRESQL) {
            throw new IllegalStateException("Own login roles exist on PostgreSQL only");
        }
        return java.sql.DriverManager.getConnection(testDatabase.adminTarget().jdbcUrl(), person.role(), PASSWORD);
    }

    /** A plain connection as the administrator, not committing by itself. */
    Connection adminTransaction() throws SQLException {
        return testDatabase.adminConnection(false);
    }

    // --- rows made by the administrator -------------------------------------------------------

    /** An organization; the database makes {@code creator} its owner. */
    UUID organization(Person creator) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO organizations (id, name, type, created_by) VALUES (?, ?, 'label', ?)", id, unique("Label"),
                creator.id());
        return id;
    }

    /** An artist of the organization (null: independent, and the database makes {@code creator} its owner). */
    UUID artist(UUID organization, Person creator) {
        UUID id = UUID.randomUUID();
        String name = unique("Artist");
        sql("INSERT INTO artists (id, name, slug, organization_id, created_by) VALUES (?, ?, ?, ?, ?)", id, name,
                name.toLowerCase(Locale.ROOT), organization, creator.id());
        return id;
    }

    /** A role in an organization with the given flags (artists, releases, finances, users), granted by {@code by}. */
    UUID grantOrganization(Person person, UUID organization, String role, boolean artists, boolean releases,
                           boolean finances, boolean users, Instant expires, boolean active, Person by) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO user_organization_roles (id, user_id, organization_id, role, can_manage_artists,"
                        + " can_manage_releases, can_manage_finances, can_manage_users, granted_by, expires_at, is_active)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, person.id(), organization, role, artists, releases,
                finances, users, by.id(), expires == null ? null : Timestamp.from(expires), active);
        return id;
    }

    /**
     * A direct grant on an artist with the given flags (edit profile, releases, songs, finances,
     * social, analytics, invite) and revenue share, granted by {@code by}.
     */
    UUID grantArtist(Person person, UUID artist, String role, boolean[] flags, String share, Instant expires,
                     boolean active, Person by) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO user_artist_permissions (id, user_id, artist_id, role, can_edit_profile, can_manage_releases,"
                        + " can_manage_songs, can_manage_finances, can_manage_social, can_view_analytics,"
                        + " can_invite_collaborators, revenue_share_percentage, granted_by, expires_at, is_active)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, person.id(), artist, role, flags[0],
                flags[1], flags[2], flags[3], flags[4], flags[5], flags[6], new BigDecimal(share), by.id(),
                expires == null ? null : Timestamp.from(expires), active);
        return id;
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

    /** The id of the person's grant in the organization (the owner's is made by the database). */
    UUID organizationGrant(Person person, UUID organization) {
        return (UUID) value("SELECT id FROM user_organization_roles WHERE user_id = ? AND organization_id = ?",
                person.id(), organization);
    }

    /** The id of the person's direct grant on the artist. */
    UUID artistGrant(Person person, UUID artist) {
        return (UUID) value("SELECT id FROM user_artist_permissions WHERE user_id = ? AND artist_id = ?", person.id(),
                artist);
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
