package com.allaccessartist.ui.editing;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the JavaFX animation timer (no thread of its own). */
public final class FxDebouncer implements Debouncer {

    /** How long typing must pause before a search or check runs. */
    public static final Duration TYPING_PAUSE = Duration.millis(220);

    private final PauseTransition pause;
    private Runnable pending;

    public FxDebouncer(Duration quiet) {
        pause = new PauseTransition(quiet);
        pause.setOnFinished(event -> {
            Runnable action = pending;
            pending = null;
            if (action != null) {
                action.run();
            }
        });
    }

    /** A debouncer waiting {@link #TYPING_PAUSE}. */
    public static Debouncer typing() {
        return new FxDebouncer(TYPING_PAUSE);
    }

    @Override
    public void schedule(Runnable action) {
        pending = action;
        pause.playFromStart();
    }
}
