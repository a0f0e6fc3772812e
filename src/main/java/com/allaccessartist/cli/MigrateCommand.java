package com.allaccessartist.cli;

import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseTarget;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code migrate}: creates or upgrades the catalogue schema (and, on PostgreSQL, its partitions ahead). */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Create or upgrade the catalogue schema to this version of the app.")
final class MigrateCommand implements Callable<Integer> {

    @ParentCommand
    AaaCommand root;

    @Override
    public Integer call() {
        CliContext context = root.context();
        DatabaseTarget target = root.database().target(context);
        try (Database database = Database.open(target, Database.SchemaMode.MIGRATE)) {
            context.out().printf("%s is at schema version %s.%n", target.describe(),
                    database.schemaStatus().databaseVersion());
        }
        return 0;
    }
}
