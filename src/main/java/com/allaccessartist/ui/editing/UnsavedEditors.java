package com.allaccessartist.ui.editing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The editors of one signed-in session that may hold unsaved changes. Before the session ends
 * (sign out, quit, closing the window) each one with changes asks the person: save, discard, or
 * stay; staying in any of them stops the whole step. Used on the FX thread.
 */
public final class UnsavedEditors {

    /** An editor that may hold unsaved changes. */
    public interface Guarded {
        boolean hasUnsavedChanges();

        /**
         * Leaves the editor: at once when nothing is unsaved, otherwise after the person chose to
         * save (once saved) or discard; never if they chose to stay.
         */
        void leave(Runnable then);
    }

    private final List<Guarded> editors = new CopyOnWriteArrayList<>();

    public void register(Guarded editor) {
        editors.add(editor);
    }

    public boolean any() {
        return editors.stream().anyMatch(Guarded::hasUnsavedChanges);
    }

    /** Leaves every editor in turn, then runs {@code then}; stops where the person stays. */
    public void leaveAllThen(Runnable then) {
        leaveFrom(List.copyOf(editors), 0, then);
    }

    private static void leaveFrom(List<Guarded> all, int index, Runnable then) {
        if (index == all.size()) {
            then.run();
            return;
        }
        all.get(index).leave(() -> leaveFrom(all, index + 1, then));
    }
}
