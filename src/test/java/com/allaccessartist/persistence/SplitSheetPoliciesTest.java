package com.allaccessartist.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.people.AccountAdminService;
import com.allaccessartist.testsupport.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL Row Level Security of works and split sheets (V5), over plain JDBC connections as
 * people's own login roles: split sheets, their versions and lines are read with
 * can_manage_finances on the sheet's artist or by a party named on the sheet, written with
 * can_manage_finances only, and their history is never changed or deleted by people; works
 * follow can_manage_songs for writes and artist visibility for reads.
 */
class SplitSheetPoliciesTest {

    private static final String PASSWORD = "a long passphrase";
    private static final String RLS_REFUSED = "row-level security";
    private static final String NO_PRIVILEGE = "permission denied";

    @TempDir
    static Path temp;

    private static TestDatabase testDatabase;
    private static Database database;
    private static final AtomicInteger TRACK = new AtomicInteger();

    private static UUID owner;
    private static UUID artist;
    private static UUID otherArtist;
    private static UUID orgArtist;
    private static UUID release;
    private static UUID otherRelease;
    private static UUID orgRelease;
    private static Person finance;
    private static Person viewer;
    private static Person party;
    private static Person songs;
    private static Person orgFinance;

    record Person(UUID id, String role) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(testDatabase.adminTarget().jdbcUrl(), role, PASSWORD);
        }
    }

    @BeforeAll
    static void catalogueAndPeople() throws Exception {
        testDatabase = TestDatabase.create(Vendor.POSTGRESQL, temp);
        database = testDatabase.openMigrated();
        finance = person("finance");
        viewer = person("viewer");
        party = person("party");
        songs = person("songs");
        orgFinance = person("orgfinance");
        try (Connection admin = testDatabase.adminConnection(true)) {
            owner = UUID.randomUUID();
            run(admin, "INSERT INTO users (id, email) VALUES (?, 'owner@label.example')", owner);
            artist = independentArtist(admin, "split-artist");
            otherArtist = independentArtist(admin, "other-artist");
            release = release(admin, artist);
            otherRelease = release(admin, otherArtist);
            // finances on both artists (so that only the scope rule can refuse a mislabelled sheet)
            grantArtist(admin, finance, artist, "manager", "can_manage_finances");
            grantArtist(admin, finance, otherArtist, "manager", "can_manage_finances");
            grantArtist(admin, viewer, artist, "viewer", null);
            grantArtist(admin, songs, artist, "collaborator", "can_manage_songs");
            // party: no grant at all

            UUID organization = UUID.randomUUID();
            run(admin, "INSERT INTO organizations (id, name, type, created_by) VALUES (?, 'Label', 'label', ?)", organization, owner);
            orgArtist = UUID.randomUUID();
            run(admin, "INSERT INTO artists (id, name, slug, organization_id, created_by) VALUES (?, 'Org Artist', 'org-artist', ?, ?)",
                    orgArtist, organization, owner);
            orgRelease = release(admin, orgArtist);
            run(admin, "INSERT INTO user_organization_roles (user_id, organization_id, role, can_manage_finances, granted_by)"
                    + " VALUES (?, ?, 'manager', TRUE, ?)", orgFinance.id(), organization, owner);
        }
    }

    @AfterAll
    static void drop() {
        if (database != null) {
            database.close();
        }
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    // ---------------------------------------------------------------------------------------------

    @Test
    void aFinanceManagerAddsASheetWithAVersionAndLinesAndReadsThem() throws Exception {
        UUID song = song(artist, release);
        UUID sheet = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        try (Connection c = finance.connect()) {
            run(c, "INSERT INTO split_sheets (id, kind, song_id, artist_id) VALUES (?, 'master', ?, ?)", sheet, song, artist);
            run(c, "INSERT INTO split_sheet_versions (id, sheet_id, version_number, status, total, created_by)"
                    + " VALUES (?, ?, 1, 'draft', 100, ?)", version, sheet, finance.id());
            assertThat(refusal(c, "INSERT INTO split_sheet_versions (sheet_id, version_number, status, total, created_by)"
                    + " VALUES (?, 2, 'draft', 100, ?)", sheet, party.id()).getMessage())
                    .as("history is recorded in the person's own name").contains(RLS_REFUSED);
            run(c, "INSERT INTO split_lines (version_id, position, user_id, party_name, role, share)"
                    + " VALUES (?, 1, ?, 'Pat Party', 'artist', 60)", version, party.id());
            run(c, "INSERT INTO split_lines (version_id, position, party_name, role, share)"
                    + " VALUES (?, 2, 'Outside Label Ltd', 'label', 40)", version);
            assertThat(update(c, "UPDATE split_sheets SET current_version = 1 WHERE id = ?", sheet)).isEqualTo(1);

            assertThat(count(c, "SELECT COUNT(*) FROM split_sheets WHERE id = ? AND current_version = 1", sheet)).isEqualTo(1);
            assertThat(count(c, "SELECT COUNT(*) FROM split_sheet_versions WHERE sheet_id = ?", sheet)).isEqualTo(1);
            assertThat(count(c, "SELECT COUNT(*) FROM split_lines WHERE version_id = ?", version)).isEqualTo(2);
        }
    }

    @Test
    void aFinanceManagersDirectWritesCannotBendTheHistoryOrAgreeAnIncompleteSheet() throws Exception {
        UUID song = song(artist, release);
        UUID sheet = UUID.randomUUID();
        UUID version1 = UUID.randomUUID();
        UUID version2 = UUID.randomUUID();
        UUID version3 = UUID.randomUUID();
        try (Connection c = finance.connect()) {
            assertThat(guardRefusal(c, "INSERT INTO split_sheets (id, kind, song_id, artist_id, current_version)"
                    + " VALUES (?, 'master', ?, ?, 1)", sheet, song, artist)).isEqualTo("split.guard.newSheet");
            run(c, "INSERT INTO split_sheets (id, kind, song_id, artist_id) VALUES (?, 'master', ?, ?)", sheet, song, artist);
            assertThat(guardRefusal(c, "INSERT INTO split_sheet_versions (sheet_id, version_number, status, total, created_by)"
                    + " VALUES (?, 2, 'draft', 100, ?)", sheet, finance.id())).isEqualTo("split.guard.versionNumber");
            version(c, version1, sheet, 1, "draft", "60", "60");
            run(c, "UPDATE split_sheets SET current_version = 1 WHERE id = ?", sheet);
            assertThat(guardRefusal(c, "INSERT INTO split_lines (version_id, position, party_name, role, share)"
                    + " VALUES (?, 2, 'Late Addition', 'producer', 40)", version1))
                    .as("a current version's lines are fixed").isEqualTo("split.guard.historyFixed");
            assertThat(guardRefusal(c, "UPDATE split_sheets SET status = 'agreed', agreed_at = now(), agreed_by = ?"
                    + " WHERE id = ?", finance.id(), sheet)).as("the current version is a draft").isEqualTo("split.guard.status");

            // an agreed version stating 100 while its lines give 60 (the V7 check sees the stated total only)
            version(c, version2, sheet, 2, "agreed", "100", "60");
            assertThat(guardRefusal(c, "UPDATE split_sheets SET current_version = 2, status = 'agreed', agreed_at = now(),"
                    + " agreed_by = ? WHERE id = ?", finance.id(), sheet)).isEqualTo("split.guard.total");

            version(c, version3, sheet, 3, "agreed", "100", "60", "40");
            assertThat(guardRefusal(c, "UPDATE split_sheets SET current_version = 2 WHERE id = ?", sheet))
                    .as("only the newest version becomes current").isEqualTo("split.guard.currentVersion");
            assertThat(guardRefusal(c, "UPDATE split_sheets SET current_version = 3, status = 'agreed', agreed_at = now(),"
                    + " agreed_by = ? WHERE id = ?", party.id(), sheet)).as("agreement recorded in one's own name")
                    .isEqualTo("split.guard.agreement");
            assertThat(guardRefusal(c, "UPDATE split_sheets SET song_id = ? WHERE id = ?", song(artist, release), sheet))
                    .as("another song of the same artist").isEqualTo("split.guard.subjectFixed");

            assertThat(update(c, "UPDATE split_sheets SET current_version = 3, status = 'agreed', agreed_at = now(),"
                    + " agreed_by = ? WHERE id = ?", finance.id(), sheet)).isEqualTo(1);
            assertThat(count(c, "SELECT COUNT(*) FROM split_sheets WHERE id = ? AND status = 'agreed'", sheet)).isEqualTo(1);
        }
    }

    /** A version in the person's own name, with a line per share (the stated total may differ). */
    private static void version(Connection c, UUID id, UUID sheet, int number, String status, String total,
                                String... shares) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("INSERT INTO split_sheet_versions"
                + " (id, sheet_id, version_number, status, total, created_by) VALUES (?, ?, ?, ?, ?::numeric, ?)")) {
            statement.setObject(1, id);
            statement.setObject(2, sheet);
            statement.setInt(3, number);
            statement.setString(4, status);
            statement.setString(5, total);
            statement.setObject(6, finance.id());
            statement.executeUpdate();
        }
        for (int i = 0; i < shares.length; i++) {
            try (PreparedStatement statement = c.prepareStatement("INSERT INTO split_lines (version_id, position,"
                    + " party_name, role, share) VALUES (?, ?, ?, 'artist', ?::numeric)")) {
                statement.setObject(1, id);
                statement.setInt(2, i + 1);
                statement.setString(3, "Party " + (i + 1));
                statement.setString(4, shares[i]);
                statement.executeUpdate();
            }
        }
    }

    /** The rule key a V9 guard refuses {@code sql} with (SQLSTATE 23514). */
    private static String guardRefusal(Connection c, String sql, UUID... ids) {
        SQLException refused = catchThrowableOfType(SQLException.class, () -> update(c, sql, ids));
        assertThat((Throwable) refused).as("%s must be refused", sql).isNotNull();
        assertThat(refused.getSQLState()).as(refused.getMessage()).isEqualTo("23514");
        return ((org.postgresql.util.PSQLException) refused).getServerErrorMessage().getMessage();
    }

    @Test
    void anOrganizationsFinanceManagerReachesTheSheetsOfItsArtists() throws Exception {
        UUID song = song(orgArtist, orgRelease);
        UUID sheet = UUID.randomUUID();
        try (Connection c = orgFinance.connect()) {
            run(c, "INSERT INTO split_sheets (id, kind, song_id, artist_id) VALUES (?, 'master', ?, ?)", sheet, song, orgArtist);
            run(c, "INSERT INTO split_sheet_versions (sheet_id, version_number, status, total, created_by)"
                    + " VALUES (?, 1, 'draft', 0, ?)", sheet, orgFinance.id());
            assertThat(count(c, "SELECT COUNT(*) FROM split_sheet_versions WHERE sheet_id = ?", sheet)).isEqualTo(1);
            SQLException outside = refusal(c, "INSERT INTO split_sheets (kind, song_id, artist_id) VALUES ('master', ?, ?)",
                    song(artist, release), artist);
            assertThat(outside.getMessage()).contains(RLS_REFUSED);
        }
    }

    @Test
    void aSheetsArtistIsTheArtistOfItsSongOrWork() throws Exception {
        UUID othersSong = song(otherArtist, otherRelease);
        try (Connection c = finance.connect()) {
            SQLException mislabelled = refusal(c, "INSERT INTO split_sheets (kind, song_id, artist_id) VALUES ('master', ?, ?)",
                    othersSong, artist);
            assertThat(mislabelled.getSQLState()).isEqualTo("42501");
            assertThat(mislabelled.getMessage()).contains(RLS_REFUSED);

            run(c, "INSERT INTO split_sheets (kind, song_id, artist_id) VALUES ('master', ?, ?)", othersSong, otherArtist);
            SQLException moved = refusal(c, "UPDATE split_sheets SET artist_id = ? WHERE song_id = ?", artist, othersSong);
            assertThat(moved.getMessage()).contains(RLS_REFUSED);
        }
        UUID work = work(artist);
        try (Connection c = finance.connect()) {
            SQLException mislabelled = refusal(c, "INSERT INTO split_sheets (kind, work_id, artist_id) VALUES ('publishing', ?, ?)",
                    work, otherArtist);
            assertThat(mislabelled.getMessage()).contains(RLS_REFUSED);
            run(c, "INSERT INTO split_sheets (kind, work_id, artist_id) VALUES ('publishing', ?, ?)", work, artist);
        }
    }

    @Test
    void someoneWhoOnlySeesTheArtistNeitherReadsNorAddsSheets() throws Exception {
        Sheet sheet = sheetWithPartyOnVersion1(artist, release);
        try (Connection c = viewer.connect()) {
            assertThat(count(c, "SELECT COUNT(*) FROM songs WHERE id = ?", sheet.song())).as("the song itself is visible").isEqualTo(1);
            assertThat(count(c, "SELECT COUNT(*) FROM split_sheets WHERE id = ?", sheet.id())).isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM split_sheet_versions WHERE sheet_id = ?", sheet.id())).isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM split_lines WHERE version_id IN (?, ?)", sheet.version1(), sheet.version2()))
                    .isZero();

            assertThat(refusal(c, "INSERT INTO split_sheets (kind, song_id, artist_id) VALUES ('master', ?, ?)",
                    song(artist, release), artist).getMessage()).contains(RLS_REFUSED);
            assertThat(refusal(c, "INSERT INTO split_sheet_versions (sheet_id, version_number, status, total, created_by)"
                    + " VALUES (?, 3, 'draft', 100, ?)", sheet.id(), viewer.id()).getMessage()).contains(RLS_REFUSED);
            assertThat(refusal(c, "INSERT INTO split_lines (version_id, position, party_name, role, share)"
                    + " VALUES (?, 9, 'Viv Viewer', 'artist', 1)", sheet.version2()).getMessage()).contains(RLS_REFUSED);
            assertThat(update(c, "UPDATE split_sheets SET current_version = 7 WHERE id = ?", sheet.id())).isZero();
        }
    }

    @Test
    void aPartyReadsTheWholeSheetTheyAreNamedOnButCannotAddToIt() throws Exception {
        Sheet named = sheetWithPartyOnVersion1(artist, release);
        Sheet notNamed = sheetWithoutParty(artist, release);
        try (Connection c = party.connect()) {
            assertThat(count(c, "SELECT COUNT(*) FROM split_sheets WHERE id = ?", named.id())).isEqualTo(1);
            assertThat(count(c, "SELECT COUNT(*) FROM split_sheet_versions WHERE sheet_id = ?", named.id()))
                    .as("every version, also those they are no longer on").isEqualTo(2);
            assertThat(count(c, "SELECT COUNT(*) FROM split_lines WHERE version_id IN (?, ?)", named.version1(), named.version2()))
                    .as("every party's line").isEqualTo(3);
            assertThat(count(c, "SELECT COUNT(*) FROM split_sheets WHERE id = ?", notNamed.id())).isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM split_sheet_versions WHERE sheet_id = ?", notNamed.id())).isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM split_lines WHERE version_id = ?", notNamed.version1())).isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM songs WHERE id = ?", named.song())).as("no access to the catalogue").isZero();

            assertThat(refusal(c, "INSERT INTO split_sheet_versions (sheet_id, version_number, status, total, created_by)"
                    + " VALUES (?, 3, 'draft', 100, ?)", named.id(), party.id()).getMessage()).contains(RLS_REFUSED);
            assertThat(refusal(c, "INSERT INTO split_lines (version_id, position, user_id, party_name, role, share)"
                    + " VALUES (?, 9, ?, 'Pat Party', 'artist', 99)", named.version2(), party.id()).getMessage())
                    .contains(RLS_REFUSED);
            assertThat(refusal(c, "INSERT INTO split_sheets (kind, song_id, artist_id) VALUES ('master', ?, ?)",
                    song(artist, release), artist).getMessage()).contains(RLS_REFUSED);
            assertThat(update(c, "UPDATE split_sheets SET status = 'agreed', agreed_at = NOW() WHERE id = ?", named.id()))
                    .as("a party does not agree the sheet by changing it").isZero();
        }
    }

    @Test
    void nobodyChangesOrDeletesTheHistoryOfASheet() throws Exception {
        Sheet sheet = sheetWithPartyOnVersion1(artist, release);
        for (Person person : new Person[] {finance, party}) {
            try (Connection c = person.connect()) {
                for (String sql : new String[] {
                        "UPDATE split_sheet_versions SET total = 50 WHERE sheet_id = ?",
                        "DELETE FROM split_sheet_versions WHERE sheet_id = ?",
                        "UPDATE split_lines SET share = 99 WHERE version_id IN (SELECT id FROM split_sheet_versions WHERE sheet_id = ?)",
                        "DELETE FROM split_lines WHERE version_id IN (SELECT id FROM split_sheet_versions WHERE sheet_id = ?)",
                        "DELETE FROM split_sheets WHERE id = ?"}) {
                    SQLException refused = refusal(c, sql, sheet.id());
                    assertThat(refused.getSQLState()).as("%s as %s", sql, person.role()).isEqualTo("42501");
                    assertThat(refused.getMessage()).as("%s as %s", sql, person.role()).contains(NO_PRIVILEGE);
                }
            }
        }
        try (Connection admin = testDatabase.adminConnection(true)) {
            assertThat(count(admin, "SELECT COUNT(*) FROM split_sheet_versions WHERE sheet_id = ? AND total = 100", sheet.id()))
                    .isEqualTo(2);
            assertThat(count(admin, "SELECT COUNT(*) FROM split_lines WHERE version_id IN (?, ?)", sheet.version1(),
                    sheet.version2())).isEqualTo(3);
        }
    }

    @Test
    void worksAreWrittenWithCanManageSongsAndReadByWhoeverSeesTheArtist() throws Exception {
        UUID work = UUID.randomUUID();
        try (Connection c = songs.connect()) {
            run(c, "INSERT INTO works (id, artist_id, title, iswc, created_by) VALUES (?, ?, 'Harbour Lights', 'T0345246801', ?)",
                    work, artist, songs.id());
            assertThat(refusal(c, "INSERT INTO works (artist_id, title, created_by) VALUES (?, 'Forged', ?)", artist,
                    finance.id()).getMessage()).as("a work is recorded in the person's own name").contains(RLS_REFUSED);
            assertThat(update(c, "UPDATE works SET title = 'Harbour Lights (Reprise)' WHERE id = ?", work)).isEqualTo(1);
            UUID song = song(artist, release);
            assertThat(update(c, "UPDATE songs SET work_id = ? WHERE id = ?", work, song)).isEqualTo(1);
        }
        try (Connection c = viewer.connect()) {
            assertThat(count(c, "SELECT COUNT(*) FROM works WHERE id = ?", work)).isEqualTo(1);
            assertThat(refusal(c, "INSERT INTO works (artist_id, title, created_by) VALUES (?, 'Not Mine', ?)", artist,
                    viewer.id()).getMessage())
                    .contains(RLS_REFUSED);
            assertThat(update(c, "UPDATE works SET title = 'Changed' WHERE id = ?", work)).isZero();
            assertThat(update(c, "DELETE FROM works WHERE id = ?", work)).isZero();
        }
        try (Connection c = finance.connect()) {
            assertThat(refusal(c, "INSERT INTO works (artist_id, title, created_by) VALUES (?, 'Finance Only', ?)", artist,
                    finance.id()).getMessage())
                    .as("finances alone do not write works").contains(RLS_REFUSED);
        }
        try (Connection c = party.connect()) {
            assertThat(count(c, "SELECT COUNT(*) FROM works WHERE id = ?", work)).as("the artist is not visible").isZero();
        }
        try (Connection c = songs.connect()) {
            assertThat(update(c, "DELETE FROM works WHERE id = ?", work)).isEqualTo(1);
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** A master sheet made by the administrator; version 2 no longer names the party. */
    record Sheet(UUID id, UUID song, UUID version1, UUID version2) {
    }

    private static Sheet sheetWithPartyOnVersion1(UUID artistId, UUID releaseId) throws SQLException {
        UUID song = song(artistId, releaseId);
        Sheet sheet = new Sheet(UUID.randomUUID(), song, UUID.randomUUID(), UUID.randomUUID());
        try (Connection admin = testDatabase.adminConnection(true)) {
            run(admin, "INSERT INTO split_sheets (id, kind, song_id, artist_id, current_version) VALUES (?, 'master', ?, ?, 2)",
                    sheet.id(), song, artistId);
            run(admin, "INSERT INTO split_sheet_versions (id, sheet_id, version_number, status, total) VALUES (?, ?, 1, 'draft', 100)",
                    sheet.version1(), sheet.id());
            run(admin, "INSERT INTO split_lines (version_id, position, user_id, party_name, role, share)"
                    + " VALUES (?, 1, ?, 'Pat Party', 'artist', 50)", sheet.version1(), party.id());
            run(admin, "INSERT INTO split_lines (version_id, position, party_name, role, share)"
                    + " VALUES (?, 2, 'Outside Label Ltd', 'label', 50)", sheet.version1());
            run(admin, "INSERT INTO split_sheet_versions (id, sheet_id, version_number, status, total) VALUES (?, ?, 2, 'draft', 100)",
                    sheet.version2(), sheet.id());
            run(admin, "INSERT INTO split_lines (version_id, position, party_name, role, share)"
                    + " VALUES (?, 1, 'Outside Label Ltd', 'label', 100)", sheet.version2());
        }
        return sheet;
    }

    private static Sheet sheetWithoutParty(UUID artistId, UUID releaseId) throws SQLException {
        UUID song = song(artistId, releaseId);
        Sheet sheet = new Sheet(UUID.randomUUID(), song, UUID.randomUUID(), null);
        try (Connection admin = testDatabase.adminConnection(true)) {
            run(admin, "INSERT INTO split_sheets (id, kind, song_id, artist_id, current_version) VALUES (?, 'master', ?, ?, 1)",
                    sheet.id(), song, artistId);
            run(admin, "INSERT INTO split_sheet_versions (id, sheet_id, version_number, status, total) VALUES (?, ?, 1, 'draft', 100)",
                    sheet.version1(), sheet.id());
            run(admin, "INSERT INTO split_lines (version_id, position, party_name, role, share)"
                    + " VALUES (?, 1, 'Someone Else', 'artist', 100)", sheet.version1());
        }
        return sheet;
    }

    private static Person person(String hint) {
        String role = testDatabase.uniqueRoleName(hint);
        AccountAdminService.CreatedAccount account = new AccountAdminService(database, new PasswordHasher(4), Clock.systemUTC())
                .create(hint + "@label.example", hint, PASSWORD.toCharArray(), role);
        return new Person(account.userId(), account.loginRole());
    }

    private static UUID independentArtist(Connection admin, String slug) throws SQLException {
        UUID id = UUID.randomUUID();
        run(admin, "INSERT INTO artists (id, name, slug, created_by) VALUES (?, '" + slug + "', '" + slug + "', ?)", id, owner);
        return id;
    }

    private static UUID release(Connection admin, UUID artistId) throws SQLException {
        UUID id = UUID.randomUUID();
        run(admin, "INSERT INTO releases (id, artist_id, title, slug, type) VALUES (?, ?, 'Album', 'album', 'album')", id, artistId);
        return id;
    }

    private static UUID song(UUID artistId, UUID releaseId) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection admin = testDatabase.adminConnection(true)) {
            run(admin, "INSERT INTO songs (id, release_id, artist_id, title, track_number) VALUES (?, ?, ?, 'Track', "
                    + TRACK.incrementAndGet() + ")", id, releaseId, artistId);
        }
        return id;
    }

    private static UUID work(UUID artistId) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection admin = testDatabase.adminConnection(true)) {
            run(admin, "INSERT INTO works (id, artist_id, title) VALUES (?, ?, 'Work')", id, artistId);
        }
        return id;
    }

    /** A grant on an artist: a role and at most one permission flag set. */
    private static void grantArtist(Connection admin, Person person, UUID artistId, String role, String flag) throws SQLException {
        String columns = flag == null ? "" : ", " + flag;
        String values = flag == null ? "" : ", TRUE";
        run(admin, "INSERT INTO user_artist_permissions (user_id, artist_id, role, granted_by" + columns + ")"
                + " VALUES (?, ?, '" + role + "', ?" + values + ")", person.id(), artistId, owner);
    }

    private static SQLException refusal(Connection c, String sql, UUID... ids) {
        SQLException refused = catchThrowableOfType(SQLException.class, () -> update(c, sql, ids));
        assertThat((Throwable) refused).as("%s must be refused", sql).isNotNull();
        assertThat(refused.getSQLState()).as(refused.getMessage()).isEqualTo("42501");
        return refused;
    }

    private static void run(Connection c, String sql, UUID... ids) throws SQLException {
        update(c, sql, ids);
    }

    private static int update(Connection c, String sql, UUID... ids) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.length; i++) {
                statement.setObject(i + 1, ids[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static long count(Connection c, String sql, UUID... ids) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.length; i++) {
                statement.setObject(i + 1, ids[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
