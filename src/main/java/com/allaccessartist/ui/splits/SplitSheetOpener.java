package com.allaccessartist.ui.splits;

import com.allaccessartist.service.splits.SplitSubject;

/**
 * Opens the split-sheet editor of a recording (master sheet) or a work (publishing sheet) in a
 * window of its own over the main window; the application wires it (see {@code app.Views}), so
 * ViewModels ask for the editor without knowing windows.
 */
@FunctionalInterface
public interface SplitSheetOpener {

    /** Opens nothing (screens shown on their own, as in tests). */
    SplitSheetOpener NONE = (subject, onClosed) -> { };

    /**
     * Opens the editor of {@code subject}'s sheet; {@code onClosed} runs on the FX thread once the
     * window is closed (after any unsaved changes were saved or discarded).
     */
    void open(SplitSubject subject, Runnable onClosed);
}
