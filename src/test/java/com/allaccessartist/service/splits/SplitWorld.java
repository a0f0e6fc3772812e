package com.allaccessartist.service.splits;

import com.allaccessartist.domain.catalog.Iswc;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseTarget;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.people.AccountAdminService;
import com.allaccessartist.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * People (with their own PostgreSQL login roles) and catalogue rows made for them as the
 * administrator, for the works and split sheet tests of one class and vendor (after
 * {@code service.catalog.CatalogWorld}, which is package-private there). People are made once per
 * database; every test makes its own organizations, artists, songs and grants.
 */
final class SplitWorld implements AutoCloseable {

    static final String PASSWORD = "a long passphrase";

    /** One person: who the services act for, and their PostgreSQL login role (null on H2). */
    record Person(String name, CurrentUser user, String role) {
        UUID id() {
            return user.id();
        }
    }

    private static final AtomicInteger TRACK = new AtomicInteger();

    private final TestDatabase testDatabase;
    private final Database database;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Database> ownDatabases = new HashMap<>();

    private SplitWorld(TestDatabase testDatabase, Database database) {
        this.testDatabase = testDatabase;
        this.database = database;
    }

    /** A world over the class's database, with the named people in it (display name = their name). */
    static SplitWorld create(TestDatabase testDatabase, Database database, String... names) {
        SplitWorld world = new SplitWorld(testDatabase, database);
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

    String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Where the person works: on PostgreSQL their own login role (Row Level Security applies, as in
     * the app), opened once and kept for the class; on H2 the file (the services alone guard it).
     */
    Database as(Person person) {
        if (vendor() != Vendor.POSTGRESQL) {
            return database;
        }
        return ownDatabases.computeIfAbsent(person.name(), name -> Database.open(
                DatabaseTarget.of(testDatabase.adminTarget().jdbcUrl(), person.role(), PASSWORD.toCharArray()),
                Database.SchemaMode.VERIFY));
    }

    // --- rows made by the administrator -------------------------------------------------------

    /** An organization; the database makes {@code creator} its owner. */
    UUID organization(Person creator) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO organizations (id, name, type, created_by) VALUES (?, ?, 'label', ?)", id, unique("Label"),
                creator.id());
        return id;
    }

    /** An artist of the organization (null: independent). */
    UUID artist(UUID organization, Person creator, String name) {
        UUID id = UUID.randomUUID();
        String unique = unique(name);
        sql("INSERT INTO artists (id, name, slug, organization_id, created_by) VALUES (?, ?, ?, ?, ?)", id, name,
                unique.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-"), organization, creator.id());
        return id;
    }

    UUID release(UUID artist, String title) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO releases (id, artist_id, title, slug, type) VALUES (?, ?, ?, ?, 'album')", id, artist, title,
                unique("release").toLowerCase(Locale.ROOT));
        return id;
    }

    /** A song of the release with the given ISRC (may be null). */
    UUID song(UUID artist, UUID release, String title, String isrc) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO songs (id, release_id, artist_id, title, track_number, isrc_code) VALUES (?, ?, ?, ?, ?, ?)", id,
                release, artist, title, TRACK.incrementAndGet(), isrc);
        return id;
    }

    /** A work made by the administrator. */
    UUID work(UUID artist, String title, String iswc) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO works (id, artist_id, title, iswc) VALUES (?, ?, ?, ?)", id, artist, title, iswc);
        return id;
    }

    /** A valid ISRC nobody else uses (with overwhelming probability). */
    static String newIsrc() {
        return "QZS" + "P" + "L" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** A valid ISWC (bare form) nobody else uses (with overwhelming probability). */
    static String newIswc() {
        return Iswc.withCheckDigit(String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000))).value();
    }

    /** A role in an organization with the given flags. */
    void grantOrganization(Person person, UUID organization, String role, boolean artists, boolean releases,
                           boolean finances, boolean users) {
        sql("INSERT INTO user_organization_roles (user_id, organization_id, role, can_manage_artists, can_manage_releases,"
                        + " can_manage_finances, can_manage_users, granted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", person.id(),
                organization, role, artists, releases, finances, users, person.id());
    }

    /** A direct grant on an artist: a role and the named flags (manage_songs, manage_finances...). */
    void grantArtist(Person person, UUID artist, String role, String... flags) {
        StringBuilder columns = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (String flag : flags) {
            columns.append(", can_").append(flag);
            values.append(", TRUE");
        }
        sql("INSERT INTO user_artist_permissions (user_id, artist_id, role, granted_by" + columns + ")"
                + " VALUES (?, ?, ?, ?" + values + ")", person.id(), artist, role, person.id());
    }

    /** Runs one statement as the administrator, committed. */
    void sql(String sql, Object... args) {
        try (Connection c = testDatabase.adminConnection(true); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The first column of the first row of a query run as the administrator (null if none). */
    Object value(String sql, Object... args) {
        try (Connection c = testDatabase.adminConnection(true); PreparedStatement statement = c.prepareStatement(sql)) {
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

    long count(String sql, Object... args) {
        return ((Number) value(sql, args)).longValue();
    }

    @Override
    public void close() {
        ownDatabases.values().forEach(Database::close);
        ownDatabases.clear();
    }
}
