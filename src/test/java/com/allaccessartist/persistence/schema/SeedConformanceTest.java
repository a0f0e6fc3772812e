package com.allaccessartist.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Everything the seed document specifies exists in the migrated schema of each vendor: every
 * table and column (type, length, NOT NULL, default), primary key, UNIQUE, foreign key with its
 * ON DELETE rule, CHECK, every inline and performance index (partial on PostgreSQL), the
 * partitioning, the Row Level Security policies and the functions.
 */
@ParameterizedClass
@EnumSource(Vendor.class)
class SeedConformanceTest {

    /** Columns deliberately stricter than the seed: a partition key must be NOT NULL. */
    private static final Set<String> TIGHTENED_NOT_NULL = Set.of("audit_log.changed_at");

    @Parameter
    Vendor vendor;

    private static TestDatabase testDatabase;
    private static LiveSchema live;
    private static SeedSpecification seed;
    private static Path temp;

    @BeforeParameterizedClassInvocation
    static void migrate(Vendor vendor) throws Exception {
        temp = Files.createTempDirectory("seed-conformance");
        seed = SeedSpecification.load();
        testDatabase = TestDatabase.create(vendor, temp);
        try (Database database = testDatabase.openMigrated(); Connection c = database.dataSource().getConnection()) {
            live = LiveSchema.read(c, vendor);
        }
    }

    @AfterParameterizedClassInvocation
    static void drop() throws Exception {
        if (testDatabase != null) {
            testDatabase.close();
        }
        try (var files = Files.walk(temp)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theSeedIsReadCompletely() {
        assertThat(seed.tables().keySet()).containsExactly("users", "user_profiles", "organizations",
                "user_organization_roles", "artists", "user_artist_permissions", "releases", "songs", "audit_log");
        assertThat(seed.tables().get("releases").columns()).hasSize(32);
        assertThat(seed.indexes()).hasSize(34);
        assertThat(seed.policies()).containsExactly("user_profiles_policy", "artists_access_policy", "releases_access_policy");
    }

    @Test
    void everySeedColumnExistsWithItsTypeLengthNullabilityAndDefault() {
        seed.tables().forEach((tableName, table) -> {
            assertThat(live.tables()).as("table %s", tableName).containsKey(tableName);
            LiveSchema.Table liveTable = live.tables().get(tableName);
            table.columns().forEach((columnName, column) -> {
                String where = tableName + "." + columnName;
                LiveSchema.Column liveColumn = liveTable.columns().get(columnName);
                assertThat(liveColumn).as("column %s", where).isNotNull();
                assertThat(liveColumn.family()).as("type of %s", where).isEqualTo(SeedSpecification.family(column.type()));
                Integer length = SeedSpecification.length(column.type());
                if (length != null) {
                    assertThat(liveColumn.length()).as("length of %s", where).isEqualTo(length);
                }
                boolean required = column.notNull() || column.primaryKey() || TIGHTENED_NOT_NULL.contains(where);
                assertThat(liveColumn.nullable()).as("nullability of %s", where).isEqualTo(!required);
                if (column.hasDefault()) {
                    assertThat(liveColumn.hasDefault()).as("default of %s", where).isTrue();
                }
            });
        });
    }

    @Test
    void everySeedKeyAndForeignKeyExists() {
        seed.tables().forEach((tableName, table) -> {
            LiveSchema.Table liveTable = live.tables().get(tableName);
            List<List<String>> liveUniques = new ArrayList<>(liveTable.uniques().values());
            table.columns().forEach((columnName, column) -> {
                if (column.primaryKey()) {
                    assertThat(liveTable.primaryKey()).as("primary key of %s", tableName).startsWith(columnName);
                }
                if (column.unique()) {
                    assertThat(liveUniques).as("UNIQUE on %s.%s", tableName, columnName).contains(List.of(columnName));
                }
                if (column.references() != null) {
                    assertThat(liveTable.foreignKeys().values()).as("foreign key %s.%s", tableName, columnName)
                            .contains(new LiveSchema.ForeignKey(List.of(columnName), column.references(), List.of("id"),
                                    column.onDelete()));
                }
                if (column.hasCheck()) {
                    assertThat(liveTable.checks()).as("CHECK on %s.%s", tableName, columnName)
                            .contains(tableName + "_" + columnName + "_check");
                }
            });
            for (List<String> unique : table.tableUniques()) {
                assertThat(liveUniques).as("UNIQUE%s on %s", unique, tableName).contains(unique);
            }
        });
    }

    @Test
    void everySeedIndexExistsOnItsColumnsAndIsPartialOnPostgresql() {
        for (SeedSpecification.SeedIndex index : seed.indexes()) {
            LiveSchema.Index liveIndex = live.tables().get(index.table()).indexes().get(index.name());
            assertThat(liveIndex).as("index %s", index.name()).isNotNull();
            assertThat(liveIndex.columns()).as("columns of %s", index.name()).isEqualTo(index.columns());
            if (vendor == Vendor.POSTGRESQL) {
                assertThat(liveIndex.partial()).as("%s partial", index.name()).isEqualTo(index.partial());
            }
        }
    }

    @Test
    void theSeedFunctionsExist() throws Exception {
        List<String> routines = new ArrayList<>();
        try (Connection c = testDatabase.adminConnection(true); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT LOWER(routine_name) FROM information_schema.routines"
                     + " WHERE routine_schema = 'public'")) {
            while (rs.next()) {
                routines.add(rs.getString(1));
            }
        }
        assertThat(routines).contains("generate_referral_code", "export_user_data", "anonymize_user_data");
    }

    @Test
    void postgresqlPartitionsAndProtectsAsTheSeedSays() throws Exception {
        if (vendor != Vendor.POSTGRESQL) {
            return;
        }
        try (Connection c = testDatabase.adminConnection(true); Statement s = c.createStatement()) {
            List<String> partitioned = strings(s, "SELECT relname FROM pg_class WHERE relkind = 'p' ORDER BY relname");
            assertThat(partitioned).containsExactly("analytics_events", "audit_log", "revenue_streams");
            List<String> partitions = strings(s, "SELECT relname FROM pg_class WHERE relispartition AND relkind = 'r'");
            assertThat(partitions).contains("analytics_events_y2025m01", "revenue_streams_y2025q1", "audit_log_y2025m01");
            List<String> policies = strings(s, "SELECT policyname FROM pg_policies WHERE schemaname = 'public'");
            assertThat(policies).containsAll(seed.policies());
            List<String> unprotected = strings(s, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition"
                    + " AND c.relname <> 'flyway_schema_history' AND NOT (c.relrowsecurity AND c.relforcerowsecurity)");
            assertThat(unprotected).as("tables without forced Row Level Security").isEmpty();
        }
    }

    private static List<String> strings(Statement statement, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
