package com.allaccessartist.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.testsupport.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 and PostgreSQL schemas, both migrated from scratch, are the same: tables, columns
 * (type family, length, precision, nullability), primary and unique keys, foreign keys with
 * their ON DELETE rules, check constraints and indexes, all by name.
 */
class SchemaParityTest {

    @TempDir
    static Path temp;

    private static TestDatabase h2;
    private static TestDatabase postgres;
    private static LiveSchema h2Schema;
    private static LiveSchema postgresSchema;

    @BeforeAll
    static void migrateBoth() throws Exception {
        postgres = TestDatabase.create(Vendor.POSTGRESQL, temp);
        h2 = TestDatabase.create(Vendor.H2, temp);
        try (Database a = h2.openMigrated(); Connection c = a.dataSource().getConnection()) {
            h2Schema = LiveSchema.read(c, Vendor.H2);
        }
        try (Database b = postgres.openMigrated(); Connection c = b.dataSource().getConnection()) {
            postgresSchema = LiveSchema.read(c, Vendor.POSTGRESQL);
        }
    }

    @AfterAll
    static void drop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void sameTables() {
        assertThat(h2Schema.tables().keySet()).hasSize(17).isEqualTo(postgresSchema.tables().keySet())
                .contains("media_assets", "works", "split_sheets", "split_sheet_versions", "split_lines");
    }

    @Test
    void sameColumnsTypesAndNullability() {
        postgresSchema.tables().forEach((name, table) -> {
            Map<String, LiveSchema.Column> expected = new TreeMap<>(table.columns());
            Map<String, LiveSchema.Column> actual = new TreeMap<>(h2Schema.tables().get(name).columns());
            assertThat(actual.keySet()).as("columns of %s", name).isEqualTo(expected.keySet());
            expected.forEach((column, pg) -> {
                LiveSchema.Column h2Column = actual.get(column);
                assertThat(h2Column.family()).as("type family of %s.%s", name, column).isEqualTo(pg.family());
                assertThat(h2Column.nullable()).as("nullability of %s.%s", name, column).isEqualTo(pg.nullable());
                if (pg.length() != null) {
                    assertThat(h2Column.length()).as("length of %s.%s", name, column).isEqualTo(pg.length());
                }
                assertThat(h2Column.precision()).as("precision of %s.%s", name, column).isEqualTo(pg.precision());
                assertThat(h2Column.scale()).as("scale of %s.%s", name, column).isEqualTo(pg.scale());
            });
        });
    }

    @Test
    void samePrimaryAndUniqueKeys() {
        postgresSchema.tables().forEach((name, table) -> {
            LiveSchema.Table h2Table = h2Schema.tables().get(name);
            assertThat(h2Table.primaryKey()).as("primary key of %s", name).isEqualTo(table.primaryKey());
            assertThat(h2Table.uniques()).as("unique keys of %s", name).isEqualTo(table.uniques());
        });
    }

    @Test
    void sameForeignKeysWithTheirDeleteRules() {
        postgresSchema.tables().forEach((name, table) ->
                assertThat(h2Schema.tables().get(name).foreignKeys()).as("foreign keys of %s", name)
                        .isEqualTo(table.foreignKeys()));
    }

    @Test
    void sameCheckConstraints() {
        postgresSchema.tables().forEach((name, table) ->
                assertThat(h2Schema.tables().get(name).checks()).as("checks of %s", name).isEqualTo(table.checks()));
    }

    @Test
    void sameIndexesOnTheSameColumns() {
        postgresSchema.tables().forEach((name, table) -> {
            Map<String, java.util.List<String>> pgIndexes = new TreeMap<>();
            table.indexes().forEach((index, def) -> pgIndexes.put(index, def.columns()));
            Map<String, java.util.List<String>> h2Indexes = new TreeMap<>();
            h2Schema.tables().get(name).indexes().forEach((index, def) -> h2Indexes.put(index, def.columns()));
            assertThat(h2Indexes).as("indexes of %s", name).isEqualTo(pgIndexes);
        });
    }
}
