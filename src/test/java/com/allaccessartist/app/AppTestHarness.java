package com.allaccessartist.app;

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
 */
public final class AppTestHarness implements AutoCloseable {

    public static final int FAST_BCRYPT_COST = 4;

    private final Preferences node;
    private final Path catalogueFile;
    private final AppFlow flow;

    private AppTestHarness(Stage stage, Path folder) {
        node = Preferences.userRoot().node("aaa-test/app-" + UUID.randomUUID());
        catalogueFile = folder.resolve("catalogue.mv.db");
        AppEnvironment environment = new AppEnvironment(new ConnectionProfileStore(node.node("connections"), catalogueFile),
                new PasswordHasher(FAST_BCRYPT_COST), Clock.systemUTC(), new AppPreferences(node.node("desktop")), folder, null);
        flow = new AppFlow(stage, new AppContext(environment, new FxDialogService(() -> stage)));
    }

    /**
     * Builds the application on a new window (TestFX reuses its primary stage across test
     * classes, and the application keeps listeners on its window) and shows the sign-in of the
     * default local file in {@code folder}. Call on the FX thread (in {@code @Start}).
     */
    public static AppTestHarness start(Path folder) {
        AppTestHarness harness = new AppTestHarness(new Stage(), folder);
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
