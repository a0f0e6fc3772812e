package com.allaccessartist.ui.editing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard shortcuts of one section (Ctrl+N, Ctrl+S, Ctrl+F, Esc), active exactly while the
 * section is shown: they are a key filter of the window's scene while the section's root is in
 * it, so they work wherever the focus is in the window (sidebar included), and sections not shown
 * (removed from the scene) never react.
 */
public final class Shortcuts {

    private record Binding(KeyCombination keys, BooleanSupplier when, Runnable action) {
    }

    private final Map<KeyCombination, Binding> bindings = new LinkedHashMap<>();

    /** {@code keys} such as "Shortcut+S" runs {@code action} while {@code when} holds. */
    public Shortcuts on(String keys, BooleanSupplier when, Runnable action) {
        KeyCombination combination = KeyCombination.valueOf(keys);
        bindings.put(combination, new Binding(combination, when, action));
        return this;
    }

    public void attachWhileShown(Node root) {
        EventHandler<KeyEvent> filter = event -> {
            for (Binding binding : bindings.values()) {
                if (binding.keys().match(event) && binding.when().getAsBoolean()) {
                    event.consume();
                    binding.action().run();
                    return;
                }
            }
        };
        root.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
        });
        if (root.getScene() != null) {
            root.getScene().addEventFilter(KeyEvent.KEY_PRESSED, filter);
        }
    }
}
