package com.allaccessartist;

import com.allaccessartist.app.App;
import com.allaccessartist.cli.Cli;
import com.allaccessartist.cli.CliContext;
import com.allaccessartist.persistence.DataFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The entry point of the jar: without arguments it opens the desktop app; with a command it
 * runs the command line headless and exits with its code. A plain class (not a JavaFX
 * Application), so the runnable jar starts with JavaFX on the class path.
 */
public final class Launcher {

    /** System property the logback configuration reads for its folder. */
    public static final String LOG_DIR_PROPERTY = "aaa.log.dir";

    private Launcher() {
    }

    public static void main(String[] args) {
        prepareLogging();
        if (args.length == 0) {
            App.launchGui(args);
            return;
        }
        Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        int code = Cli.run(args, new CliContext(System.getenv(),
                new PrintWriter(new java.io.OutputStreamWriter(System.out, console), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, console), true),
                Clock.systemUTC()));
        System.exit(code);
    }

    /** The log goes to the data folder (created if needed), or the temp folder if that cannot be written. */
    static void prepareLogging() {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            Path folder = DataFolder.resolve();
            try {
                Files.createDirectories(folder);
                System.setProperty(LOG_DIR_PROPERTY, folder.toString());
            } catch (IOException | SecurityException e) {
                System.setProperty(LOG_DIR_PROPERTY, System.getProperty("java.io.tmpdir"));
            }
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
