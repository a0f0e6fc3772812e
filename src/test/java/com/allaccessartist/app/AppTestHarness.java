package com.allaccessartist.app;

import com.allaccessartist.persistence.ConnectionProfile;
import com.allaccessartist.persistence.ConnectionProfileStore;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.ui.common.AppPreferences;
import com.allaccessartist.ui.common.FxDialogService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/**
 * The whole application on temporary folders, for click-through tests: its own preferences
 * node (never the person's), the catalogue file in a temp folder, and a fast password hasher.
 * {@link #start(Path, ConnectionProfile)} makes another saved connection (a shared PostgreSQL
 * database) the active one instead of the local file.
 */
public final class AppTestHarness implements AutoCloseable {

    public static final int FAST_BCRYPT_COST = 4;

    private final Preferences node;
    private final Path catalogueFile;
    private final AppFlow flow;

    /** @param active the saved connection made active, or null for the default local file */
    private AppTestHarness(Stage stage, Path folder, ConnectionProfile active) {
        node = Preferences.userRoot().node("aaa-test/app-" + UUID.randomUUID());
        catalogueFile = folder.resolve("catalogue.mv.db");
        ConnectionProfileStore profiles = new ConnectionProfileStore(node.node("connections"), catalogueFile);
        if (active != null) {
            profiles.save(active);
            profiles.setActive(active.name());
        }
        AppEnvironment environment = new AppEnvironment(profiles, new PasswordHasher(FAST_BCRYPT_COST), Clock.systemUTC(),
                new AppPreferences(node.node("desktop")), folder, null);
        flow = new AppFlow(stage, new AppContext(environment, new FxDialogService(() -> stage)));
    }

    /**
     * Builds the application on a new window (TestFX reuses its primary stage across test
     * classes, and the application keeps listeners on its window) and shows the sign-in of the
     * default local file in {@code folder}. Call on the FX thread (in {@code @Start}).
     */
    public static AppTestHarness start(Path folder) {
        return start(folder, null);
    }

    /**
     * Like {@link #start(Path)}, with {@code profile} saved in the harness's own connection store
     * and made the active connection, so that the application opens on its sign-in (for a
     * {@link ConnectionProfile.Remote}, the password of its login role). The default local file
     * stays in {@code folder}. Call on the FX thread (in {@code @Start}).
     */
    public static AppTestHarness start(Path folder, ConnectionProfile profile) {
        AppTestHarness harness = new AppTestHarness(new Stage(), folder, profile);
        harness.flow.start();
        return harness;
    }

    public Path catalogueFile() {
        return catalogueFile;
    }

    /** Stops background work, closes the catalogue and removes the test preferences. */
    @Override
    public void close() throws BackingStoreException {
        try {
            flow.shutdown();
        } finally {
            node.removeNode();
        }
    }
}
