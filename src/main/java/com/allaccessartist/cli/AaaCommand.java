package com.allaccessartist.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The command line of the application jar. Without a command the GUI opens (see Launcher);
 * with one, it runs headless and exits 0 on success, non-zero with a one-line reason otherwise.
 */
@Command(name = "all-access-artist",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "All Access Artist Desktop: run without a command to open the app; with a command, administer a catalogue headless.",
        subcommands = {MigrateCommand.class, UserCommand.class, DemoCommand.class, BenchCommand.class},
        footer = {"", "Secrets come from environment variables, never from arguments:",
                "  AAA_DB_PASSWORD    password of --db-user",
                "  AAA_DB_PASSPHRASE  passphrase of an encrypted local file"})
public final class AaaCommand implements Runnable {

    private final CliContext context;

    @Mixin
    DatabaseOptions database;

    public AaaCommand(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    DatabaseOptions database() {
        return database;
    }

    @Override
    public void run() {
        // no command: the Launcher only gets here with options but no command
        context.err().println("Choose a command, or run without arguments to open the app. See --help.");
    }
}
