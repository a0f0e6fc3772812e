package com.allaccessartist.testsupport;

import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseTarget;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.people.AccountAdminService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * People (with their own PostgreSQL login roles) and rows made for them as the administrator,
 * for the service tests of one class and vendor. People are made once per database; every test
 * makes its own organizations, artists and grants, so tests stay apart. Each package's world
 * (catalogue, people, splits) adds the rows its tests need.
 */
public abstract class TestWorld implements AutoCloseable {

    public static final String PASSWORD = "a long passphrase";
    private static final List<String> ARTIST_FLAGS = List.of("edit_profile", "manage_releases", "manage_songs",
            "manage_finances", "manage_social", "view_analytics", "invite_collaborators");

    /** One person: who the services act for, and their PostgreSQL login role (null on H2). */
    public record Person(String name, CurrentUser user, String role) {
        public UUID id() {
            return user.id();
        }

        public String email() {
            return user.email();
        }
    }

    protected final TestDatabase testDatabase;
    private final Database database;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Database> ownDatabases = new HashMap<>();

    /** A world over the class's database, with the named people in it (display name = name). */
    protected TestWorld(TestDatabase testDatabase, Database database, String... names) {
        this.testDatabase = testDatabase;
        this.database = database;
        AccountAdminService admin = new AccountAdminService(database, new PasswordHasher(4), Clock.systemUTC());
        for (String name : names) {
            String role = database.vendor() == Vendor.POSTGRESQL ? testDatabase.uniqueRoleName(name + run) : null;
            AccountAdminService.CreatedAccount account = admin.create(name + "." + run + "@label.example", name,
                    PASSWORD.toCharArray(), role);
            people.put(name, new Person(name, new CurrentUser(account.userId(), account.email(), name),
                    account.loginRole()));
        }
    }

    public Database database() {
        return database;
    }

    public Vendor vendor() {
        return database.vendor();
    }

    public Person person(String name) {
        Person person = people.get(name);
        if (person == null) {
            throw new IllegalArgumentException("No person " + name);
        }
        return person;
    }

    /** A name unique to this world (slugs, titles, identifiers are unique across the catalogue). */
    public String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * The catalogue as the person's own PostgreSQL login role sees it (Row Level Security applies),
     * opened once and kept for the class.
     */
    public Database own(Person person) {
        if (vendor() != Vendor.POSTGRESQL) {
            throw new IllegalStateException("Own login roles exist on PostgreSQL only");
        }
        return ownDatabases.computeIfAbsent(person.name(), name -> Database.open(
                DatabaseTarget.of(testDatabase.adminTarget().jdbcUrl(), person.role(), PASSWORD.toCharArray()),
                Database.SchemaMode.VERIFY));
    }

    /** Where the person works: their own login role on PostgreSQL ({@link #own}), the file on H2. */
    public Database as(Person person) {
        return vendor() == Vendor.POSTGRESQL ? own(person) : database;
    }

    /** A plain connection as the person's own PostgreSQL login role (committing by itself). */
    public Connection ownConnection(Person person) throws SQLException {
        if (vendor() != Vendor.POSTGRESQL) {
            throw new IllegalStateException("Own login roles exist on PostgreSQL only");
        }
        return DriverManager.getConnection(testDatabase.adminTarget().jdbcUrl(), person.role(), PASSWORD);
    }

    // --- rows made by the administrator -------------------------------------------------------

    /** An organization; the database makes {@code creator} its owner. */
    public UUID organization(Person creator) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO organizations (id, name, type, created_by) VALUES (?, ?, 'label', ?)", id, unique("Label"),
                creator.id());
        return id;
    }

    /** An artist of the organization (null: independent, and the database makes {@code creator} its owner). */
    public UUID artist(UUID organization, Person creator) {
        UUID id = UUID.randomUUID();
        String name = unique("Artist");
        sql("INSERT INTO artists (id, name, slug, organization_id, created_by) VALUES (?, ?, ?, ?, ?)", id, name,
                name.toLowerCase(Locale.ROOT), organization, creator.id());
        return id;
    }

    /**
     * Artist flags in column order (edit profile, releases, songs, finances, social, analytics,
     * invite): the named ones set.
     */
    public static boolean[] flags(String... names) {
        boolean[] flags = new boolean[ARTIST_FLAGS.size()];
        for (String name : names) {
            int at = ARTIST_FLAGS.indexOf(name);
            if (at < 0) {
                throw new IllegalArgumentException(name + " is not one of " + Arrays.toString(ARTIST_FLAGS.toArray()));
            }
            flags[at] = true;
        }
        return flags;
    }

    /** Runs one statement as the administrator, committed. */
    public void sql(String sql, Object... args) {
        testDatabase.execute(sql, args);
    }

    /** The first column of the first row of a query run as the administrator (null if none). */
    public Object value(String sql, Object... args) {
        return testDatabase.queryValue(sql, args);
    }

    public long count(String sql, Object... args) {
        return ((Number) value(sql, args)).longValue();
    }

    @Override
    public void close() {
        ownDatabases.values().forEach(Database::close);
        ownDatabases.clear();
    }
}
