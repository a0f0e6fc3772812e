package com.allaccessartist.ui.splits;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.splits.SplitSheetService;
import com.allaccessartist.service.splits.SplitSubject;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.TaskExecutor;
import com.allaccessartist.ui.common.ViewLoader;
import com.allaccessartist.ui.common.Windows;
import com.allaccessartist.ui.editing.CloseGuard;
import com.allaccessartist.ui.editing.UnsavedEditors;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the split-sheet editor as a window-modal tool window over the main window (like
 * Connections): titled with the sheet's heading, closed with Esc or its close button, and asking
 * first (save, discard, stay) when it holds unsaved changes.
 */
public final class SplitSheetWindows implements SplitSheetOpener {

    private final SplitSheetService sheets;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Path exportFolder;
    private final Supplier<Window> owner;

    /** @param owner the window the editor is modal to (read when a sheet is opened) */
    public SplitSheetWindows(SplitSheetService sheets, TaskExecutor executor, DialogService dialogs, Path exportFolder,
                             Supplier<Window> owner) {
        this.sheets = sheets;
        this.executor = executor;
        this.dialogs = dialogs;
        this.exportFolder = exportFolder;
        this.owner = owner;
    }

    @Override
    public void open(SplitSubject subject, Runnable onClosed) {
        SplitSheetEditorViewModel editor = new SplitSheetEditorViewModel(sheets, executor, dialogs, exportFolder);
        Stage window = Windows.modal(owner.get(), Messages.get(subject.isSong() ? "split.pdf.title.master"
                : "split.pdf.title.publishing"), ViewLoader.load(new SplitSheetEditorView(editor)));
        editor.headingProperty().addListener((o, old, heading) -> {
            if (!heading.isEmpty()) {
                window.setTitle(heading);
            }
        });
        UnsavedEditors unsaved = new UnsavedEditors();
        unsaved.register(editor);
        CloseGuard.install(window, unsaved);
        window.setOnHidden(event -> onClosed.run());
        window.show();
        editor.open(subject);
    }
}
