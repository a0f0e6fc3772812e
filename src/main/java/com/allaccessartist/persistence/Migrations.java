package com.allaccessartist.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;

/** Flyway over {@code db/migration/<vendor>}: status and migration of one database. */
public final class Migrations {

    private final Flyway flyway;

    public Migrations(DataSource dataSource, Vendor vendor) {
        this.flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(vendor.migrationLocation())
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                .loggers("slf4j")
                .load();
    }

    public SchemaStatus status() {
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        String latestKnown = latestKnown(info);
        if (current == null) {
            return new SchemaStatus(SchemaStatus.State.MISSING, null, latestKnown);
        }
        String dbVersion = current.getVersion() == null ? null : current.getVersion().getVersion();
        for (MigrationInfo migration : info.all()) {
            if (migration.getState() == MigrationState.FUTURE_SUCCESS || migration.getState() == MigrationState.FUTURE_FAILED) {
                return new SchemaStatus(SchemaStatus.State.NEWER, dbVersion, latestKnown);
            }
        }
        if (info.pending().length > 0) {
            return new SchemaStatus(SchemaStatus.State.OLDER, dbVersion, latestKnown);
        }
        return new SchemaStatus(SchemaStatus.State.CURRENT, dbVersion, latestKnown);
    }

    /** Applies every pending migration; returns how many ran. */
    public int migrate() {
        MigrateResult result = flyway.migrate();
        return result.migrationsExecuted;
    }

    private static String latestKnown(MigrationInfoService info) {
        String latest = null;
        for (MigrationInfo migration : info.all()) {
            if (migration.getVersion() != null && migration.getState() != MigrationState.FUTURE_SUCCESS
                    && migration.getState() != MigrationState.FUTURE_FAILED) {
                latest = migration.getVersion().getVersion();
            }
        }
        return latest;
    }
}
