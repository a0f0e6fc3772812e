package com.allaccessartist.ui.editing;

/**
 * Runs an action once input has been quiet for a moment: every call replaces the action still
 * waiting, so a burst of keystrokes leads to one search. Used on the FX thread.
 */
@FunctionalInterface
public interface Debouncer {

    void schedule(Runnable action);

    /** Runs every action at once (no waiting). */
    static Debouncer immediate() {
        return Runnable::run;
    }
}
