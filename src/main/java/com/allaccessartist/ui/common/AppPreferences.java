package com.allaccessartist.ui.common;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop settings of the person (theme, window size and place), as JavaFX properties with
 * defaults, kept in {@code java.util.prefs}: every change is written to the preferences node at
 * once, the theme is also flushed at once (window moves are flushed on exit). Nothing secret.
 */
public final class AppPreferences {

    public static final double DEFAULT_WIDTH = 1200;
    public static final double DEFAULT_HEIGHT = 780;
    private static final Logger LOG = LoggerFactory.getLogger(AppPreferences.class);
    private static final String THEME = "theme";
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private final Preferences node;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final DoubleProperty windowX = new SimpleDoubleProperty(this, "windowX", Double.NaN);
    private final DoubleProperty windowY = new SimpleDoubleProperty(this, "windowY", Double.NaN);
    private final DoubleProperty windowWidth = new SimpleDoubleProperty(this, "windowWidth", DEFAULT_WIDTH);
    private final DoubleProperty windowHeight = new SimpleDoubleProperty(this, "windowHeight", DEFAULT_HEIGHT);
    private final BooleanProperty maximized = new SimpleBooleanProperty(this, "maximized", false);

    public AppPreferences(Preferences node) {
        this.node = node;
        theme.set(readTheme(node.get(THEME, Theme.LIGHT.name())));
        windowX.set(node.getDouble(X, Double.NaN));
        windowY.set(node.getDouble(Y, Double.NaN));
        windowWidth.set(node.getDouble(WIDTH, DEFAULT_WIDTH));
        windowHeight.set(node.getDouble(HEIGHT, DEFAULT_HEIGHT));
        maximized.set(node.getBoolean(MAXIMIZED, false));

        theme.addListener((observable, old, value) -> {
            node.put(THEME, (value == null ? Theme.LIGHT : value).name());
            flush();
        });
        windowX.addListener((observable, old, value) -> node.putDouble(X, value.doubleValue()));
        windowY.addListener((observable, old, value) -> node.putDouble(Y, value.doubleValue()));
        windowWidth.addListener((observable, old, value) -> node.putDouble(WIDTH, value.doubleValue()));
        windowHeight.addListener((observable, old, value) -> node.putDouble(HEIGHT, value.doubleValue()));
        maximized.addListener((observable, old, value) -> node.putBoolean(MAXIMIZED, value));
    }

    /** The preferences of the person using the computer. */
    public static AppPreferences forCurrentUser() {
        return new AppPreferences(Preferences.userRoot().node("com/allaccessartist/desktop"));
    }

    private static Theme readTheme(String name) {
        try {
            return Theme.valueOf(name);
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring unknown theme preference {}", name);
            return Theme.LIGHT;
        }
    }

    /** Writes pending changes to the backing store (called on exit). */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not save preferences: {}", e.getMessage());
        }
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public DoubleProperty windowXProperty() {
        return windowX;
    }

    public DoubleProperty windowYProperty() {
        return windowY;
    }

    public DoubleProperty windowWidthProperty() {
        return windowWidth;
    }

    public DoubleProperty windowHeightProperty() {
        return windowHeight;
    }

    public BooleanProperty maximizedProperty() {
        return maximized;
    }
}
