package com.allaccessartist.service.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.domain.catalog.Isrc;
import com.allaccessartist.domain.catalog.Iswc;
import com.allaccessartist.domain.catalog.ReleaseReadiness;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;
import com.allaccessartist.domain.catalog.Upc;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.CancellationToken;
import com.allaccessartist.service.CancelledException;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.catalog.ReleaseDetails;
import com.allaccessartist.service.catalog.ReleaseService;
import com.allaccessartist.service.catalog.TrackDetails;
import com.allaccessartist.service.ProgressListener;
import com.allaccessartist.testsupport.PostgresTestServer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mindrot.jbcrypt.BCrypt;

class DemoCatalogueServiceTest {

    /** Small enough to be quick, big enough for every type and status and several batches. */
    private static final DemoSize TINY = new DemoSize(3, 12, 10, 24, 150);
    private static final char[] PASSWORD = "demo-Pa55word".toCharArray();

    /** Noon today: the same "today" for every load of a test, whenever it runs. */
    private final Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.DAYS).plus(12, ChronoUnit.HOURS),
            ZoneOffset.UTC);
    private final LocalDate today = LocalDate.now(clock);
    private final OffsetDateTime now = OffsetDateTime.now(clock);

    @TempDir
    static Path temp;

    private static DemoTestDatabases databases;

    @BeforeAll
    static void openDatabases() {
        databases = new DemoTestDatabases(temp);
    }

    @AfterAll
    static void closeDatabases() {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void smallCatalogueHasTheRequestedSizeEveryKindAndValidUniqueCodes(Vendor vendor) throws Exception {
        DemoTestDatabases.Open open = databases.empty(vendor, 0);
        Database database = open.database();
        try (Connection connection = open.adminConnection()) {
            long started = System.nanoTime();
            DemoSummary summary = service(database).load(DemoRequest.of(DemoSize.SMALL), ProgressListener.NONE,
                    CancellationToken.none());
            System.out.printf("[demo] SMALL on %s loaded in %d ms%n", vendor, (System.nanoTime() - started) / 1_000_000);

            DemoSize small = DemoSize.SMALL;
            assertThat(summary).extracting(DemoSummary::organizations, DemoSummary::people, DemoSummary::artists,
                    DemoSummary::releases, DemoSummary::songs).containsExactly(small.organizations(), small.people(),
                    small.artists(), small.releases(), small.songs());
            assertThat((long) summary.works()).isEqualTo(count(connection, "works"))
                    .isBetween((long) small.releases(), (long) small.songs());
            assertThat((long) summary.splitSheets()).isEqualTo(count(connection, "split_sheets")).isPositive();
            assertThat(count(connection, "organizations")).isEqualTo(small.organizations());
            assertThat(count(connection, "users")).isEqualTo(small.people());
            assertThat(count(connection, "user_profiles")).isEqualTo(small.people());
            assertThat(count(connection, "artists")).isEqualTo(small.artists());
            assertThat(count(connection, "releases")).isEqualTo(small.releases());
            assertThat(count(connection, "songs")).isEqualTo(small.songs());
            assertThat(summary.logins()).hasSize(small.people())
                    .allSatisfy(login -> assertThat(login.email()).endsWith(".example"))
                    .allSatisfy(login -> assertThat(login.loginRole()).isNull());
            assertThat(summary.logins().get(0).description()).startsWith("owner of ");

            assertThat(strings(connection, "SELECT DISTINCT type FROM organizations"))
                    .containsExactlyInAnyOrderElementsOf(dbValues(OrganizationType.values()));
            assertThat(strings(connection, "SELECT DISTINCT type FROM artists"))
                    .containsExactlyInAnyOrderElementsOf(dbValues(ArtistType.values()));
            assertThat(strings(connection, "SELECT DISTINCT type FROM releases"))
                    .containsExactlyInAnyOrderElementsOf(dbValues(ReleaseType.values()));
            assertThat(strings(connection, "SELECT DISTINCT status FROM releases"))
                    .containsExactlyInAnyOrderElementsOf(dbValues(ReleaseStatus.values()));
            assertThat(count(connection, "artists WHERE organization_id IS NULL")).isPositive();
            assertThat(count(connection, "artists WHERE organization_id IS NOT NULL")).isGreaterThan(small.artists() / 2);

            List<String> isrcs = strings(connection, "SELECT isrc_code FROM songs WHERE isrc_code IS NOT NULL");
            assertThat(isrcs).isNotEmpty().allSatisfy(code -> {
                assertThat(Isrc.isValid(code)).as(code).isTrue();
                assertThat(Isrc.parse(code).value()).isEqualTo(code);
            }).doesNotHaveDuplicates();
            List<String> upcs = strings(connection, "SELECT upc_code FROM releases WHERE upc_code IS NOT NULL");
            assertThat(upcs).isNotEmpty().allSatisfy(code -> assertThat(Upc.isValid(code)).as(code).isTrue())
                    .doesNotHaveDuplicates();
            assertThat(strings(connection, "SELECT slug FROM artists")).doesNotHaveDuplicates();
            assertThat(strings(connection, "SELECT catalog_number FROM releases WHERE catalog_number IS NOT NULL"))
                    .isNotEmpty().doesNotHaveDuplicates()
                    .allSatisfy(number -> assertThat(number).matches("[A-Z]{2,4}[0-9]?-[0-9]{4,}"));
            assertThat(strings(connection, "SELECT email FROM users")).allSatisfy(email ->
                    assertThat(email).matches("[a-z]+\\.[a-z]+[0-9]*@[a-z0-9-]+\\.example"));

            assertLabelRules(connection);
            assertGrantSpread(connection);
            assertWorks(connection);
            assertSheetsKeepTheSchemaRules(connection);
            assertSheetSpread(connection);
            assertReadyReleasesMeetTheSplitRules(connection, database);
        }
    }

    private static final String READY = "('scheduled', 'released', 'archived')";

    private void assertWorks(Connection connection) throws SQLException {
        assertThat(count(connection, "songs WHERE work_id IS NULL")).as("recordings without a work").isZero();
        assertThat(count(connection, "songs s JOIN works w ON w.id = s.work_id WHERE w.artist_id <> s.artist_id"))
                .as("recordings of another artist's work").isZero();
        assertThat(count(connection, "works w WHERE NOT EXISTS (SELECT 1 FROM songs s WHERE s.work_id = w.id)"))
                .as("works without a recording").isZero();
        assertThat(count(connection, "works w WHERE NOT EXISTS (SELECT 1 FROM songs s WHERE s.work_id = w.id"
                + " AND s.title = w.title)")).as("works not titled like a recording of them").isZero();
        assertThat(count(connection, "works WHERE created_by IS NULL")).isZero();
        assertThat(count(connection, "(SELECT work_id FROM songs GROUP BY work_id HAVING COUNT(*) > 1) shared"))
                .as("works shared by a single's versions").isPositive();
        List<String> iswcs = strings(connection, "SELECT iswc FROM works WHERE iswc IS NOT NULL");
        assertThat(iswcs).doesNotHaveDuplicates().allSatisfy(code -> {
            assertThat(Iswc.isValid(code)).as(code).isTrue();
            assertThat(Iswc.parse(code).value()).isEqualTo(code);
        });
        assertThat((double) iswcs.size()).as("works with an ISWC").isGreaterThan(0.7 * count(connection, "works"));
        assertThat(count(connection, "works WHERE iswc IS NULL")).as("works not registered yet").isPositive();
    }

    /** What the schema and the V9 guards ask of every sheet, version and line, also of the administrator's. */
    private void assertSheetsKeepTheSchemaRules(Connection connection) throws SQLException {
        String current = "split_sheets s JOIN split_sheet_versions v ON v.sheet_id = s.id"
                + " AND v.version_number = s.current_version";
        String linesOfVersion = " FROM split_lines l WHERE l.version_id = v.id)";
        Map<String, String> none = new java.util.LinkedHashMap<>();
        none.put("versions whose total is not the sum of their lines",
                "split_sheet_versions v WHERE v.total <> (SELECT COALESCE(SUM(l.share), 0)" + linesOfVersion);
        none.put("sheets whose versions are not 1..current", "split_sheets s WHERE s.current_version <>"
                + " (SELECT MAX(v.version_number) FROM split_sheet_versions v WHERE v.sheet_id = s.id)"
                + " OR s.current_version <> (SELECT COUNT(*) FROM split_sheet_versions v WHERE v.sheet_id = s.id)");
        none.put("versions whose lines are not numbered 1..n", "split_sheet_versions v WHERE (SELECT COUNT(*)"
                + linesOfVersion + " <> (SELECT COALESCE(MAX(l.position), 0)" + linesOfVersion
                + " OR NOT EXISTS (SELECT 1" + linesOfVersion);
        none.put("sheets whose status is not their current version's", current + " WHERE v.status <> s.status");
        none.put("agreed sheets not at 100 or without who and when", current + " WHERE s.status = 'agreed'"
                + " AND (v.total <> 100 OR s.agreed_at IS NULL OR s.agreed_by IS NULL)");
        none.put("draft sheets with an agreement",
                "split_sheets WHERE status = 'draft' AND (agreed_at IS NOT NULL OR agreed_by IS NOT NULL)");
        none.put("agreed versions not at 100", "split_sheet_versions WHERE status = 'agreed' AND total <> 100");
        none.put("versions without author", "split_sheet_versions WHERE created_by IS NULL");
        none.put("master sheets not of their song's artist", "split_sheets s JOIN songs g ON g.id = s.song_id"
                + " WHERE s.kind <> 'master' OR s.work_id IS NOT NULL OR s.artist_id <> g.artist_id");
        none.put("publishing sheets not of their work's artist", "split_sheets s JOIN works w ON w.id = s.work_id"
                + " WHERE s.kind <> 'publishing' OR s.song_id IS NOT NULL OR s.artist_id <> w.artist_id");
        none.put("lines in a role of the other pie", "split_lines l JOIN split_sheet_versions v ON v.id = l.version_id"
                + " JOIN split_sheets s ON s.id = v.sheet_id WHERE (s.kind = 'master' AND l.role NOT IN"
                + " ('artist', 'featured_artist', 'producer', 'label')) OR (s.kind = 'publishing' AND l.role NOT IN"
                + " ('writer', 'composer', 'lyricist', 'arranger', 'publisher'))");
        none.put("demo people named otherwise than they are", "split_lines l JOIN user_profiles p"
                + " ON p.user_id = l.user_id WHERE l.party_name <> p.display_name");
        for (Map.Entry<String, String> rule : none.entrySet()) {
            assertThat(count(connection, rule.getValue())).as(rule.getKey()).isZero();
        }
        assertThat(count(connection, "split_sheet_versions WHERE created_at > ?", now)).as("versions from the future")
                .isZero();
        assertThat(count(connection, "split_sheets WHERE agreed_at > ?", now)).as("agreed in the future").isZero();
    }

    private void assertSheetSpread(Connection connection) throws SQLException {
        String current = "split_sheets s JOIN split_sheet_versions v ON v.sheet_id = s.id"
                + " AND v.version_number = s.current_version";
        assertThat(count(connection, current + " WHERE s.status = 'agreed' AND s.current_version = 2"))
                .as("agreed sheets").isPositive();
        assertThat(count(connection, current + " WHERE s.status = 'draft' AND v.total = 100"))
                .as("complete drafts").isPositive();
        for (String subject : List.of("g.id = s.song_id", "g.work_id = s.work_id")) {
            assertThat(count(connection, current + " JOIN songs g ON " + subject
                    + " JOIN releases r ON r.id = g.release_id WHERE v.total < 100 AND r.status NOT IN " + READY))
                    .as("incomplete sheets (%s)", subject).isPositive();
        }
        assertThat(count(connection, "songs g JOIN releases r ON r.id = g.release_id WHERE r.status NOT IN " + READY
                + " AND NOT EXISTS (SELECT 1 FROM split_sheets s WHERE s.song_id = g.id)"))
                .as("unfinished recordings without a master sheet").isPositive();
        for (String status : List.of("draft", "in_progress", "mastered")) {
            assertThat(count(connection, "releases r WHERE r.status = ? AND NOT EXISTS (SELECT 1 FROM songs g"
                    + " JOIN split_sheets s ON s.song_id = g.id JOIN split_sheet_versions v ON v.sheet_id = s.id"
                    + " AND v.version_number = s.current_version WHERE g.release_id = r.id AND v.total < 100)"
                    + " AND EXISTS (SELECT 1 FROM songs g JOIN split_sheets s ON s.song_id = g.id"
                    + " WHERE g.release_id = r.id)", status)).as("%s releases with complete sheets", status)
                    .isPositive();
        }
        assertThat(count(connection, "split_lines WHERE user_id IS NOT NULL")).as("demo people on sheets").isPositive();
        assertThat(count(connection, "split_lines WHERE role = 'label'")).isPositive();
        assertThat(count(connection, "split_lines WHERE role = 'featured_artist'")).isPositive();
        assertThat(count(connection, "split_lines WHERE role = 'producer'")).isPositive();
        assertThat(strings(connection, "SELECT DISTINCT role FROM split_lines l JOIN split_sheet_versions v"
                + " ON v.id = l.version_id JOIN split_sheets s ON s.id = v.sheet_id WHERE s.kind = 'publishing'"))
                .contains("writer", "composer", "lyricist", "publisher");
        long publishingLines = count(connection, "split_lines l JOIN split_sheet_versions v ON v.id = l.version_id"
                + " JOIN split_sheets s ON s.id = v.sheet_id WHERE s.kind = 'publishing'");
        assertThat((double) count(connection, "split_lines l JOIN split_sheet_versions v ON v.id = l.version_id"
                + " JOIN split_sheets s ON s.id = v.sheet_id WHERE s.kind = 'publishing' AND l.ipi IS NOT NULL"))
                .as("publishing parties with an IPI").isGreaterThan(0.75 * publishingLines);
        assertThat(strings(connection, "SELECT DISTINCT society FROM split_lines WHERE society IS NOT NULL"))
                .contains("PRS", "ASCAP", "BMI", "GEMA", "SACEM");
    }

    /**
     * Every scheduled, released or archived release meets the split-sheet rules of its status, as
     * the release service (its creator signed in) and the readiness checklist see it.
     */
    private void assertReadyReleasesMeetTheSplitRules(Connection connection, Database database) throws SQLException {
        List<UUID[]> releases = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT r.id, a.created_by FROM releases r"
                     + " JOIN artists a ON a.id = r.artist_id WHERE r.status IN " + READY + " ORDER BY r.id")) {
            while (rs.next()) {
                releases.add(new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)});
            }
        }
        assertThat(releases).hasSizeGreaterThan(DemoSize.SMALL.releases() / 4);
        int tracks = 0;
        for (UUID[] release : releases) {
            ReleaseDetails details = new ReleaseService(database, new CurrentUser(release[1], "creator@demo.example",
                    "Creator"), clock).get(release[0]);
            List<ReleaseReadiness.Track> listing = new ArrayList<>();
            for (TrackDetails track : details.tracks()) {
                assertThat(track.splits()).as("%s, track %s", details.title(), track.title())
                        .isEqualTo(new ReleaseReadiness.Splits(true, true, true));
                listing.add(new ReleaseReadiness.Track(track.discNumber() + "-" + track.trackNumber(), track.title(),
                        track.isrc(), track.durationSeconds(), track.splits()));
                tracks++;
            }
            List<ReleaseReadiness.Item> checklist = ReleaseReadiness.check(
                    new ReleaseReadiness.Snapshot(details.releaseDate(), details.upc(), listing), ReleaseStatus.SCHEDULED,
                    today);
            assertThat(checklist).as(details.title()).extracting(ReleaseReadiness.Item::key)
                    .contains("readiness.masterSplit", "readiness.work", "readiness.publishingSplit");
            assertThat(ReleaseReadiness.ready(checklist)).as("%s is ready: %s", details.title(), checklist).isTrue();
        }
        assertThat((long) tracks).isEqualTo(count(connection, "songs g JOIN releases r ON r.id = g.release_id"
                + " WHERE r.status IN " + READY));
    }

    private void assertLabelRules(Connection connection) throws SQLException {
        assertThat(count(connection, "releases WHERE status IN ('released', 'archived')"
                + " AND (release_date IS NULL OR release_date > ? OR upc_code IS NULL)", today)).isZero();
        assertThat(count(connection, "releases WHERE status = 'scheduled'"
                + " AND (release_date IS NULL OR release_date <= ? OR upc_code IS NULL)", today)).isZero();
        assertThat(count(connection, "releases r WHERE r.status = 'scheduled'"
                + " AND NOT EXISTS (SELECT 1 FROM songs s WHERE s.release_id = r.id)")).isZero();
        assertThat(count(connection, "songs s JOIN releases r ON r.id = s.release_id WHERE r.status = 'scheduled'"
                + " AND (s.isrc_code IS NULL OR s.duration_seconds IS NULL)")).isZero();
        assertThat(count(connection, "releases r WHERE NOT EXISTS (SELECT 1 FROM songs s WHERE s.release_id = r.id)"))
                .isZero();
        assertThat(count(connection, "songs WHERE tempo_bpm IS NOT NULL AND (tempo_bpm < 60 OR tempo_bpm > 180)"))
                .isZero();
        assertThat(count(connection, "releases WHERE type = 'single'")).isPositive();
        assertThat(count(connection, "releases r WHERE r.type = 'single'"
                + " AND (SELECT COUNT(*) FROM songs s WHERE s.release_id = r.id) > 3")).isZero();
    }

    private void assertGrantSpread(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT artist_id, SUM(revenue_share_percentage)"
                     + " FROM user_artist_permissions GROUP BY artist_id")) {
            while (rs.next()) {
                assertThat(rs.getBigDecimal(2)).as("shares of artist %s", rs.getString(1))
                        .isLessThanOrEqualTo(new BigDecimal("100.00"));
            }
        }
        assertThat(strings(connection, "SELECT DISTINCT role FROM user_organization_roles"))
                .containsExactlyInAnyOrder("owner", "admin", "manager", "editor", "viewer");
        assertThat(strings(connection, "SELECT DISTINCT role FROM user_artist_permissions"))
                .containsExactlyInAnyOrder("owner", "admin", "manager", "collaborator", "viewer");
        for (String table : List.of("user_organization_roles", "user_artist_permissions")) {
            assertThat(count(connection, table + " WHERE expires_at <= ?", now)).as("expired in " + table).isPositive();
            assertThat(count(connection, table + " WHERE expires_at > ?", now)).as("temporary in " + table).isPositive();
            assertThat(count(connection, table + " WHERE is_active = FALSE")).as("revoked in " + table).isPositive();
        }
        // the database's triggers made every founder owner of their organization
        assertThat(count(connection, "organizations o WHERE NOT EXISTS (SELECT 1 FROM user_organization_roles r"
                + " WHERE r.organization_id = o.id AND r.user_id = o.created_by AND r.role = 'owner')")).isZero();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theSameSeedGivesTheSameRowsAndAnotherSeedDifferentOnes(Vendor vendor) throws Exception {
        String first = digestAfterLoading(databases.empty(vendor, 0), 7L);
        String again = digestAfterLoading(databases.empty(vendor, 1), 7L);
        String other = digestAfterLoading(databases.empty(vendor, 1), 8L);
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aSizeWithRightsForTheFirstArtistsOnlyGivesTheirRecordingsWorksAndSheetsAndTheOthersNone(Vendor vendor) throws Exception {
        DemoTestDatabases.Open open = databases.empty(vendor, 0);
        try (Connection connection = open.adminConnection()) {
            DemoSize limited = new DemoSize(3, 12, 10, 40, 250, 3);
            DemoSummary summary = service(open.database()).load(new DemoRequest(limited, 9L, null, null),
                    ProgressListener.NONE, CancellationToken.none());

            assertThat(count(connection, "songs g WHERE g.work_id IS NULL AND g.artist_id IN (SELECT artist_id FROM works)"))
                    .as("the first artists' recordings all have works").isZero();
            assertThat(count(connection, "songs g WHERE g.work_id IS NULL")).as("the others' have none").isPositive();
            assertThat(count(connection, "(SELECT DISTINCT artist_id FROM works) a")).isBetween(1L, 3L);
            assertThat((long) summary.works()).isEqualTo(count(connection, "works")).isPositive();
            assertThat((long) summary.splitSheets()).isEqualTo(count(connection, "split_sheets")).isPositive();
            assertThat(count(connection, "(SELECT DISTINCT artist_id FROM split_sheets) a")).isBetween(1L, 3L);
            assertThat(count(connection, "songs g WHERE g.artist_id IN (SELECT artist_id FROM split_sheets)"))
                    .isLessThan(limited.songs());
        }
    }

    private String digestAfterLoading(DemoTestDatabases.Open open, long seed) throws Exception {
        try (Connection connection = open.adminConnection()) {
            DemoSummary summary = service(open.database()).load(new DemoRequest(TINY, seed, null, null),
                    ProgressListener.NONE, CancellationToken.none());
            assertThat(summary.works()).isPositive();
            assertThat(summary.splitSheets()).isPositive();
            return digest(connection);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void loadingTwiceIsRefusedAndAddsNothing(Vendor vendor) throws Exception {
        DemoTestDatabases.Open open = databases.empty(vendor, 0);
        Database database = open.database();
        try (Connection connection = open.adminConnection()) {
            DemoCatalogueService service = service(database);
            service.load(new DemoRequest(TINY, 1L, null, null), ProgressListener.NONE, CancellationToken.none());
            Map<String, Long> before = counts(connection);

            assertThatExceptionOfType(AppException.class)
                    .isThrownBy(() -> service.load(new DemoRequest(TINY, 2L, null, null), ProgressListener.NONE,
                            CancellationToken.none()))
                    .satisfies(e -> assertThat(e.key()).isEqualTo("demo.alreadyLoaded"));
            assertThat(counts(connection)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void cancellingAfterTheFirstBatchOfSongsRollsEverythingBack(Vendor vendor) throws Exception {
        DemoTestDatabases.Open open = databases.empty(vendor, 0);
        Database database = open.database();
        try (Connection connection = open.adminConnection()) {
            CancellationToken cancel = new CancellationToken();
            AtomicLong doneWhenCancelled = new AtomicLong();
            ProgressListener cancelAfterFirstSongBatch = (done, total, key, args) -> {
                if ("demo.progress.songs".equals(key) && ((Number) args[0]).longValue() > 0 && !cancel.isCancelled()) {
                    doneWhenCancelled.set(done);
                    cancel.cancel();
                }
            };
            DemoRequest request = new DemoRequest(new DemoSize(3, 10, 10, 200, 2_500), uniqueSeed(), null, PASSWORD);

            assertThatExceptionOfType(CancelledException.class)
                    .isThrownBy(() -> service(database).load(request, cancelAfterFirstSongBatch, cancel));
            assertThat(doneWhenCancelled.get()).as("rows written before cancelling").isGreaterThan(1_000);
            assertThat(counts(connection)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
            if (vendor == Vendor.POSTGRESQL) {
                assertThat(DemoTestDatabases.loginRoles(connection, open.testDatabase().name()))
                        .as("login roles left behind").isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theRequestingPersonOwnsEveryDemoOrganization(Vendor vendor) throws Exception {
        DemoTestDatabases.Open open = databases.empty(vendor, 0);
        Database database = open.database();
        try (Connection connection = open.adminConnection()) {
            UUID owner = UUID.randomUUID();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO users (id, email) VALUES (?, ?)")) {
                insert.setObject(1, owner);
                insert.setString(2, "me@label.test");
                insert.executeUpdate();
            }
            service(database).load(new DemoRequest(TINY, 3L, owner, null), ProgressListener.NONE,
                    CancellationToken.none());

            assertThat(count(connection, "user_organization_roles WHERE user_id = ? AND granted_by = ? AND role = 'owner'"
                    + " AND can_manage_artists AND can_manage_releases AND can_manage_finances AND can_manage_users"
                    + " AND is_active AND expires_at IS NULL", owner, owner)).isEqualTo(TINY.organizations());
            assertThat(count(connection, "organizations o WHERE NOT EXISTS (SELECT 1 FROM user_organization_roles r"
                    + " WHERE r.organization_id = o.id AND r.user_id = ?)", owner)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anOwnerWhoIsNotInTheDatabaseIsRefused(Vendor vendor) throws Exception {
        DemoTestDatabases.Open open = databases.empty(vendor, 0);
        Database database = open.database();
        try (Connection connection = open.adminConnection()) {
            assertThatExceptionOfType(AppException.class)
                    .isThrownBy(() -> service(database).load(new DemoRequest(TINY, 3L, UUID.randomUUID(), null),
                            ProgressListener.NONE, CancellationToken.none()))
                    .satisfies(e -> assertThat(e.key()).isEqualTo("demo.ownerUnknown"));
            assertThat(counts(connection)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void progressCountsEveryRowUpToTheTotal(Vendor vendor) throws Exception {
        Database database = databases.empty(vendor, 0).database();
        List<long[]> reports = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        service(database).load(new DemoRequest(TINY, 4L, null, null), (done, total, key, args) -> {
            reports.add(new long[] {done, total});
            keys.add(key);
        }, CancellationToken.none());

        long total = reports.get(reports.size() - 1)[1];
        assertThat(total).isGreaterThan(TINY.catalogueRows());
        assertThat(reports.get(reports.size() - 1)[0]).isEqualTo(total);
        assertThat(reports).extracting(r -> r[0]).isSorted();
        assertThat(keys).contains("demo.progress.people", "demo.progress.organizations", "demo.progress.artists",
                "demo.progress.songs", "demo.progress.saving");
    }

    @Test
    void onH2EveryDemoPersonSignsInWithTheDemoPassword() throws Exception {
        DemoTestDatabases.Open open = databases.empty(Vendor.H2, 0);
        Database database = open.database();
        try (Connection connection = open.adminConnection()) {
            DemoSummary summary = service(database).load(new DemoRequest(TINY, 5L, null, PASSWORD),
                    ProgressListener.NONE, CancellationToken.none());

            assertThat(count(connection, "users u WHERE NOT EXISTS"
                    + " (SELECT 1 FROM user_credentials c WHERE c.user_id = u.id)")).isZero();
            assertThat(count(connection, "user_credentials")).isEqualTo(TINY.people());
            List<String> hashes = strings(connection, "SELECT password_hash FROM user_credentials");
            assertThat(new HashSet<>(hashes)).hasSize(1);
            assertThat(hashes.get(0)).startsWith("$2a$12$");
            assertThat(BCrypt.checkpw(new String(PASSWORD), hashes.get(0))).isTrue();
            assertThat(BCrypt.checkpw("wrong", hashes.get(0))).isFalse();
            assertThat(summary.logins()).allSatisfy(login -> assertThat(login.loginRole()).isNull());
        }
    }

    @Test
    void onPostgresqlADemoPersonSignsInWithTheirOwnLoginRole() throws Exception {
        PostgresTestServer.assumeAvailable();
        DemoTestDatabases.Open open = databases.empty(Vendor.POSTGRESQL, 0);
        Database database = open.database();
        try (Connection connection = open.adminConnection()) {
            DemoSummary summary = service(database).load(new DemoRequest(TINY, uniqueSeed(), null, PASSWORD),
                    ProgressListener.NONE, CancellationToken.none());

            assertThat(summary.logins()).hasSize(TINY.people())
                    .allSatisfy(login -> assertThat(login.loginRole()).startsWith("aaa_"));
            assertThat(count(connection, "users WHERE db_role IS NULL")).isZero();
            assertThat(count(connection, "user_credentials")).isZero();
            DemoLogin owner = summary.logins().get(0);
            UUID ownerId = uuid(connection, "SELECT id FROM users WHERE email = ?", owner.email());
            try (Connection personal = DriverManager.getConnection(PostgresTestServer.urlOf(open.testDatabase().name()),
                    owner.loginRole(), new String(PASSWORD));
                 Statement statement = personal.createStatement()) {
                try (ResultSet rs = statement.executeQuery("SELECT app_uid()")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getObject(1, UUID.class)).isEqualTo(ownerId);
                }
                try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM organizations WHERE created_by = app_uid()")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("the founder sees the organization they own").isEqualTo(1);
                }
            }
        }
    }

    @Test
    void sizesRefuseCountsThatCannotMakeAConsistentCatalogue() {
        assertThat(DemoSize.named("Small")).isEqualTo(DemoSize.SMALL);
        assertThat(DemoSize.named("large")).isEqualTo(DemoSize.LARGE);
        assertThat(DemoSize.LARGE.organizations()).isEqualTo(50);
        assertThat(DemoSize.LARGE.people()).isEqualTo(500);
        assertThatExceptionOfType(AppException.class).isThrownBy(() -> DemoSize.named("huge"))
                .satisfies(e -> assertThat(e.key()).isEqualTo("demo.size.unknown"));
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new DemoSize(0, 5, 10, 10, 10));
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new DemoSize(5, 4, 10, 10, 10));
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new DemoSize(1, 4, 3, 10, 10));
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new DemoSize(1, 4, 4, 5, 10));
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new DemoSize(1, 4, 4, 10, 9));
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new DemoSize(1, 4, 4, 10, 401));
        assertThat(DemoSize.SMALL.splitSheetArtists()).isEqualTo(DemoSize.SMALL.artists());
        assertThat(DemoSize.LARGE.splitSheetArtists()).isEqualTo(DemoSize.LARGE_SPLIT_SHEET_ARTISTS)
                .isLessThan(DemoSize.LARGE.artists());
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new DemoSize(1, 4, 4, 10, 10, 5));
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new DemoSize(1, 4, 4, 10, 10, -1));
    }

    @Test
    void aRequestKeepsItsPasswordToItself() {
        char[] password = "secret".toCharArray();
        DemoRequest request = new DemoRequest(DemoSize.SMALL, 1L, null, password);
        Arrays.fill(password, 'x');
        assertThat(request.demoPassword()).containsExactly('s', 'e', 'c', 'r', 'e', 't');
        assertThat(request.toString()).doesNotContain("secret");
        assertThatExceptionOfType(AppException.class)
                .isThrownBy(() -> new DemoRequest(DemoSize.SMALL, 1L, null, new char[0]))
                .satisfies(e -> assertThat(e.key()).isEqualTo("demo.password.empty"));
    }

    // ---------------------------------------------------------------------------------------------

    private DemoCatalogueService service(Database database) {
        return new DemoCatalogueService(database, clock);
    }

    /** Seeds unique to this run, for loads that create (cluster-wide) PostgreSQL login roles. */
    private static long uniqueSeed() {
        return System.nanoTime() ^ UUID.randomUUID().getMostSignificantBits();
    }

    private static Map<String, Long> counts(Connection connection) throws SQLException {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String table : DemoTestDatabases.TABLES_CHILDREN_FIRST) {
            counts.put(table, count(connection, table));
        }
        return counts;
    }

    /** COUNT(*) of {@code fromAndWhere} (a table, optionally with joins and a WHERE clause). */
    private static long count(Connection connection, String fromAndWhere, Object... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM " + fromAndWhere)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static UUID uuid(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    private static List<String> dbValues(com.allaccessartist.domain.DbEnum[] values) {
        return Arrays.stream(values).map(com.allaccessartist.domain.DbEnum::dbValue).toList();
    }

    /** SHA-256 over the generated content of every table, in a fixed order. */
    private static String digest(Connection connection) throws SQLException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<String> queries = List.of(
                "SELECT id, email FROM users ORDER BY id",
                "SELECT user_id, display_name, timezone, referral_code FROM user_profiles ORDER BY user_id",
                "SELECT id, name, type, contact_phone, business_registration, created_by FROM organizations ORDER BY id",
                "SELECT user_id, organization_id, role, can_manage_artists, can_manage_finances, granted_by, expires_at,"
                        + " is_active FROM user_organization_roles ORDER BY user_id, organization_id",
                "SELECT id, name, slug, type, genre, organization_id, formed_date, created_by FROM artists ORDER BY id",
                "SELECT user_id, artist_id, role, can_edit_profile, revenue_share_percentage, expires_at, is_active"
                        + " FROM user_artist_permissions ORDER BY user_id, artist_id",
                "SELECT id, artist_id, title, slug, type, status, release_date, upc_code, catalog_number, label_name"
                        + " FROM releases ORDER BY id",
                "SELECT id, release_id, title, track_number, disc_number, duration_seconds, tempo_bpm, isrc_code,"
                        + " work_id FROM songs ORDER BY id",
                "SELECT id, artist_id, title, iswc, created_by FROM works ORDER BY id",
                "SELECT id, kind, song_id, work_id, artist_id, status, current_version, agreed_at, agreed_by"
                        + " FROM split_sheets ORDER BY id",
                "SELECT id, sheet_id, version_number, status, total, note, created_by, created_at"
                        + " FROM split_sheet_versions ORDER BY id",
                "SELECT id, version_id, position, user_id, party_name, role, ipi, society, share"
                        + " FROM split_lines ORDER BY id");
        try (Statement statement = connection.createStatement()) {
            for (String query : queries) {
                try (ResultSet rs = statement.executeQuery(query)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        sha.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
