package com.allaccessartist.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.persistence.ConstraintViolations;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each CHECK, UNIQUE and FOREIGN KEY of the schema refuses a bad row on each vendor, with an
 * error that names the rule, which the application turns into a sentence of its own.
 * Every case runs against the same valid rows, inside a transaction that is rolled back.
 */
@ParameterizedClass
@EnumSource(Vendor.class)
class ConstraintTest {

    @Parameter
    Vendor vendor;

    private static TestDatabase testDatabase;
    private static Path temp;
    private Connection connection;
    private Savepoint clean;
    private Fixture fixture;

    @BeforeParameterizedClassInvocation
    static void migrate(Vendor vendor) throws Exception {
        temp = Files.createTempDirectory("constraints");
        testDatabase = TestDatabase.create(vendor, temp);
        try (Database ignored = testDatabase.openMigrated()) {
            // migrated; the cases use plain JDBC as the administrator
        }
    }

    @AfterParameterizedClassInvocation
    static void drop() throws Exception {
        testDatabase.close();
        try (var files = Files.walk(temp)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @BeforeEach
    void validRows() throws SQLException {
        connection = testDatabase.adminConnection(false);
        fixture = Fixture.insert(connection);
        clean = connection.setSavepoint();
    }

    @AfterEach
    void rollBack() throws SQLException {
        connection.rollback();
        connection.close();
    }

    /** A bad row: the SQL (with ? bound from the fixture) and the constraint it must break. */
    record Case(String constraint, String sql, List<String> parameters) {
        @Override
        public String toString() {
            return constraint;
        }
    }

    static Stream<Arguments> badRows() {
        List<Case> cases = new ArrayList<>();
        String user = "INSERT INTO users (id, email) VALUES (?, ?)";
        cases.add(new Case("users_email_lowercase_check", user, List.of("new", "'Jane@Label.example'")));
        cases.add(new Case("users_email_format_check", user, List.of("new", "'not-an-email'")));
        cases.add(new Case("users_email_key", user, List.of("new", "'owner@label.example'")));
        cases.add(new Case("users_pkey", user, List.of("user", "'other@label.example'")));
        cases.add(new Case("users_db_role_key", "UPDATE users SET db_role = 'taken_role' WHERE id = ?", List.of("user2")));
        cases.add(new Case("user_profiles_referral_credits_check",
                "UPDATE user_profiles SET referral_credits = -1 WHERE user_id = ?", List.of("user")));
        cases.add(new Case("user_profiles_referral_code_key",
                "UPDATE user_profiles SET referral_code = (SELECT referral_code FROM user_profiles WHERE user_id = ?) WHERE user_id = ?",
                List.of("user", "user2")));
        cases.add(new Case("user_profiles_user_id_fkey", "INSERT INTO user_profiles (user_id) VALUES (?)", List.of("new")));
        cases.add(new Case("user_profiles_referred_by_fkey", "UPDATE user_profiles SET referred_by = ? WHERE user_id = ?",
                List.of("new", "user")));
        String credentials = "INSERT INTO user_credentials (user_id, password_hash, failed_attempts) VALUES (?, ?, ?)";
        cases.add(new Case("user_credentials_failed_attempts_check", credentials, List.of("user2", "'$2a$12$abc'", "-1")));
        cases.add(new Case("user_credentials_password_hash_check", credentials, List.of("user2", "'plaintext'", "0")));
        cases.add(new Case("user_credentials_user_id_fkey", credentials, List.of("new", "'$2a$12$abc'", "0")));
        String organization = "INSERT INTO organizations (id, name, type, created_by) VALUES (?, 'X', ?, ?)";
        cases.add(new Case("organizations_type_check", organization, List.of("new", "'band'", "user")));
        cases.add(new Case("organizations_created_by_fkey", organization, List.of("new", "'label'", "new")));
        String orgRole = "INSERT INTO user_organization_roles (user_id, organization_id, role, granted_by) VALUES (?, ?, ?, ?)";
        cases.add(new Case("user_organization_roles_role_check", orgRole, List.of("user2", "organization", "'god'", "user")));
        cases.add(new Case("user_organization_roles_user_id_organization_id_key", orgRole,
                List.of("user", "organization", "'admin'", "user")));
        cases.add(new Case("user_organization_roles_user_id_fkey", orgRole, List.of("new", "organization", "'viewer'", "user")));
        cases.add(new Case("user_organization_roles_organization_id_fkey", orgRole, List.of("user2", "new", "'viewer'", "user")));
        cases.add(new Case("user_organization_roles_granted_by_fkey", orgRole, List.of("user3", "organization", "'viewer'", "new")));
        String artist = "INSERT INTO artists (id, name, slug, type, organization_id, created_by) VALUES (?, 'A', ?, ?, ?, ?)";
        cases.add(new Case("artists_type_check", artist, List.of("new", "'fresh-slug'", "'orchestra'", "organization", "user")));
        cases.add(new Case("artists_slug_key", artist, List.of("new", "'the-artist'", "'band'", "organization", "user")));
        cases.add(new Case("artists_organization_id_fkey", artist, List.of("new", "'fresh-slug'", "'band'", "new", "user")));
        cases.add(new Case("artists_created_by_fkey", artist, List.of("new", "'fresh-slug'", "'band'", "organization", "new")));
        cases.add(new Case("artists_organization_id_fkey", "DELETE FROM organizations WHERE id = ?", List.of("organization")));
        String permission = "INSERT INTO user_artist_permissions (user_id, artist_id, role, revenue_share_percentage, granted_by)"
                + " VALUES (?, ?, ?, ?, ?)";
        cases.add(new Case("user_artist_permissions_role_check", permission, List.of("user2", "artist", "'superfan'", "0", "user")));
        cases.add(new Case("user_artist_permissions_revenue_share_percentage_check", permission,
                List.of("user2", "artist", "'collaborator'", "100.01", "user")));
        cases.add(new Case("user_artist_permissions_revenue_share_percentage_check", permission,
                List.of("user2", "artist", "'collaborator'", "-0.01", "user")));
        cases.add(new Case("user_artist_permissions_user_id_artist_id_key", permission,
                List.of("user", "artist", "'viewer'", "0", "user")));
        cases.add(new Case("user_artist_permissions_user_id_fkey", permission, List.of("new", "artist", "'viewer'", "0", "user")));
        cases.add(new Case("user_artist_permissions_artist_id_fkey", permission, List.of("user2", "new", "'viewer'", "0", "user")));
        cases.add(new Case("user_artist_permissions_granted_by_fkey", permission, List.of("user2", "artist", "'viewer'", "0", "new")));
        String release = "INSERT INTO releases (id, artist_id, title, slug, type, status, upc_code) VALUES (?, ?, 'R', ?, ?, ?, ?)";
        cases.add(new Case("releases_type_check", release, List.of("new", "artist", "'r2'", "'boxset'", "'draft'", "null")));
        cases.add(new Case("releases_status_check", release, List.of("new", "artist", "'r2'", "'album'", "'leaked'", "null")));
        cases.add(new Case("releases_upc_code_key", release, List.of("new", "artist", "'r2'", "'album'", "'draft'", "'036000241457'")));
        cases.add(new Case("releases_artist_id_slug_key", release, List.of("new", "artist", "'the-release'", "'album'", "'draft'", "null")));
        cases.add(new Case("releases_artist_id_fkey", release, List.of("new", "new", "'r2'", "'album'", "'draft'", "null")));
        String releaseUpdate = "UPDATE releases SET %s WHERE id = ?";
        cases.add(new Case("releases_peak_chart_position_check", releaseUpdate.formatted("peak_chart_position = 0"), List.of("release")));
        cases.add(new Case("releases_copyright_year_check", releaseUpdate.formatted("copyright_year = 1500"), List.of("release")));
        cases.add(new Case("releases_totals_check", releaseUpdate.formatted("total_streams = -1"), List.of("release")));
        String songUpdate = "UPDATE songs SET %s WHERE id = ?";
        cases.add(new Case("songs_duration_seconds_check", songUpdate.formatted("duration_seconds = 0"), List.of("song")));
        cases.add(new Case("songs_tempo_bpm_check", songUpdate.formatted("tempo_bpm = 300"), List.of("song")));
        cases.add(new Case("songs_tempo_bpm_check", songUpdate.formatted("tempo_bpm = 0"), List.of("song")));
        cases.add(new Case("songs_track_number_check", songUpdate.formatted("track_number = 0"), List.of("song")));
        cases.add(new Case("songs_disc_number_check", songUpdate.formatted("disc_number = 0"), List.of("song")));
        cases.add(new Case("songs_rates_check", songUpdate.formatted("skip_rate = 100.5"), List.of("song")));
        String song = "INSERT INTO songs (id, release_id, artist_id, title, track_number, disc_number, isrc_code) VALUES (?, ?, ?, 'S', ?, 1, ?)";
        cases.add(new Case("songs_isrc_code_key", song, List.of("new", "release", "artist", "2", "'GBAYE2400001'")));
        cases.add(new Case("songs_release_id_track_number_disc_number_key", song, List.of("new", "release", "artist", "1", "null")));
        cases.add(new Case("songs_release_id_fkey", song, List.of("new", "new", "artist", "2", "null")));
        cases.add(new Case("songs_artist_id_fkey", song, List.of("new", "release", "new", "2", "null")));
        String audit = "INSERT INTO audit_log (table_name, record_id, action, changed_by) VALUES ('songs', ?, ?, ?)";
        cases.add(new Case("audit_log_action_check", audit, List.of("song", "'MERGE'", "user")));
        cases.add(new Case("audit_log_changed_by_fkey", audit, List.of("song", "'UPDATE'", "new")));
        String event = "INSERT INTO analytics_events (occurred_at, event_type, artist_id, release_id, song_id, platform, territory, quantity)"
                + " VALUES (CURRENT_TIMESTAMP, ?, ?, ?, ?, 'spotify', ?, ?)";
        cases.add(new Case("analytics_events_event_type_check", event, List.of("'like'", "artist", "release", "song", "'GB'", "1")));
        cases.add(new Case("analytics_events_territory_check", event, List.of("'stream'", "artist", "release", "song", "'gb'", "1")));
        cases.add(new Case("analytics_events_quantity_check", event, List.of("'stream'", "artist", "release", "song", "'GB'", "0")));
        cases.add(new Case("analytics_events_artist_id_fkey", event, List.of("'stream'", "new", "release", "song", "'GB'", "1")));
        cases.add(new Case("analytics_events_release_id_fkey", event, List.of("'stream'", "artist", "new", "song", "'GB'", "1")));
        cases.add(new Case("analytics_events_song_id_fkey", event, List.of("'stream'", "artist", "release", "new", "'GB'", "1")));
        String revenue = "INSERT INTO revenue_streams (period_start, period_end, artist_id, release_id, song_id, source, revenue_type,"
                + " territory, amount, currency) VALUES (DATE '2025-01-01', %s, ?, ?, ?, 'spotify', ?, ?, 1.5, ?)";
        String validPeriod = revenue.formatted("DATE '2025-01-31'");
        cases.add(new Case("revenue_streams_revenue_type_check", validPeriod, List.of("artist", "release", "song", "'gift'", "'GB'", "'EUR'")));
        cases.add(new Case("revenue_streams_period_check", revenue.formatted("DATE '2024-12-31'"),
                List.of("artist", "release", "song", "'streaming'", "'GB'", "'EUR'")));
        cases.add(new Case("revenue_streams_territory_check", validPeriod, List.of("artist", "release", "song", "'streaming'", "'G1'", "'EUR'")));
        cases.add(new Case("revenue_streams_currency_check", validPeriod, List.of("artist", "release", "song", "'streaming'", "'GB'", "'eur'")));
        cases.add(new Case("revenue_streams_artist_id_fkey", validPeriod, List.of("new", "release", "song", "'streaming'", "'GB'", "'EUR'")));
        cases.add(new Case("revenue_streams_release_id_fkey", validPeriod, List.of("artist", "new", "song", "'streaming'", "'GB'", "'EUR'")));
        cases.add(new Case("revenue_streams_song_id_fkey", validPeriod, List.of("artist", "release", "new", "'streaming'", "'GB'", "'EUR'")));
        String media = "INSERT INTO media_assets (id, sha256, content_type, size_bytes, width, height, bytes, created_by)"
                + " VALUES (?, ?, ?, ?, ?, 1, CAST('abc' AS BYTEA), ?)";
        String freshSha = "'" + "b".repeat(64) + "'";
        cases.add(new Case("media_assets_sha256_key", media, List.of("new", "'" + Fixture.MEDIA_SHA256 + "'", "'image/png'", "3", "1", "user")));
        cases.add(new Case("media_assets_sha256_check", media, List.of("new", "'" + "B".repeat(64) + "'", "'image/png'", "3", "1", "user")));
        cases.add(new Case("media_assets_sha256_check", media, List.of("new", "'abc'", "'image/png'", "3", "1", "user")));
        cases.add(new Case("media_assets_content_type_check", media, List.of("new", freshSha, "'image/webp'", "3", "1", "user")));
        cases.add(new Case("media_assets_size_bytes_check", media, List.of("new", freshSha, "'image/png'", "4", "1", "user")));
        cases.add(new Case("media_assets_size_bytes_check", media, List.of("new", freshSha, "'image/png'", "0", "1", "user")));
        cases.add(new Case("media_assets_dimensions_check", media, List.of("new", freshSha, "'image/png'", "3", "0", "user")));
        cases.add(new Case("media_assets_created_by_fkey", media, List.of("new", freshSha, "'image/png'", "3", "1", "new")));
        cases.add(new Case("media_assets_pkey", media, List.of("media", freshSha, "'image/png'", "3", "1", "user")));
        addWorksAndSplitSheets(cases);
        return cases.stream().map(Arguments::of);
    }

    /** V5: works, songs.work_id, split sheets with their versions and lines. */
    private static void addWorksAndSplitSheets(List<Case> cases) {
        String work = "INSERT INTO works (id, artist_id, title, iswc, created_by) VALUES (?, ?, ?, ?, ?)";
        cases.add(new Case("works_title_check", work, List.of("new", "artist", "''", "null", "user")));
        cases.add(new Case("works_title_check", work, List.of("new", "artist", "'   '", "null", "user")));
        cases.add(new Case("works_iswc_check", work, List.of("new", "artist", "'W'", "'T-034524680'", "user")));
        cases.add(new Case("works_iswc_check", work, List.of("new", "artist", "'W'", "'t0345246801'", "user")));
        cases.add(new Case("works_iswc_check", work, List.of("new", "artist", "'W'", "'T034524680'", "user")));
        cases.add(new Case("works_iswc_check", work, List.of("new", "artist", "'W'", "'10345246801'", "user")));
        cases.add(new Case("works_iswc_key", work, List.of("new", "artist", "'W'", "'" + Fixture.WORK_ISWC + "'", "user")));
        cases.add(new Case("works_artist_id_fkey", work, List.of("new", "new", "'W'", "null", "user")));
        cases.add(new Case("works_created_by_fkey", work, List.of("new", "artist", "'W'", "null", "new")));
        cases.add(new Case("works_pkey", work, List.of("work", "artist", "'W'", "null", "user")));
        cases.add(new Case("songs_work_id_fkey", "UPDATE songs SET work_id = ? WHERE id = ?", List.of("new", "song2")));

        String sheet = "INSERT INTO split_sheets (id, kind, song_id, work_id, artist_id, status, current_version, agreed_at,"
                + " agreed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        cases.add(new Case("split_sheets_kind_check", sheet,
                List.of("new", "'mechanical'", "song2", "null", "artist", "'draft'", "0", "null", "null")));
        cases.add(new Case("split_sheets_status_check", sheet,
                List.of("new", "'master'", "song2", "null", "artist", "'signed'", "0", "null", "null")));
        cases.add(new Case("split_sheets_current_version_check", sheet,
                List.of("new", "'master'", "song2", "null", "artist", "'draft'", "-1", "null", "null")));
        cases.add(new Case("split_sheets_subject_check", sheet,
                List.of("new", "'master'", "null", "null", "artist", "'draft'", "0", "null", "null")));
        cases.add(new Case("split_sheets_subject_check", sheet,
                List.of("new", "'master'", "song2", "work2", "artist", "'draft'", "0", "null", "null")));
        cases.add(new Case("split_sheets_subject_check", sheet,
                List.of("new", "'master'", "null", "work2", "artist", "'draft'", "0", "null", "null")));
        cases.add(new Case("split_sheets_subject_check", sheet,
                List.of("new", "'publishing'", "song2", "null", "artist", "'draft'", "0", "null", "null")));
        cases.add(new Case("split_sheets_subject_check", sheet,
                List.of("new", "'publishing'", "song2", "work2", "artist", "'draft'", "0", "null", "null")));
        cases.add(new Case("split_sheets_agreement_check", sheet,
                List.of("new", "'master'", "song2", "null", "artist", "'agreed'", "1", "null", "user")));
        cases.add(new Case("split_sheets_agreement_check", sheet,
                List.of("new", "'master'", "song2", "null", "artist", "'draft'", "1", "CURRENT_TIMESTAMP", "user")));
        cases.add(new Case("split_sheets_song_id_key", sheet,
                List.of("new", "'master'", "song", "null", "artist", "'draft'", "0", "null", "null")));
        cases.add(new Case("split_sheets_work_id_key", sheet,
                List.of("new", "'publishing'", "null", "work", "artist", "'draft'", "0", "null", "null")));
        cases.add(new Case("split_sheets_song_id_fkey", sheet,
                List.of("new", "'master'", "new", "null", "artist", "'draft'", "0", "null", "null")));
        cases.add(new Case("split_sheets_work_id_fkey", sheet,
                List.of("new", "'publishing'", "null", "new", "artist", "'draft'", "0", "null", "null")));
        cases.add(new Case("split_sheets_artist_id_fkey", sheet,
                List.of("new", "'master'", "song2", "null", "new", "'draft'", "0", "null", "null")));
        cases.add(new Case("split_sheets_agreed_by_fkey", sheet,
                List.of("new", "'master'", "song2", "null", "artist", "'agreed'", "1", "CURRENT_TIMESTAMP", "new")));
        cases.add(new Case("split_sheets_pkey", sheet,
                List.of("sheet", "'master'", "song2", "null", "artist", "'draft'", "0", "null", "null")));
        cases.add(new Case("split_sheets_agreement_check",
                "UPDATE split_sheets SET status = 'agreed' WHERE id = ?", List.of("worksheet")));

        String version = "INSERT INTO split_sheet_versions (id, sheet_id, version_number, status, total, note, created_by)"
                + " VALUES (?, ?, ?, ?, ?, 'why', ?)";
        cases.add(new Case("split_sheet_versions_version_number_check", version,
                List.of("new", "sheet", "0", "'draft'", "100", "user")));
        cases.add(new Case("split_sheet_versions_status_check", version,
                List.of("new", "sheet", "2", "'final'", "100", "user")));
        cases.add(new Case("split_sheet_versions_total_check", version,
                List.of("new", "sheet", "2", "'draft'", "100.01", "user")));
        cases.add(new Case("split_sheet_versions_total_check", version,
                List.of("new", "sheet", "2", "'draft'", "-0.01", "user")));
        cases.add(new Case("split_sheet_versions_agreed_total_check", version,
                List.of("new", "sheet", "2", "'agreed'", "99.99", "user")));
        cases.add(new Case("split_sheet_versions_sheet_id_version_number_key", version,
                List.of("new", "sheet", "1", "'draft'", "100", "user")));
        cases.add(new Case("split_sheet_versions_sheet_id_fkey", version,
                List.of("new", "new", "1", "'draft'", "100", "user")));
        cases.add(new Case("split_sheet_versions_created_by_fkey", version,
                List.of("new", "sheet", "2", "'draft'", "100", "new")));
        cases.add(new Case("split_sheet_versions_pkey", version,
                List.of("sheetversion", "sheet", "2", "'draft'", "100", "user")));

        String line = "INSERT INTO split_lines (id, version_id, position, user_id, party_name, role, ipi, society, share)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 'PRS', ?)";
        cases.add(new Case("split_lines_position_check", line,
                List.of("new", "sheetversion", "0", "null", "'Jane Doe'", "'artist'", "null", "50")));
        cases.add(new Case("split_lines_party_name_check", line,
                List.of("new", "sheetversion", "3", "null", "''", "'artist'", "null", "50")));
        cases.add(new Case("split_lines_party_name_check", line,
                List.of("new", "sheetversion", "3", "null", "'  '", "'artist'", "null", "50")));
        cases.add(new Case("split_lines_role_check", line,
                List.of("new", "sheetversion", "3", "null", "'Jane Doe'", "'engineer'", "null", "50")));
        cases.add(new Case("split_lines_ipi_check", line,
                List.of("new", "sheetversion", "3", "null", "'Jane Doe'", "'writer'", "'0000000229'", "50")));
        cases.add(new Case("split_lines_ipi_check", line,
                List.of("new", "sheetversion", "3", "null", "'Jane Doe'", "'writer'", "'0000000229A'", "50")));
        cases.add(new Case("split_lines_ipi_check", line,
                List.of("new", "sheetversion", "3", "null", "'Jane Doe'", "'writer'", "'00000 00229'", "50")));
        cases.add(new Case("split_lines_share_check", line,
                List.of("new", "sheetversion", "3", "null", "'Jane Doe'", "'artist'", "null", "0")));
        cases.add(new Case("split_lines_share_check", line,
                List.of("new", "sheetversion", "3", "null", "'Jane Doe'", "'artist'", "null", "-5")));
        cases.add(new Case("split_lines_share_check", line,
                List.of("new", "sheetversion", "3", "null", "'Jane Doe'", "'artist'", "null", "100.01")));
        cases.add(new Case("split_lines_version_id_position_key", line,
                List.of("new", "sheetversion", "1", "null", "'Jane Doe'", "'artist'", "null", "50")));
        cases.add(new Case("split_lines_version_id_fkey", line,
                List.of("new", "new", "2", "null", "'Jane Doe'", "'artist'", "null", "50")));
        cases.add(new Case("split_lines_user_id_fkey", line,
                List.of("new", "sheetversion", "3", "new", "'Jane Doe'", "'artist'", "null", "50")));
        cases.add(new Case("split_lines_pkey", line,
                List.of("line", "sheetversion", "3", "null", "'Jane Doe'", "'artist'", "null", "50")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aBadRowIsRefusedNamingTheRule(Case badRow) throws SQLException {
        SQLException refusal = catchThrowableOfType(SQLException.class, () -> execute(badRow.sql(), badRow.parameters()));

        assertThat((Throwable) refusal).as("%s must refuse the row", badRow.constraint()).isNotNull();
        assertThat(refusal.getSQLState()).as(refusal.getMessage()).startsWith("23");
        assertThat(refusal.getMessage()).containsIgnoringCase(badRow.constraint());
        assertThat(ConstraintViolations.constraintName(refusal)).contains(badRow.constraint());
        AppException explained = ConstraintViolations.translate(refusal).orElseThrow();
        assertThat(explained.key()).isEqualTo("constraint." + badRow.constraint());
        assertThat(Messages.has(explained.key())).as("a sentence for %s", badRow.constraint()).isTrue();
        connection.rollback(clean);
    }

    @Test
    void theValidRowsThemselvesAreAccepted() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM songs WHERE id = ?", fixture.song())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM user_organization_roles WHERE user_id = ? AND role = 'owner'", fixture.user()))
                .as("the creator of an organization becomes its owner").isEqualTo(1);
    }

    @Test
    void deletingAnArtistCascadesToItsReleasesSongsAndGrants() throws SQLException {
        execute("DELETE FROM artists WHERE id = ?", List.of("artist"));

        assertThat(count("SELECT COUNT(*) FROM releases WHERE id = ?", fixture.release())).isZero();
        assertThat(count("SELECT COUNT(*) FROM songs WHERE id = ?", fixture.song())).isZero();
        assertThat(count("SELECT COUNT(*) FROM user_artist_permissions WHERE artist_id = ?", fixture.artist())).isZero();
    }

    @Test
    void deletingAPersonCascadesToTheirProfileAndGrantsButNotWhatTheyCreated() throws SQLException {
        execute("DELETE FROM user_organization_roles WHERE user_id = ?", List.of("user2"));
        execute("DELETE FROM users WHERE id = ?", List.of("user2"));

        assertThat(count("SELECT COUNT(*) FROM user_profiles WHERE user_id = ?", fixture.user2())).isZero();
        SQLException refusal = catchThrowableOfType(SQLException.class,
                () -> execute("DELETE FROM users WHERE id = ?", List.of("user")));
        assertThat(ConstraintViolations.constraintName(refusal)).isPresent();
    }

    @Test
    void incomeIsNeverDeletedWithTheCatalogue() throws SQLException {
        execute(("INSERT INTO revenue_streams (period_start, period_end, artist_id, release_id, song_id, source, revenue_type,"
                + " amount, currency) VALUES (DATE '2025-01-01', DATE '2025-01-31', ?, ?, ?, 'spotify', 'streaming', 12.345678, 'EUR')"),
                List.of("artist", "release", "song"));

        execute("DELETE FROM releases WHERE id = ?", List.of("release"));
        assertThat(count("SELECT COUNT(*) FROM revenue_streams WHERE artist_id = ? AND release_id IS NULL AND song_id IS NULL",
                fixture.artist())).as("the line stays on the artist").isEqualTo(1);

        SQLException refusal = catchThrowableOfType(SQLException.class,
                () -> execute("DELETE FROM artists WHERE id = ?", List.of("artist")));
        assertThat(ConstraintViolations.constraintName(refusal)).contains("revenue_streams_artist_id_fkey");
    }

    @Test
    void theValidWorksAndSplitSheetRowsAreAccepted() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM split_lines l JOIN split_sheet_versions v ON v.id = l.version_id"
                + " JOIN split_sheets s ON s.id = v.sheet_id WHERE s.song_id = ? AND s.status = 'agreed'", fixture.song()))
                .isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM split_sheets WHERE work_id = ? AND kind = 'publishing'", fixture.work()))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM split_sheets WHERE id = ? AND current_version = 1 AND version = 0"
                + " AND created_at IS NOT NULL AND updated_at IS NOT NULL", fixture.sheet())).isEqualTo(1);
    }

    @Test
    void aSheetGoesWithItsSongAndItsHistoryWithIt() throws SQLException {
        execute("DELETE FROM songs WHERE id = ?", List.of("song"));

        assertThat(count("SELECT COUNT(*) FROM split_sheets WHERE id = ?", fixture.sheet())).isZero();
        assertThat(count("SELECT COUNT(*) FROM split_sheet_versions WHERE id = ?", fixture.sheetVersion())).isZero();
        assertThat(count("SELECT COUNT(*) FROM split_lines WHERE id = ?", fixture.line())).isZero();
        assertThat(count("SELECT COUNT(*) FROM works WHERE id = ?", fixture.work())).as("the work stays").isEqualTo(1);
    }

    @Test
    void deletingAWorkKeepsItsRecordingsAndTakesItsPublishingSheet() throws SQLException {
        execute("DELETE FROM works WHERE id = ?", List.of("work"));

        assertThat(count("SELECT COUNT(*) FROM songs WHERE id = ? AND work_id IS NULL", fixture.song())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM split_sheets WHERE work_id = ?", fixture.work())).isZero();
        assertThat(count("SELECT COUNT(*) FROM split_sheets WHERE id = ?", fixture.sheet())).as("the master sheet stays")
                .isEqualTo(1);
    }

    @Test
    void deletingAnArtistTakesItsWorksAndSplitSheets() throws SQLException {
        execute("DELETE FROM artists WHERE id = ?", List.of("artist"));

        assertThat(count("SELECT COUNT(*) FROM works WHERE artist_id = ?", fixture.artist())).isZero();
        assertThat(count("SELECT COUNT(*) FROM split_sheets WHERE artist_id = ?", fixture.artist())).isZero();
        assertThat(count("SELECT COUNT(*) FROM split_lines WHERE id = ?", fixture.line())).isZero();
    }

    @Test
    void deletingAPersonKeepsTheLinesTheyAreNamedOnUnderTheirLegalName() throws SQLException {
        execute("DELETE FROM users WHERE id = ?", List.of("user3"));

        assertThat(count("SELECT COUNT(*) FROM split_lines WHERE id = ? AND user_id IS NULL AND party_name = 'Third Party'",
                fixture.line())).isEqualTo(1);
    }

    @Test
    void theDatabaseKeepsUpdatedAtOfWorksAndSheets() throws SQLException {
        for (String table : List.of("works", "split_sheets")) {
            UUID id = table.equals("works") ? fixture.work() : fixture.sheet();
            execute("UPDATE " + table + " SET updated_at = TIMESTAMP WITH TIME ZONE '2001-01-01 00:00:00+00' WHERE id = ?",
                    List.of(table.equals("works") ? "work" : "sheet"));
            assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE id = ? AND updated_at > TIMESTAMP WITH TIME ZONE"
                    + " '2002-01-01 00:00:00+00'", id)).as("%s.updated_at set by the database", table).isEqualTo(1);
        }
    }

    private long count(String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void execute(String sql, List<String> parameters) throws SQLException {
        // '...' literals and numbers are inlined; names refer to the fixture's rows ("new" = an id nobody has)
        StringBuilder inlined = new StringBuilder();
        List<UUID> ids = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c != '?') {
                inlined.append(c);
                continue;
            }
            String parameter = parameters.get(next++);
            UUID id = fixture.id(parameter);
            if (id != null) {
                inlined.append('?');
                ids.add(id);
            } else {
                inlined.append(parameter);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(inlined.toString())) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setObject(i + 1, ids.get(i));
            }
            statement.executeUpdate();
        }
    }

    /**
     * Valid rows every case starts from: three people, an organization, an artist, a release, two
     * songs, an image, two works (the first recorded by the first song), the first song's agreed
     * master split sheet with its version 1 and two lines, and the first work's publishing sheet.
     */
    record Fixture(UUID user, UUID user2, UUID user3, UUID organization, UUID artist, UUID release, UUID song, UUID media,
                   UUID song2, UUID work, UUID work2, UUID sheet, UUID workSheet, UUID sheetVersion, UUID line) {

        static final String MEDIA_SHA256 = "a".repeat(64);
        static final String WORK_ISWC = "T0345246801";

        static Fixture insert(Connection c) throws SQLException {
            Fixture f = new Fixture(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                    UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                    UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                    UUID.randomUUID(), UUID.randomUUID());
            run(c, "INSERT INTO users (id, email, db_role) VALUES (?, 'owner@label.example', 'taken_role')", f.user);
            run(c, "INSERT INTO user_profiles (user_id, display_name) VALUES (?, 'Owner')", f.user);
            run(c, "INSERT INTO users (id, email) VALUES (?, 'second@label.example')", f.user2);
            run(c, "INSERT INTO user_profiles (user_id, display_name) VALUES (?, 'Second')", f.user2);
            run(c, "INSERT INTO users (id, email) VALUES (?, 'third@label.example')", f.user3);
            run(c, "INSERT INTO organizations (id, name, type, created_by) VALUES (?, 'Label', 'label', ?)", f.organization, f.user);
            run(c, "INSERT INTO user_organization_roles (user_id, organization_id, role, granted_by) VALUES (?, ?, 'viewer', ?)",
                    f.user2, f.organization, f.user);
            run(c, "INSERT INTO artists (id, name, slug, organization_id, created_by) VALUES (?, 'The Artist', 'the-artist', ?, ?)",
                    f.artist, f.organization, f.user);
            run(c, "INSERT INTO user_artist_permissions (user_id, artist_id, role, granted_by) VALUES (?, ?, 'owner', ?)",
                    f.user, f.artist, f.user);
            run(c, "INSERT INTO releases (id, artist_id, title, slug, type, upc_code) VALUES (?, ?, 'The Release', 'the-release',"
                    + " 'album', '036000241457')", f.release, f.artist);
            run(c, "INSERT INTO songs (id, release_id, artist_id, title, track_number, isrc_code) VALUES (?, ?, ?, 'Song', 1,"
                    + " 'GBAYE2400001')", f.song, f.release, f.artist);
            run(c, "INSERT INTO media_assets (id, sha256, content_type, size_bytes, width, height, bytes, created_by)"
                    + " VALUES (?, '" + MEDIA_SHA256 + "', 'image/png', 3, 1, 1, CAST('abc' AS BYTEA), ?)", f.media, f.user);
            run(c, "INSERT INTO songs (id, release_id, artist_id, title, track_number) VALUES (?, ?, ?, 'Song 2', 3)",
                    f.song2, f.release, f.artist);
            run(c, "INSERT INTO works (id, artist_id, title, iswc, created_by) VALUES (?, ?, 'Work', '" + WORK_ISWC + "', ?)",
                    f.work, f.artist, f.user);
            run(c, "INSERT INTO works (id, artist_id, title) VALUES (?, ?, 'Work 2')", f.work2, f.artist);
            run(c, "UPDATE songs SET work_id = ? WHERE id = ?", f.work, f.song);
            run(c, "INSERT INTO split_sheets (id, kind, song_id, artist_id, status, current_version, agreed_at, agreed_by)"
                    + " VALUES (?, 'master', ?, ?, 'agreed', 1, CURRENT_TIMESTAMP, ?)", f.sheet, f.song, f.artist, f.user);
            run(c, "INSERT INTO split_sheets (id, kind, work_id, artist_id) VALUES (?, 'publishing', ?, ?)",
                    f.workSheet, f.work, f.artist);
            run(c, "INSERT INTO split_sheet_versions (id, sheet_id, version_number, status, total, created_by)"
                    + " VALUES (?, ?, 1, 'agreed', 100.00, ?)", f.sheetVersion, f.sheet, f.user);
            run(c, "INSERT INTO split_lines (id, version_id, position, user_id, party_name, role, ipi, society, share)"
                    + " VALUES (?, ?, 1, ?, 'Third Party', 'artist', '00000002297', 'PPL', 62.50)", f.line, f.sheetVersion, f.user3);
            run(c, "INSERT INTO split_lines (version_id, position, party_name, role, share)"
                    + " VALUES (?, 2, 'Outside Label Ltd', 'label', 37.50)", f.sheetVersion);
            return f;
        }

        UUID id(String name) {
            return switch (name) {
                case "user" -> user;
                case "user2" -> user2;
                case "user3" -> user3;
                case "organization" -> organization;
                case "artist" -> artist;
                case "release" -> release;
                case "song" -> song;
                case "media" -> media;
                case "song2" -> song2;
                case "work" -> work;
                case "work2" -> work2;
                case "sheet" -> sheet;
                case "worksheet" -> workSheet;
                case "sheetversion" -> sheetVersion;
                case "line" -> line;
                case "new" -> UUID.randomUUID();
                default -> null;
            };
        }

        private static void run(Connection c, String sql, UUID... ids) throws SQLException {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                for (int i = 0; i < ids.length; i++) {
                    statement.setObject(i + 1, ids[i]);
                }
                statement.executeUpdate();
            }
        }
    }
}
