package com.allaccessartist.testsupport;

import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Base of database tests that run on H2 and on PostgreSQL: every test method of the subclass
 * runs once per vendor, against one freshly migrated database per vendor (tests keep out of each
 * other's way by creating their own rows). PostgreSQL is skipped with a reason when no server is
 * configured, and fails the run when {@code AAA_REQUIRE_PG=1}.
 */
@ParameterizedClass(name = "[{0}]")
@EnumSource(Vendor.class)
public abstract class BothVendorsTest {

    @Parameter
    protected Vendor vendor;

    protected static TestDatabase testDatabase;
    protected static Database database;
    private static Path folder;

    @BeforeParameterizedClassInvocation
    static void openDatabase(Vendor vendor) throws IOException {
        folder = Files.createTempDirectory("aaa-" + vendor.name().toLowerCase(java.util.Locale.ROOT));
        testDatabase = TestDatabase.create(vendor, folder);
        database = testDatabase.openMigrated();
    }

    @AfterParameterizedClassInvocation
    static void closeDatabase() throws IOException {
        try {
            if (database != null) {
                database.close();
            }
            if (testDatabase != null) {
                testDatabase.close();
            }
        } finally {
            database = null;
            testDatabase = null;
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
