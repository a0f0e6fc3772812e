package com.allaccessartist.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppPreferencesTest {

    private final Preferences node = Preferences.userRoot().node("aaa-test/preferences-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void startsWithDefaults() {
        AppPreferences preferences = new AppPreferences(node);

        assertThat(preferences.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(preferences.windowWidthProperty().get()).isEqualTo(AppPreferences.DEFAULT_WIDTH);
        assertThat(preferences.windowHeightProperty().get()).isEqualTo(AppPreferences.DEFAULT_HEIGHT);
        assertThat(preferences.windowXProperty().get()).isNaN();
        assertThat(preferences.maximizedProperty().get()).isFalse();
    }

    @Test
    void keepsEveryChangeForTheNextStart() {
        AppPreferences preferences = new AppPreferences(node);
        preferences.themeProperty().set(Theme.DARK);
        preferences.windowXProperty().set(40);
        preferences.windowYProperty().set(60);
        preferences.windowWidthProperty().set(1000);
        preferences.windowHeightProperty().set(700);
        preferences.maximizedProperty().set(true);

        AppPreferences next = new AppPreferences(node);

        assertThat(next.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(next.windowXProperty().get()).isEqualTo(40);
        assertThat(next.windowYProperty().get()).isEqualTo(60);
        assertThat(next.windowWidthProperty().get()).isEqualTo(1000);
        assertThat(next.windowHeightProperty().get()).isEqualTo(700);
        assertThat(next.maximizedProperty().get()).isTrue();
    }

    @Test
    void anUnknownStoredThemeFallsBackToLight() {
        node.put("theme", "SEPIA");
        assertThat(new AppPreferences(node).themeProperty().get()).isEqualTo(Theme.LIGHT);
    }
}
