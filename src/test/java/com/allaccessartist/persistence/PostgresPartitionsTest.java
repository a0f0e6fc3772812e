package com.allaccessartist.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.people.AccountAdminService;
import com.allaccessartist.testsupport.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL's partitioned tables: partitions ahead, the DEFAULT safety net, who may create them. */
class PostgresPartitionsTest {

    @TempDir
    static Path temp;

    private static TestDatabase testDatabase;
    private static Database database;

    @BeforeAll
    static void migrate() {
        testDatabase = TestDatabase.create(Vendor.POSTGRESQL, temp);
        database = testDatabase.openMigrated();
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

    @Test
    void partitionsExistFrom2024ToAYearAheadAndRowsLandInTheirMonth() throws Exception {
        try (Connection c = testDatabase.adminConnection(true); Statement s = c.createStatement()) {
            String nextYear = String.valueOf(java.time.Year.now(java.time.ZoneOffset.UTC).getValue() + 1);
            assertThat(count(s, "SELECT COUNT(*) FROM pg_class WHERE relkind = 'r' AND relname LIKE 'audit_log_y2024m%'")).isEqualTo(12);
            assertThat(count(s, "SELECT COUNT(*) FROM pg_class WHERE relkind = 'r' AND relname LIKE 'revenue_streams_y2024q%'")).isEqualTo(4);
            assertThat(count(s, "SELECT COUNT(*) FROM pg_class WHERE relname LIKE 'analytics_events_y" + nextYear + "m%'"))
                    .isGreaterThan(0);
            UUID user = UUID.randomUUID();
            s.execute("INSERT INTO users (id, email) VALUES ('" + user + "', 'audit@label.example')");
            s.execute("INSERT INTO audit_log (table_name, record_id, action, changed_by, changed_at)"
                    + " VALUES ('users', '" + user + "', 'INSERT', '" + user + "', TIMESTAMPTZ '2025-03-31 23:30:00+00')");
            assertThat(count(s, "SELECT COUNT(*) FROM audit_log_y2025m03")).isEqualTo(1);
        }
    }

    @Test
    void rowsBeyondThePartitionsAreKeptAndMoveIntoTheirPartitionWhenItIsCreated() throws Exception {
        try (Connection c = testDatabase.adminConnection(true); Statement s = c.createStatement()) {
            UUID artist = artist(s);
            s.execute("INSERT INTO revenue_streams (period_start, period_end, artist_id, source, revenue_type, amount, currency)"
                    + " VALUES (DATE '2031-02-01', DATE '2031-02-28', '" + artist + "', 'spotify', 'streaming', 10.5, 'EUR')");
            assertThat(count(s, "SELECT COUNT(*) FROM revenue_streams_default")).isEqualTo(1);

            assertThat(count(s, "SELECT ensure_partitions(DATE '2031-01-01', DATE '2031-03-31')")).isEqualTo(7);

            assertThat(count(s, "SELECT COUNT(*) FROM revenue_streams_default")).isZero();
            assertThat(count(s, "SELECT COUNT(*) FROM revenue_streams_y2031q1")).isEqualTo(1);
            assertThat(count(s, "SELECT COUNT(*) FROM revenue_streams WHERE artist_id = '" + artist + "'")).isEqualTo(1);
            assertThat(count(s, "SELECT ensure_partitions(DATE '2031-01-01', DATE '2031-03-31')"))
                    .as("idempotent").isZero();
        }
    }

    @Test
    void peopleMayOnlyKeepPartitionsAheadNotCreateArbitraryOnes() throws Exception {
        String role = testDatabase.uniqueRoleName("partitions");
        new AccountAdminService(database, new PasswordHasher(4), Clock.systemUTC())
                .create("partitions@label.example", "Pat Partition", "a long passphrase".toCharArray(), role);
        try (Connection asPerson = DriverManager.getConnection(testDatabase.adminTarget().jdbcUrl(), role, "a long passphrase");
             Statement s = asPerson.createStatement()) {
            assertThat(count(s, "SELECT ensure_partitions_ahead()")).isGreaterThanOrEqualTo(0);
            SQLException refused = catchThrowableOfType(SQLException.class,
                    () -> s.executeQuery("SELECT ensure_partitions(DATE '2040-01-01', DATE '2040-12-31')"));
            assertThat(refused.getSQLState()).isEqualTo("42501");
            SQLException noDdl = catchThrowableOfType(SQLException.class,
                    () -> s.execute("CREATE TABLE audit_log_y2041m01 PARTITION OF audit_log"
                            + " FOR VALUES FROM ('2041-01-01') TO ('2041-02-01')"));
            assertThat(noDdl.getSQLState()).isEqualTo("42501");
        }
    }

    private static UUID artist(Statement s) throws SQLException {
        UUID user = UUID.randomUUID();
        UUID artist = UUID.randomUUID();
        s.execute("INSERT INTO users (id, email) VALUES ('" + user + "', '" + user + "@label.example')");
        s.execute("INSERT INTO artists (id, name, slug, created_by) VALUES ('" + artist + "', 'A', '" + artist + "', '" + user + "')");
        return artist;
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
