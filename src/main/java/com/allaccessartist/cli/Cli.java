package com.allaccessartist.cli;

import com.allaccessartist.domain.AppException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs one CLI invocation and returns its exit code: 0 success, 1 failure, 2 wrong usage. */
public final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static int run(String[] args, CliContext context) {
        CommandLine commandLine = new CommandLine(new AaaCommand(context));
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            context.err().println("Error: " + oneLine(exception));
            context.err().flush();
            return 1;
        });
        int code = commandLine.execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }

    private static String oneLine(Exception exception) {
        if (exception instanceof AppException app) {
            LOG.info("Command failed: {}", app.key(), app.getCause());
            return app.getLocalizedMessage().replace('\n', ' ');
        }
        LOG.error("Command failed unexpectedly", exception);
        return "unexpected failure (" + exception.getClass().getSimpleName() + "); the details are in the log file.";
    }
}
