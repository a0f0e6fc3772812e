package com.allaccessartist.ui.editing;

/** A debouncer tests release by hand: only the latest scheduled action runs, on {@link #fire()}. */
public final class ManualDebouncer implements Debouncer {

    private Runnable pending;
    private int scheduled;

    @Override
    public void schedule(Runnable action) {
        pending = action;
        scheduled++;
    }

    /** Typing paused: the latest action runs. */
    public void fire() {
        Runnable action = pending;
        pending = null;
        if (action != null) {
            action.run();
        }
    }

    public boolean hasPending() {
        return pending != null;
    }

    /** How many times an action was scheduled (each one replacing the previous). */
    public int scheduled() {
        return scheduled;
    }
}
