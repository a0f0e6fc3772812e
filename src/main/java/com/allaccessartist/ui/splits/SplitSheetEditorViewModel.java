package com.allaccessartist.ui.splits;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.splits.SheetKind;
import com.allaccessartist.domain.splits.SheetStatus;
import com.allaccessartist.domain.splits.SplitParty;
import com.allaccessartist.domain.splits.SplitRole;
import com.allaccessartist.domain.splits.SplitShare;
import com.allaccessartist.domain.splits.SplitSheetDraft;
import com.allaccessartist.service.splits.SplitSheetService;
import com.allaccessartist.service.splits.SplitSheetView;
import com.allaccessartist.service.splits.SplitSubject;
import com.allaccessartist.service.splits.SplitVersionInfo;
import com.allaccessartist.service.splits.SplitVersionView;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.ErrorText;
import com.allaccessartist.ui.common.TaskExecutor;
import com.allaccessartist.ui.editing.DirtyTracker;
import com.allaccessartist.ui.editing.LeaveChoice;
import com.allaccessartist.ui.editing.SaveFailures;
import com.allaccessartist.ui.editing.UnsavedEditors;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The split-sheet editor of one recording (master sheet) or work (publishing sheet): the lines,
 * a live exact total (complete at exactly 100.00, flagged over or under), split evenly, save as a
 * new version (a stale version is refused and the editor offers to reload), agree (only when
 * complete and saved), the versions with who and when and any older version shown read-only, and
 * export of the current version as PDF or CSV through a file chooser, off the FX thread.
 * Whatever the person may not do is disabled with the reason.
 */
public final class SplitSheetEditorViewModel implements UnsavedEditors.Guarded {

    /** Where the total stands. */
    public enum TotalState { COMPLETE, UNDER, OVER }

    private final SplitSheetService sheets;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Path exportFolder;
    private final ObservableList<SplitLineRow> lines = FXCollections.observableArrayList(SplitLineRow::observables);
    private final ObservableList<SplitVersionInfo> versions = FXCollections.observableArrayList();
    private final ObservableList<String> versionLines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SplitSheetView> sheet = new ReadOnlyObjectWrapper<>(this, "sheet");
    private final ReadOnlyObjectWrapper<SplitVersionInfo> viewing = new ReadOnlyObjectWrapper<>(this, "viewing");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObjectBinding<BigDecimal> total;
    private final ObjectBinding<TotalState> totalState;
    private final StringBinding totalText;
    private final BooleanBinding readOnly;
    private final StringBinding readOnlyReason;
    private final StringBinding saveReason;
    private final StringBinding agreeReason;
    private final StringBinding exportReason;
    private final StringBinding splitEvenlyReason;
    private final DirtyTracker<List<List<Object>>> dirty;
    private final StringBinding heading;
    private final StringBinding statusText;

    public SplitSheetEditorViewModel(SplitSheetService sheets, TaskExecutor executor, DialogService dialogs, Path exportFolder) {
        this.sheets = sheets;
        this.executor = executor;
        this.dialogs = dialogs;
        this.exportFolder = exportFolder;
        dirty = new DirtyTracker<>(() -> lines.stream().map(SplitSheetEditorViewModel::snapshot).toList(), lines);
        total = Bindings.createObjectBinding(() -> lines.stream().map(SplitLineRow::shareOrZero)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2), lines);
        totalState = Bindings.createObjectBinding(() -> switch (Integer.signum(total.get().compareTo(SplitShare.HUNDRED))) {
            case 0 -> TotalState.COMPLETE;
            case 1 -> TotalState.OVER;
            default -> TotalState.UNDER;
        }, total);
        totalText = Bindings.createStringBinding(() -> Messages.format("split.editor.total." + totalState.get().name()
                .toLowerCase(java.util.Locale.ROOT), total.get().toPlainString(),
                SplitShare.HUNDRED.subtract(total.get()).abs().toPlainString()), total, totalState);
        readOnlyReason = Bindings.createStringBinding(() -> sheet.get() == null ? Messages.get("split.editor.loading")
                : !sheet.get().mayEdit() ? Messages.get("split.permission.manage")
                : viewing.get() != null ? Messages.format("split.editor.viewingOld", viewing.get().number()) : "",
                sheet, viewing);
        readOnly = readOnlyReason.isNotEmpty().or(busy);
        saveReason = Bindings.createStringBinding(() -> !readOnlyReason.get().isEmpty() ? readOnlyReason.get()
                : !dirty.isDirty() ? Messages.get("split.editor.nothingToSave")
                : firstProblem() != null ? firstProblem() : "", readOnlyReason, dirty.dirtyProperty(), lines, total);
        agreeReason = Bindings.createStringBinding(() -> !readOnlyReason.get().isEmpty() ? readOnlyReason.get()
                : dirty.isDirty() ? Messages.get("split.editor.saveFirst")
                : !sheet.get().exists() ? Messages.get("split.editor.notSaved")
                : sheet.get().status() == SheetStatus.AGREED ? Messages.get("split.alreadyAgreed")
                : totalState.get() != TotalState.COMPLETE ? Messages.format("validation.split.incomplete", total.get().toPlainString())
                : "", readOnlyReason, dirty.dirtyProperty(), sheet, totalState, total);
        exportReason = Bindings.createStringBinding(() -> sheet.get() == null || !sheet.get().exists()
                ? Messages.get("split.editor.notSaved") : "", sheet);
        heading = Bindings.createStringBinding(() -> SplitLabels.heading(sheet.get()), sheet);
        statusText = Bindings.createStringBinding(() -> SplitLabels.status(sheet.get()), sheet);
        splitEvenlyReason = Bindings.createStringBinding(() -> !readOnlyReason.get().isEmpty() ? readOnlyReason.get()
                : lines.isEmpty() ? Messages.get("validation.split.noParties") : "", readOnlyReason, lines);
    }

    /** Loads the sheet of {@code subject} (an empty draft when it has none yet). */
    public void open(SplitSubject subject) {
        run(BackgroundTask.of(context -> sheets.sheetOf(subject)), this::show);
    }

    /** Adds an empty line with the sheet's first role. */
    public SplitLineRow addLine() {
        SplitLineRow row = new SplitLineRow(roles().get(0));
        lines.add(row);
        return row;
    }

    public void removeLine(SplitLineRow row) {
        lines.remove(row);
    }

    /** Shares 100.00 among the lines as evenly as cents allow (the first lines get the extra cents). */
    public void splitEvenly() {
        if (!splitEvenlyReason.get().isEmpty()) {
            return;
        }
        BigDecimal[] shares = evenShares(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).shareProperty().set(shares[i].toPlainString());
        }
    }

    /** Looks up the person with the line's email and names them on the line (their id), or says why not. */
    public void findPerson(SplitLineRow row) {
        String email = row.emailProperty().get().strip();
        if (email.isEmpty()) {
            row.userIdProperty().set(null);
            return;
        }
        run(BackgroundTask.of(context -> sheets.personByEmail(sheet.get().artistId(), email)), found -> {
            row.userIdProperty().set(found.orElse(null));
            error.set(found.isPresent() ? "" : Messages.format("split.editor.personNotFound", email));
        });
    }

    /** Saves the lines as the sheet's next version. */
    public void save() {
        save(() -> { });
    }

    private void save(Runnable then) {
        if (!saveReason.get().isEmpty()) {
            return;
        }
        SplitSheetView current = sheet.get();
        SplitSheetDraft draft = new SplitSheetDraft(current.kind(), lines.stream().map(SplitLineRow::toParty).toList());
        String text = note.get().isBlank() ? null : note.get();
        run(BackgroundTask.of(context -> sheets.save(current.subject(), current.version(), draft, text)), saved -> {
            show(saved);
            note.set("");
            info.set(Messages.format("split.editor.saved", saved.versionNumber()));
            then.run();
        });
    }

    /** Whether lines were changed and not saved (closing the window asks first). */
    @Override
    public boolean hasUnsavedChanges() {
        return dirty.isDirty() && readOnlyReason.get().isEmpty();
    }

    /**
     * Leaving the editor (closing its window): at once without unsaved changes; otherwise the
     * person chooses to save (then leaves once saved), discard, or stay. Changes that cannot be
     * saved (a line is wrong, over 100 %) are not offered to be saved.
     */
    @Override
    public void leave(Runnable then) {
        if (!hasUnsavedChanges()) {
            then.run();
            return;
        }
        switch (LeaveChoice.ask(dialogs, heading.get(), saveReason.get().isEmpty())) {
            case SAVE -> save(then);
            case DISCARD -> {
                show(sheet.get());
                then.run();
            }
            case STAY -> { }
        }
    }

    /** Records that the parties agreed the current (complete, saved) version. */
    public void agree() {
        if (!agreeReason.get().isEmpty()) {
            return;
        }
        SplitSheetView current = sheet.get();
        run(BackgroundTask.of(context -> sheets.agree(current.sheetId(), current.version())), agreed -> {
            show(agreed);
            info.set(Messages.format("split.editor.agreed", agreed.versionNumber()));
        });
    }

    /** Shows an older version read-only (the current one when {@code info} is the current version). */
    public void view(SplitVersionInfo version) {
        SplitSheetView current = sheet.get();
        if (version == null || current == null || !current.exists()) {
            return;
        }
        if (version.number() == current.versionNumber()) {
            backToCurrent();
            return;
        }
        run(BackgroundTask.of(context -> sheets.version(current.sheetId(), version.number())), this::showOld);
    }

    /** Shows the version at {@code index} of {@link #versions()} (newest first). */
    public void view(int index) {
        if (index >= 0 && index < versions.size()) {
            view(versions.get(index));
        }
    }

    /** Back from an older version to the current one. */
    public void backToCurrent() {
        if (viewing.get() != null) {
            show(sheet.get());
        }
    }

    public void exportCsv() {
        export("csv", "CSV", sheets::exportCsv);
    }

    public void exportPdf() {
        export("pdf", "PDF", sheets::exportPdf);
    }

    /** Reads the sheet again (after a concurrent edit), dropping what was typed. */
    public void reload() {
        SplitSheetView current = sheet.get();
        if (current != null) {
            open(current.subject());
        }
    }

    /** The roles a line of this sheet may have. */
    public List<SplitRole> roles() {
        SheetKind kind = sheet.get() == null ? SheetKind.MASTER : sheet.get().kind();
        return Arrays.stream(SplitRole.values()).filter(role -> role.belongsTo(kind)).toList();
    }

    public boolean isDirty() {
        return dirty.isDirty();
    }

    // --- inside ---------------------------------------------------------------------------------

    private void export(String extension, String label, BiConsumer<java.util.UUID, Path> write) {
        if (!exportReason.get().isEmpty()) {
            return;
        }
        SplitSheetView current = sheet.get();
        String title = current.details() == null ? "split-sheet" : current.details().title();
        String name = (title + "-" + current.kind().dbValue() + "-v" + current.versionNumber())
                .replaceAll("[^\\p{L}\\p{N}._-]+", "-") + "." + extension;
        dialogs.chooseFileToSave(Messages.get("split.editor.export." + extension), exportFolder, name,
                        new DialogService.FileType(label, "*." + extension))
                .ifPresent(file -> run(BackgroundTask.running(context -> write.accept(current.sheetId(), file)),
                        done -> info.set(Messages.format("split.editor.exported", file.getFileName()))));
    }

    private <T> void run(BackgroundTask<T> task, java.util.function.Consumer<T> onSuccess) {
        busy.set(true);
        error.set("");
        info.set("");
        executor.submit(task.onSuccess(onSuccess)
                .onFailure(failure -> SaveFailures.handle(failure, dialogs, this::reload, error::set))
                .onFinished(() -> busy.set(false)));
    }

    private void show(SplitSheetView view) {
        viewing.set(null);
        sheet.set(view);
        List<SplitVersionInfo> newestFirst = new java.util.ArrayList<>(view.history());
        java.util.Collections.reverse(newestFirst);
        versions.setAll(newestFirst);
        versionLines.setAll(newestFirst.stream().map(SplitLabels::version).toList());
        lines.setAll(view.parties().stream().map(SplitLineRow::of).toList());
        dirty.markClean();
    }

    private void showOld(SplitVersionView old) {
        viewing.set(old.info());
        lines.setAll(old.parties().stream().map(SplitLineRow::of).toList());
        dirty.markClean();
    }

    private String firstProblem() {
        for (int i = 0; i < lines.size(); i++) {
            String problem = lines.get(i).problem();
            if (problem != null) {
                return Messages.format("split.editor.lineProblem", i + 1, problem);
            }
        }
        if (totalState.get() == TotalState.OVER) {
            return Messages.format("validation.split.overHundred", total.get().toPlainString());
        }
        try {
            new SplitSheetDraft(sheet.get().kind(), lines.stream().map(SplitLineRow::toParty).toList()).checkSavable();
            return null;
        } catch (RuntimeException e) {
            return ErrorText.of(e);
        }
    }

    private static BigDecimal[] evenShares(int n) {
        List<SplitParty> parties = java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> new SplitParty(null, "p" + i, SplitRole.ARTIST, null, null, SplitShare.of(SplitShare.SMALLEST))).toList();
        return new SplitSheetDraft(SheetKind.MASTER, parties).splitEvenly().parties().stream()
                .map(p -> p.share().value()).toArray(BigDecimal[]::new);
    }

    private static List<Object> snapshot(SplitLineRow row) {
        return List.of(String.valueOf(row.userIdProperty().get()), row.nameProperty().get(),
                String.valueOf(row.roleProperty().get()), row.ipiProperty().get(), row.societyProperty().get(),
                row.shareProperty().get());
    }

    public ObservableList<SplitLineRow> lines() { return lines; }
    /** The versions as the list shows them, newest first: number, status, who, when, total. */
    public ObservableList<String> versionLines() { return versionLines; }
    /** "Master split sheet: Signal Fire". */
    public StringBinding headingProperty() { return heading; }
    /** "Version 3 · Agreed", or that none is saved yet. */
    public StringBinding statusProperty() { return statusText; }
    /** Whether an older version is shown. */
    public BooleanBinding viewingOldProperty() { return viewing.isNotNull(); }
    /** Every version, newest first. */
    public ObservableList<SplitVersionInfo> versions() { return versions; }
    public ReadOnlyObjectProperty<SplitSheetView> sheetProperty() { return sheet.getReadOnlyProperty(); }
    /** The older version shown read-only, null while the current one is shown. */
    public ReadOnlyObjectProperty<SplitVersionInfo> viewingProperty() { return viewing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty infoProperty() { return info.getReadOnlyProperty(); }
    public StringProperty noteProperty() { return note; }
    public ObjectBinding<BigDecimal> totalProperty() { return total; }
    public ObjectBinding<TotalState> totalStateProperty() { return totalState; }
    /** "Total 100.00% — complete", "Total 60.00% — 40.00% left to share", "Total 120.00% — 20.00% over". */
    public StringBinding totalTextProperty() { return totalText; }
    public BooleanBinding readOnlyProperty() { return readOnly; }
    public StringBinding readOnlyReasonProperty() { return readOnlyReason; }
    /** Why Save is disabled (empty when it is enabled). */
    public StringBinding saveReasonProperty() { return saveReason; }
    /** Why Mark agreed is disabled (empty when it is enabled). */
    public StringBinding agreeReasonProperty() { return agreeReason; }
    public StringBinding exportReasonProperty() { return exportReason; }
    public StringBinding splitEvenlyReasonProperty() { return splitEvenlyReason; }
    public BooleanBinding dirtyProperty() { return dirty.dirtyProperty(); }
}
