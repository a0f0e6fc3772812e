package com.allaccessartist.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The person's data folder: the default H2 file and the log live here.
 * Linux {@code ~/.local/share/all-access-artist} (or {@code $XDG_DATA_HOME/all-access-artist}),
 * macOS {@code ~/Library/Application Support/All Access Artist}, Windows
 * {@code %APPDATA%\All Access Artist}. {@code AAA_DATA_DIR} overrides it (tests, portable installs).
 */
public final class DataFolder {

    public static final String OVERRIDE_VARIABLE = "AAA_DATA_DIR";
    public static final String DEFAULT_DATABASE_NAME = "catalogue" + H2Files.SUFFIX;

    private DataFolder() {
    }

    public static Path resolve() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(Map<String, String> env, String osName, String userHome) {
        String override = env.get(OVERRIDE_VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("All Access Artist");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "All Access Artist");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("all-access-artist");
    }

    /** The default local catalogue file. */
    public static Path defaultDatabaseFile() {
        return resolve().resolve(DEFAULT_DATABASE_NAME);
    }
}
