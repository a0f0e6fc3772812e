package com.allaccessartist.testsupport;

import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseTarget;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.people.AccountAdminService;
import com.allaccessartist.testsupport.AccessMatrix.Grant;
import com.allaccessartist.testsupport.AccessMatrix.Who;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The world of the access matrix ({@link AccessMatrix}), made as the administrator in one test
 * class's database: every {@link Who} as a person (on PostgreSQL with their own login role), our
 * organization with its artist (and a second artist to delete), another organization with its own
 * artist and release, and a row in every user-data table: a release with two songs, a work, an
 * image, an analytics event, an income line, audit entries, a split sheet with a version and a
 * line naming the split party, and a bystander with an account nobody else may read.
 */
public final class AccessMatrixWorld {

    public static final String PASSWORD = "a long passphrase";

    /** A person of the world: who the services act for and, on PostgreSQL, their login role. */
    public record Person(Who who, CurrentUser user, String role) {
        public UUID id() {
            return user.id();
        }

        public String email() {
            return user.email();
        }
    }

    private final TestDatabase testDatabase;
    private final Database database;
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final Map<Who, Person> people = new EnumMap<>(Who.class);
    private final Map<Who, UUID> auditEntries = new EnumMap<>(Who.class);
    private final Map<Who, Database> ownDatabases = new HashMap<>();
    private Person bystander;
    private UUID bystanderAuditEntry;
    /** The administrator's connection while the world is made (one connection, not one per row). */
    private Connection admin;

    public final UUID organization = UUID.randomUUID();
    public final UUID artist = UUID.randomUUID();
    /** A second artist of the organization with the same grants, without income, for deleting. */
    public final UUID artistToDelete = UUID.randomUUID();
    public final UUID otherOrganization = UUID.randomUUID();
    public final UUID otherArtist = UUID.randomUUID();
    public final UUID otherRelease = UUID.randomUUID();
    public final UUID release = UUID.randomUUID();
    /** Track 1 of the release, with the master split sheet. */
    public final UUID song = UUID.randomUUID();
    /** Track 2 of the release, without a split sheet. */
    public final UUID songWithoutSheet = UUID.randomUUID();
    public final UUID work = UUID.randomUUID();
    public final UUID media = UUID.randomUUID();
    public final UUID analyticsEvent = UUID.randomUUID();
    public final UUID revenueLine = UUID.randomUUID();
    public final UUID sheet = UUID.randomUUID();
    public final UUID sheetVersion = UUID.randomUUID();
    /**
     * Version 1 of another song's sheet, being written: not current yet, so lines may still be
     * added to it (a current version's lines are fixed, V9).
     */
    public final UUID sheetNextVersion = UUID.randomUUID();
    private final UUID songWithSheetBeingWritten = UUID.randomUUID();
    private final UUID sheetBeingWritten = UUID.randomUUID();
    public final UUID sheetLine = UUID.randomUUID();
    /** The organization viewer's grant (someone's grant in the organization). */
    public UUID viewerOrganizationGrant;
    /** The artist viewer's grant on the artist. */
    public UUID viewerArtistGrant;

    private AccessMatrixWorld(TestDatabase testDatabase, Database database) {
        this.testDatabase = testDatabase;
        this.database = database;
    }

    /** A new database of {@code vendor} for one test class, migrated, with the whole world in it. */
    public static AccessMatrixWorld open(Vendor vendor, Path temp) {
        TestDatabase testDatabase = TestDatabase.create(vendor, temp);
        Database database = null;
        try {
            database = testDatabase.openMigrated();
            return create(testDatabase, database);
        } catch (RuntimeException | Error e) {
            if (database != null) {
                database.close();
            }
            testDatabase.close();
            throw e;
        }
    }

    /** The whole world, made in the class's (migrated) database. */
    public static AccessMatrixWorld create(TestDatabase testDatabase, Database database) {
        AccessMatrixWorld world = new AccessMatrixWorld(testDatabase, database);
        try (Connection admin = testDatabase.adminConnection(true)) {
            world.admin = admin;
            world.makePeople();
            world.makeCatalogue();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            world.admin = null;
        }
        return world;
    }

    public Person person(Who who) {
        return people.get(who);
    }

    /** Someone with an account, a profile and (on H2) credentials, whom nobody else may read. */
    public Person bystander() {
        return bystander;
    }

    /** The audit entry of a change made by {@code who}. */
    public UUID auditEntry(Who who) {
        return auditEntries.get(who);
    }

    /** The audit entry of a change made by the bystander. */
    public UUID bystanderAuditEntry() {
        return bystanderAuditEntry;
    }

    public Database database() {
        return database;
    }

    public Vendor vendor() {
        return database.vendor();
    }

    /** A name unique to this run. */
    public String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new account (for invitations and grants made during a test). */
    public Person newPerson(String hint) {
        AccountAdminService admin = new AccountAdminService(database, new PasswordHasher(4), Clock.systemUTC());
        String name = hint + UUID.randomUUID().toString().substring(0, 6);
        String role = vendor() == Vendor.POSTGRESQL ? testDatabase.uniqueRoleName(name + run) : null;
        AccountAdminService.CreatedAccount account = admin.create(name + "." + run + "@matrix.example", name,
                PASSWORD.toCharArray(), role);
        return new Person(null, new CurrentUser(account.userId(), account.email(), name), account.loginRole());
    }

    /** A plain JDBC connection as the person's own PostgreSQL login role (not committing by itself). */
    public Connection connect(Person person) throws SQLException {
        requirePostgres();
        Connection connection = DriverManager.getConnection(testDatabase.adminTarget().jdbcUrl(), person.role(), PASSWORD);
        connection.setAutoCommit(false);
        return connection;
    }

    /**
     * Where the person works through the services: on PostgreSQL their own login role (Row Level
     * Security applies, as in the app), opened once; on H2 the file (the services alone guard it).
     */
    public Database as(Person person) {
        if (vendor() != Vendor.POSTGRESQL) {
            return database;
        }
        return ownDatabases.computeIfAbsent(person.who(), who -> Database.open(
                DatabaseTarget.of(testDatabase.adminTarget().jdbcUrl(), person.role(), PASSWORD.toCharArray()),
                Database.SchemaMode.VERIFY));
    }

    /** Closes the databases opened by {@link #as}, then the class's database, and drops it (PostgreSQL). */
    public void close() {
        try {
            ownDatabases.values().forEach(Database::close);
            ownDatabases.clear();
            database.close();
        } finally {
            testDatabase.close();
        }
    }

    /** The name of the role owning the schema (PostgreSQL). */
    public String schemaOwner() {
        requirePostgres();
        return (String) value("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'public.users'::regclass");
    }

    // --- rows made by the administrator ------------------------------------------------------------

    /** Runs one statement as the administrator, committed. */
    public void sql(String sql, Object... args) {
        if (admin == null) {
            testDatabase.execute(sql, args);
            return;
        }
        try (java.sql.PreparedStatement statement = admin.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The first column of the first row of a query run as the administrator (null if none). */
    public Object value(String sql, Object... args) {
        return testDatabase.queryValue(sql, args);
    }

    public long count(String sql, Object... args) {
        return ((Number) value(sql, args)).longValue();
    }

    /** A release of the artist made by the administrator (for a case that deletes one). */
    public UUID newRelease() {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO releases (id, artist_id, title, slug, type) VALUES (?, ?, 'Spare', ?, 'single')", id, artist,
                unique("spare"));
        return id;
    }

    /** A grant in the organization for a new person, made by the administrator. */
    public UUID newOrganizationGrant(String role) {
        return newGrant("user_organization_roles", "organization_id", organization, role);
    }

    /** A grant on the artist for a new person, made by the administrator. */
    public UUID newArtistGrant(String role) {
        return newGrant("user_artist_permissions", "artist_id", artist, role);
    }

    private UUID newGrant(String table, String scopeColumn, UUID scope, String role) {
        Person person = newPerson("g");
        UUID id = UUID.randomUUID();
        sql("INSERT INTO " + table + " (id, user_id, " + scopeColumn + ", role, granted_by) VALUES (?, ?, ?, ?, ?)",
                id, person.id(), scope, role, person(Who.ORG_OWNER).id());
        return id;
    }

    private void makePeople() {
        for (Who who : Who.values()) {
            Person made = newPerson(who.hint());
            people.put(who, new Person(who, made.user(), made.role()));
        }
        bystander = newPerson("bystander");
        if (vendor() == Vendor.POSTGRESQL) {
            // people sign in with their role there; a credential row exists anyway, for the matrix
            sql("INSERT INTO user_credentials (user_id, password_hash) VALUES (?, ?)", bystander.id(),
                    "$2a$04$abcdefghijklmnopqrstuuK7a1b2c3d4e5f6g7h8i9j0k1l2m3n4o");
        }
    }

    private void makeCatalogue() {
        UUID owner = person(Who.ORG_OWNER).id();
        // the database makes the creator the organization's owner
        sql("INSERT INTO organizations (id, name, type, created_by) VALUES (?, ?, 'label', ?)", organization,
                unique("Matrix Label"), owner);
        artist(artist, organization, owner);
        artist(artistToDelete, organization, owner);
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        for (Who who : Who.values()) {
            UUID id = person(who).id();
            boolean active = who.grant() != Grant.REVOKED;
            Timestamp expires = who.grant() == Grant.EXPIRED ? Timestamp.from(yesterday) : null;
            if (who.organizationRole() != null && who != Who.ORG_OWNER) {
                Set<String> flags = who.organizationFlags();
                UUID grant = UUID.randomUUID();
                sql("INSERT INTO user_organization_roles (id, user_id, organization_id, role, can_manage_artists,"
                                + " can_manage_releases, can_manage_finances, can_manage_users, granted_by, expires_at, is_active)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", grant, id, organization, who.organizationRole(),
                        flags.contains("manage_artists"), flags.contains("manage_releases"),
                        flags.contains("manage_finances"), flags.contains("manage_users"), owner, expires, active);
                if (who == Who.ORG_VIEWER) {
                    viewerOrganizationGrant = grant;
                }
            }
            if (who.artistRole() != null) {
                for (UUID onArtist : new UUID[] {artist, artistToDelete}) {
                    Set<String> flags = who.artistFlags();
                    UUID grant = UUID.randomUUID();
                    sql("INSERT INTO user_artist_permissions (id, user_id, artist_id, role, can_edit_profile,"
                                    + " can_manage_releases, can_manage_songs, can_manage_finances, can_manage_social,"
                                    + " can_view_analytics, can_invite_collaborators, granted_by, expires_at, is_active)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", grant, id, onArtist, who.artistRole(),
                            flags.contains("edit_profile"), flags.contains("manage_releases"), flags.contains("manage_songs"),
                            flags.contains("manage_finances"), flags.contains("manage_social"),
                            flags.contains("view_analytics"), flags.contains("invite_collaborators"), owner, expires, active);
                    if (who == Who.ARTIST_VIEWER && onArtist.equals(artist)) {
                        viewerArtistGrant = grant;
                    }
                }
            }
        }
        UUID outsider = person(Who.OTHER_ORG).id();
        sql("INSERT INTO organizations (id, name, type, created_by) VALUES (?, ?, 'management', ?)", otherOrganization,
                unique("Other Label"), outsider);
        artist(otherArtist, otherOrganization, outsider);
        sql("INSERT INTO releases (id, artist_id, title, slug, type) VALUES (?, ?, 'Theirs', ?, 'album')", otherRelease,
                otherArtist, unique("theirs"));

        sql("INSERT INTO releases (id, artist_id, title, slug, type) VALUES (?, ?, 'Ours', ?, 'album')", release, artist,
                unique("ours"));
        sql("INSERT INTO works (id, artist_id, title, created_by) VALUES (?, ?, 'The Work', ?)", work, artist, owner);
        sql("INSERT INTO songs (id, release_id, artist_id, title, track_number, work_id) VALUES (?, ?, ?, 'One', 1, ?)",
                song, release, artist, work);
        sql("INSERT INTO songs (id, release_id, artist_id, title, track_number) VALUES (?, ?, ?, 'Two', 2)",
                songWithoutSheet, release, artist);
        sql("INSERT INTO media_assets (id, sha256, content_type, size_bytes, width, height, bytes, created_by)"
                + " VALUES (?, ?, 'image/png', 1, 1, 1, ?, ?)", media, randomSha256(), new byte[] {7}, owner);
        sql("INSERT INTO analytics_events (id, occurred_at, event_type, artist_id, release_id, song_id, platform, quantity)"
                + " VALUES (?, ?, 'stream', ?, ?, ?, 'spotify', 10)", analyticsEvent,
                Timestamp.from(Instant.parse("2025-06-01T12:00:00Z")), artist, release, song);
        sql("INSERT INTO revenue_streams (id, period_start, period_end, artist_id, release_id, source, revenue_type,"
                + " amount, currency) VALUES (?, ?, ?, ?, ?, 'Spotify', 'streaming', ?, 'EUR')", revenueLine,
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30), artist, release, new BigDecimal("12.345678"));
        for (Who who : Who.values()) {
            auditEntries.put(who, auditEntry(person(who).id()));
        }
        bystanderAuditEntry = auditEntry(bystander.id());
        sql("INSERT INTO split_sheets (id, kind, song_id, artist_id, current_version) VALUES (?, 'master', ?, ?, 1)",
                sheet, song, artist);
        sql("INSERT INTO split_sheet_versions (id, sheet_id, version_number, status, total, created_by)"
                + " VALUES (?, ?, 1, 'draft', 60, ?)", sheetVersion, sheet, owner);
        sql("INSERT INTO split_lines (id, version_id, position, user_id, party_name, role, share)"
                + " VALUES (?, ?, 1, ?, 'Pat Party', 'artist', 60)", sheetLine, sheetVersion, person(Who.SPLIT_PARTY).id());
        sql("INSERT INTO songs (id, release_id, artist_id, title, track_number) VALUES (?, ?, ?, 'Three', 3)",
                songWithSheetBeingWritten, release, artist);
        sql("INSERT INTO split_sheets (id, kind, song_id, artist_id) VALUES (?, 'master', ?, ?)",
                sheetBeingWritten, songWithSheetBeingWritten, artist);
        sql("INSERT INTO split_sheet_versions (id, sheet_id, version_number, status, total, created_by)"
                + " VALUES (?, ?, 1, 'draft', 0, ?)", sheetNextVersion, sheetBeingWritten, owner);
    }

    private void artist(UUID id, UUID inOrganization, UUID creator) {
        String name = unique("Artist");
        sql("INSERT INTO artists (id, name, slug, organization_id, created_by) VALUES (?, ?, ?, ?, ?)", id, name,
                name.toLowerCase(Locale.ROOT), inOrganization, creator);
    }

    private UUID auditEntry(UUID changedBy) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO audit_log (id, table_name, record_id, action, changed_by) VALUES (?, 'artists', ?, 'UPDATE', ?)",
                id, artist, changedBy);
        return id;
    }

    /** 64 random lower-case hex digits (a media asset's sha256 column). */
    public static String randomSha256() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    private void requirePostgres() {
        if (vendor() != Vendor.POSTGRESQL) {
            throw new IllegalStateException("Own login roles exist on PostgreSQL only");
        }
    }
}
