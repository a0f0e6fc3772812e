package com.allaccessartist.ui.editing;

import com.allaccessartist.ui.common.Windows;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Closing the window of a session with unsaved edits asks first (see {@link UnsavedEditors}).
 * The guard follows the node into whichever window shows it and leaves that window when the
 * node's scene is replaced (sign-out shows a new scene), so an ended session never holds a close.
 */
public final class CloseGuard {

    private CloseGuard() {
    }

    public static void install(Node root, UnsavedEditors editors) {
        EventHandler<WindowEvent> filter = event -> {
            if (editors.any() && event.getSource() instanceof Stage stage) {
                event.consume();
                editors.leaveAllThen(() -> Windows.requestClose(stage));
            }
        };
        root.sceneProperty().addListener((o, oldScene, scene) -> {
            if (oldScene != null && oldScene.getWindow() != null) {
                oldScene.getWindow().removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, filter);
            }
            if (scene != null) {
                follow(scene, filter);
            }
        });
        if (root.getScene() != null) {
            follow(root.getScene(), filter);
        }
    }

    /**
     * A window of its own editor (a tool window): closing it, by its close button or Esc
     * ({@link Windows#requestClose}), asks first when {@code editors} hold unsaved changes, and
     * closes once they were saved or discarded; staying keeps it open.
     */
    public static void install(Stage window, UnsavedEditors editors) {
        window.setOnCloseRequest(event -> {
            if (editors.any()) {
                event.consume();
                editors.leaveAllThen(window::close);
            }
        });
    }

    private static void follow(Scene scene, EventHandler<WindowEvent> filter) {
        if (scene.getWindow() != null) {
            scene.getWindow().addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, filter);
        }
        scene.windowProperty().addListener((o, oldWindow, window) -> {
            if (oldWindow != null) {
                oldWindow.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, filter);
            }
            if (window != null) {
                window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, filter);
            }
        });
    }
}
