package com.allaccessartist.ui.common;

import java.nio.file.Path;

/**
 * Where the log file is: the folder the Launcher gives logback ({@code aaa.log.dir}), or the
 * temporary folder logback falls back to (see logback.xml).
 */
public final class LogLocation {

    public static final String LOG_DIR_PROPERTY = "aaa.log.dir";
    public static final String LOG_FILE_NAME = "all-access-artist.log";

    private LogLocation() {
    }

    public static Path folder() {
        String configured = System.getProperty(LOG_DIR_PROPERTY);
        String folder = configured != null && !configured.isBlank() ? configured : System.getProperty("java.io.tmpdir");
        return Path.of(folder).toAbsolutePath();
    }

    public static Path file() {
        return folder().resolve(LOG_FILE_NAME);
    }
}
