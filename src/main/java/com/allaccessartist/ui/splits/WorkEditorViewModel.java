package com.allaccessartist.ui.splits;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.Iswc;
import com.allaccessartist.service.catalog.InvalidFieldException;
import com.allaccessartist.service.splits.SplitSubject;
import com.allaccessartist.service.splits.WorkDetails;
import com.allaccessartist.service.splits.WorkDraft;
import com.allaccessartist.service.splits.WorkService;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.FieldCheck;
import com.allaccessartist.ui.common.TaskExecutor;
import com.allaccessartist.ui.editing.DirtyTracker;
import com.allaccessartist.ui.editing.LeaveChoice;
import com.allaccessartist.ui.editing.SaveFailures;
import com.allaccessartist.ui.editing.UnsavedEditors;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The work editor: title and ISWC (checked as typed by the domain's {@link Iswc}, shown in its
 * display form once entered; a code another work holds is refused at the field when saving), the
 * recordings of the work with Link recording… and Unlink, and the work's publishing split sheet.
 * Saving is one service call off the FX thread; a stale save is explained and may be reloaded.
 * Whatever the person may not do (no manage_songs, work not saved yet) is disabled with the reason.
 */
public final class WorkEditorViewModel implements UnsavedEditors.Guarded {

    private record Form(String title, String iswc) {
    }

    private final WorkService works;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final CatalogueChanges changes;
    private final SplitSheetOpener sheets;
    private final RecordingChooser chooser;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty iswc = new SimpleStringProperty(this, "iswc", "");
    private final ReadOnlyStringWrapper titleRefusal = new ReadOnlyStringWrapper(this, "titleRefusal", "");
    private final ReadOnlyStringWrapper iswcRefusal = new ReadOnlyStringWrapper(this, "iswcRefusal", "");
    private final FieldCheck titleCheck;
    private final FieldCheck iswcCheck;
    private final ObservableList<RecordingItem> recordings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<WorkDetails> work = new ReadOnlyObjectWrapper<>(this, "work");
    private final ObjectProperty<RecordingItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper mayEdit = new ReadOnlyBooleanWrapper(this, "mayEdit");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final DirtyTracker<Form> dirty;
    private final StringBinding readOnlyReason;
    private final StringBinding saveReason;
    private final StringBinding linkReason;
    private final StringBinding unlinkReason;
    private final StringBinding savedFirstReason;
    private final StringBinding heading;
    private UUID artistId;
    private String artistName = "";

    public WorkEditorViewModel(WorkService works, TaskExecutor executor, DialogService dialogs, CatalogueChanges changes,
                               SplitSheetOpener sheets) {
        this.works = works;
        this.executor = executor;
        this.dialogs = dialogs;
        this.changes = changes;
        this.sheets = sheets;
        this.chooser = new RecordingChooser(works, executor);
        titleCheck = new FieldCheck(title, () -> !titleRefusal.get().isEmpty() ? titleRefusal.get()
                : title.get().isBlank() ? Messages.get("validation.work.title.empty")
                : title.get().strip().length() > WorkService.MAX_TITLE
                ? Messages.format("validation.work.title.tooLong", WorkService.MAX_TITLE) : "", titleRefusal);
        iswcCheck = new FieldCheck(iswc, () -> !iswcRefusal.get().isEmpty() ? iswcRefusal.get()
                : iswc.get().isBlank() ? "" : FieldCheck.throwing(() -> Iswc.parse(iswc.get())).get(), iswcRefusal);
        title.addListener(o -> titleRefusal.set(""));
        iswc.addListener(o -> iswcRefusal.set(""));
        dirty = new DirtyTracker<>(() -> new Form(title.get().strip(), normalized(iswc.get())), title, iswc);
        readOnlyReason = Bindings.createStringBinding(() -> mayEdit.get() ? "" : Messages.get("works.editor.noRight"), mayEdit);
        saveReason = Bindings.createStringBinding(() -> !readOnlyReason.get().isEmpty() ? readOnlyReason.get()
                : busy.get() ? Messages.get("works.editor.busy")
                : !dirty.isDirty() ? Messages.get("split.editor.nothingToSave")
                : !titleCheck.isValid() ? titleCheck.errorProperty().get()
                : !iswcCheck.isValid() ? iswcCheck.errorProperty().get() : "",
                readOnlyReason, busy, dirty.dirtyProperty(), titleCheck.errorProperty(), iswcCheck.errorProperty());
        savedFirstReason = Bindings.createStringBinding(() -> work.get() == null ? Messages.get("works.editor.saveFirst") : "",
                work);
        linkReason = Bindings.createStringBinding(() -> !readOnlyReason.get().isEmpty() ? readOnlyReason.get()
                : savedFirstReason.get(), readOnlyReason, savedFirstReason);
        unlinkReason = Bindings.createStringBinding(() -> !linkReason.get().isEmpty() ? linkReason.get()
                : selected.get() == null ? Messages.get("works.editor.chooseToUnlink") : "", linkReason, selected);
        heading = Bindings.createStringBinding(() -> work.get() == null ? Messages.get("works.editor.newTitle")
                : work.get().title(), work);
    }

    /** A new work of the artist (with {@code mayCreate}: the person's manage_songs on it). */
    public void startNew(UUID artist, String name, boolean mayCreate) {
        artistId = artist;
        artistName = name;
        work.set(null);
        mayEdit.set(mayCreate);
        recordings.clear();
        fill("", "");
    }

    /** A saved work, as the service returned it. */
    public void load(WorkDetails details) {
        artistId = details.artistId();
        artistName = details.artistName() == null ? "" : details.artistName();
        work.set(details);
        mayEdit.set(details.mayEdit());
        recordings.setAll(details.songs().stream().map(song -> RecordingItem.of(song, details.id(), details.title())).toList());
        fill(details.title(), details.iswcFormatted() == null ? "" : details.iswcFormatted());
    }

    private void fill(String titleText, String iswcText) {
        chooser.close();
        error.set("");
        title.set(titleText);
        iswc.set(iswcText);
        titleCheck.reset();
        iswcCheck.reset();
        dirty.markClean();
    }

    /** The ISWC as typed is shown in its display form (T-034.524.680-1) once it is valid. */
    public void commitIswc() {
        if (Iswc.isValid(iswc.get())) {
            iswc.set(Iswc.parse(iswc.get()).formatted());
        }
    }

    /** Saves the title and ISWC (creating the work if it is new). */
    public void save() {
        save(saved -> { });
    }

    private void save(Consumer<WorkDetails> then) {
        if (!saveReason.get().isEmpty()) {
            titleCheck.reveal();
            iswcCheck.reveal();
            return;
        }
        WorkDetails current = work.get();
        UUID artist = artistId;
        WorkDraft draft = new WorkDraft(title.get(), iswc.get());
        run(BackgroundTask.of(context -> current == null ? works.create(artist, draft)
                : works.save(current.id(), current.version(), draft)), saved -> {
            load(saved);
            info.set(Messages.get("works.editor.saved"));
            changes.changed();
            then.accept(saved);
        });
    }

    /** Reads the work again, dropping unsaved edits (after someone else saved first). */
    public void reload() {
        WorkDetails current = work.get();
        if (current != null) {
            run(BackgroundTask.of(context -> works.get(current.id())), this::load);
        }
    }

    /** Link recording…: offers the artist's recordings not linked to this work yet. */
    public void chooseRecording() {
        if (linkReason.get().isEmpty()) {
            chooser.show(artistId, artistName, work.get().id());
        }
    }

    /** Closes Link recording… without linking. */
    public void cancelChoosing() {
        chooser.close();
    }

    /** Links the chosen recording to this work (moving it from any other work). */
    public void link(RecordingItem item) {
        if (item == null || !linkReason.get().isEmpty()) {
            return;
        }
        UUID workId = work.get().id();
        chooser.choose(item, chosen -> run(BackgroundTask.of(context -> works.linkSong(workId, chosen.songId())), linked -> {
            keepEdits(linked);
            changes.changed();
        }));
    }

    /** Unlinks the selected recording from this work after the person confirms. */
    public void unlinkSelected() {
        unlink(selected.get());
    }

    /** Unlinks a recording from this work after the person confirms. */
    public void unlink(RecordingItem item) {
        if (item == null || !linkReason.get().isEmpty() || !dialogs.confirm(Messages.get("works.unlink.title"),
                Messages.format("works.unlink.message", item.title(), work.get().title()), Messages.get("works.editor.unlink"))) {
            return;
        }
        UUID workId = work.get().id();
        run(BackgroundTask.of(context -> {
            works.unlinkSong(item.songId());
            return works.get(workId);
        }), unlinked -> {
            keepEdits(unlinked);
            changes.changed();
        });
    }

    /** Publishing split sheet…: opens the editor of this work's sheet. */
    public void openPublishingSheet() {
        if (work.get() != null) {
            sheets.open(SplitSubject.work(work.get().id()), changes::changed);
        }
    }

    @Override
    public boolean hasUnsavedChanges() {
        return dirty.isDirty() && mayEdit.get();
    }

    @Override
    public void leave(Runnable then) {
        if (!hasUnsavedChanges()) {
            then.run();
            return;
        }
        switch (LeaveChoice.ask(dialogs, heading.get(), titleCheck.isValid() && iswcCheck.isValid())) {
            case SAVE -> save(saved -> then.run());
            case DISCARD -> then.run();
            case STAY -> { }
        }
    }

    /** The work's recordings after a link or unlink; the title and ISWC being typed stay. */
    private void keepEdits(WorkDetails details) {
        WorkDetails before = work.get();
        String typedTitle = title.get();
        String typedIswc = iswc.get();
        boolean wasDirty = dirty.isDirty();
        load(details);
        if (wasDirty && before != null) {
            title.set(typedTitle);
            iswc.set(typedIswc);
        }
    }

    private <T> void run(BackgroundTask<T> task, Consumer<T> onSuccess) {
        busy.set(true);
        error.set("");
        info.set("");
        executor.submit(task.onSuccess(onSuccess)
                .onFailure(this::failed)
                .onFinished(() -> busy.set(false)));
    }

    private void failed(Throwable failure) {
        if (failure instanceof InvalidFieldException refusal && "iswc".equals(refusal.field())) {
            iswcRefusal.set(refusal.getLocalizedMessage());
            iswcCheck.reveal();
        } else if (failure instanceof InvalidFieldException refusal && "title".equals(refusal.field())) {
            titleRefusal.set(refusal.getLocalizedMessage());
            titleCheck.reveal();
        }
        SaveFailures.handle(failure, dialogs, this::reload, error::set);
    }

    private static String normalized(String typed) {
        return typed == null || typed.isBlank() ? "" : Iswc.isValid(typed) ? Iswc.parse(typed).value() : typed.strip();
    }

    public StringProperty titleProperty() { return title; }
    public StringProperty iswcProperty() { return iswc; }
    public FieldCheck titleCheck() { return titleCheck; }
    public FieldCheck iswcCheck() { return iswcCheck; }
    /** The recordings of the work the person may see: song, release, artist. */
    public ObservableList<RecordingItem> recordings() { return recordings; }
    public RecordingChooser chooser() { return chooser; }
    /** The saved work, null while it is new. */
    public ReadOnlyObjectProperty<WorkDetails> workProperty() { return work.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty infoProperty() { return info.getReadOnlyProperty(); }
    public BooleanBinding dirtyProperty() { return dirty.dirtyProperty(); }
    public boolean isDirty() { return dirty.isDirty(); }
    public StringBinding headingProperty() { return heading; }
    /** Why the form is read-only (no manage_songs), empty when it may be edited. */
    public StringBinding readOnlyReasonProperty() { return readOnlyReason; }
    /** Why Save is disabled, empty when it is enabled. */
    public StringBinding saveReasonProperty() { return saveReason; }
    /** Why Link recording… and Unlink are disabled, empty when they are enabled. */
    public StringBinding linkReasonProperty() { return linkReason; }
    /** Why Unlink is disabled (as Link, or no recording selected), empty when it is enabled. */
    public StringBinding unlinkReasonProperty() { return unlinkReason; }
    /** The recording selected in the list (Unlink acts on it). */
    public ObjectProperty<RecordingItem> selectedProperty() { return selected; }
    /** Why Publishing split sheet… is disabled (the work is not saved yet), empty when enabled. */
    public StringBinding publishingReasonProperty() { return savedFirstReason; }
}
