package com.allaccessartist.app;

import com.allaccessartist.persistence.ConnectionProfileStore;
import com.allaccessartist.persistence.DataFolder;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.ui.common.AppPreferences;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.application.HostServices;

/**
 * What the application takes from the computer it runs on: where profiles and preferences are
 * kept, the password hasher's cost, the clock, the data folder, and how to show a folder in the
 * file manager. Tests build one over temporary folders and a test preferences node.
 *
 * @param folderOpener shows a folder in the file manager, or null when the platform has no way
 */
public record AppEnvironment(ConnectionProfileStore profiles, PasswordHasher hasher, Clock clock,
                             AppPreferences preferences, Path dataFolder, Consumer<Path> folderOpener) {

    /** The person's own profiles, preferences and data folder. */
    public static AppEnvironment forCurrentUser(HostServices hostServices) {
        // HostServices opens a file: URI with the desktop's handler (xdg-open, Finder, Explorer), without AWT
        Consumer<Path> opener = hostServices == null ? null : folder -> hostServices.showDocument(folder.toUri().toString());
        return new AppEnvironment(ConnectionProfileStore.forCurrentUser(), new PasswordHasher(), Clock.systemUTC(),
                AppPreferences.forCurrentUser(), DataFolder.resolve(), opener);
    }
}
