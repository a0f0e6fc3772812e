package com.allaccessartist.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Restores the main window's size and place from the preferences (only where a screen still
 * shows it: a monitor may have been unplugged) and keeps them up to date as the person moves it.
 */
public final class WindowBounds {

    private WindowBounds() {
    }

    public static void restoreAndTrack(Stage stage, AppPreferences preferences) {
        stage.setWidth(preferences.windowWidthProperty().get());
        stage.setHeight(preferences.windowHeightProperty().get());
        double x = preferences.windowXProperty().get();
        double y = preferences.windowYProperty().get();
        if (!Double.isNaN(x) && !Double.isNaN(y) && visible(x, y, stage.getWidth())) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(preferences.maximizedProperty().get());

        stage.xProperty().addListener((o, old, value) -> remember(stage, () -> preferences.windowXProperty().set(value.doubleValue())));
        stage.yProperty().addListener((o, old, value) -> remember(stage, () -> preferences.windowYProperty().set(value.doubleValue())));
        stage.widthProperty().addListener((o, old, value) -> remember(stage, () -> preferences.windowWidthProperty().set(value.doubleValue())));
        stage.heightProperty().addListener((o, old, value) -> remember(stage, () -> preferences.windowHeightProperty().set(value.doubleValue())));
        stage.maximizedProperty().addListener((o, old, value) -> preferences.maximizedProperty().set(value));
    }

    private static void remember(Stage stage, Runnable update) {
        // a maximized or minimized window's bounds are not the ones to restore
        if (!stage.isMaximized() && !stage.isIconified()) {
            update.run();
        }
    }

    private static boolean visible(double x, double y, double width) {
        // the title bar's middle must be on some screen, so the person can grab it
        Rectangle2D titleBar = new Rectangle2D(x + width / 4, y, Math.max(1, width / 2), 30);
        return Screen.getScreens().stream().anyMatch(screen -> screen.getVisualBounds().intersects(titleBar));
    }
}
