package com.allaccessartist.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code user}: administration of people's accounts. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage people's accounts.",
        subcommands = {UserCreateCommand.class})
final class UserCommand implements Runnable {

    @ParentCommand
    AaaCommand root;

    @Override
    public void run() {
        root.context().err().println("Choose a user command, such as 'user create'. See 'user --help'.");
    }
}
