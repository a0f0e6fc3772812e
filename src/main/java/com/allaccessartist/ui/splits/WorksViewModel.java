package com.allaccessartist.ui.splits;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.auth.ArtistAccess;
import com.allaccessartist.service.splits.SplitSubject;
import com.allaccessartist.service.splits.WorkRow;
import com.allaccessartist.service.splits.WorkService;
import com.allaccessartist.ui.common.ArtistSelection;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.LatestLoad;
import com.allaccessartist.ui.common.TaskExecutor;
import com.allaccessartist.ui.editing.EditorSlot;
import com.allaccessartist.ui.editing.UnsavedEditors;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Works section: the works of the artist chosen in the toolbar (title, ISWC, recordings,
 * publishing sheet), searched by title or ISWC; New work and opening one show the work editor in
 * the list's place, and leaving an editor with unsaved edits asks. Works are not deleted (the
 * catalogue keeps a composition once registered). The publishing split sheet of a work opens from
 * the list too.
 */
public final class WorksViewModel implements UnsavedEditors.Guarded {

    private record Loaded(List<WorkRow> rows, ArtistAccess access) {
    }

    private final WorkService works;
    private final AccessService access;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final CatalogueChanges changes;
    private final ArtistSelection selection;
    private final SplitSheetOpener sheets;
    private final ObservableList<WorkListRow> rows = FXCollections.observableArrayList();
    private final FilteredList<WorkListRow> shown = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyObjectWrapper<ArtistAccess> rights = new ReadOnlyObjectWrapper<>(this, "rights", ArtistAccess.NONE);
    private final EditorSlot<WorkEditorViewModel> editor = new EditorSlot<>(WorkEditorViewModel::leave);
    private final LatestLoad load;
    private final BooleanBinding noArtist;
    private final BooleanBinding empty;
    private final StringBinding newReason;
    private final StringBinding heading;

    public WorksViewModel(WorkService works, AccessService access, TaskExecutor executor, DialogService dialogs,
                          CatalogueChanges changes, ArtistSelection selection, SplitSheetOpener sheets) {
        this.works = works;
        this.access = access;
        this.executor = executor;
        this.dialogs = dialogs;
        this.changes = changes;
        this.selection = selection;
        this.sheets = sheets;
        this.load = new LatestLoad(executor);
        noArtist = selection.currentProperty().isNull();
        empty = Bindings.createBooleanBinding(() -> loaded.get() && shown.isEmpty() && !noArtist.get(), loaded, shown, noArtist);
        newReason = Bindings.createStringBinding(() -> noArtist.get() ? Messages.get("works.chooseArtist")
                : !rights.get().manageSongs() ? Messages.get("works.editor.noRight") : "", noArtist, rights);
        heading = Bindings.createStringBinding(() -> selection.current() == null ? Messages.get("works.title")
                : Messages.format("works.titleOf", selection.current().name()), selection.currentProperty());
        selection.currentProperty().addListener((o, old, artist) -> refresh());
        changes.versionProperty().addListener((o, old, version) -> refresh());
        search.addListener((o, old, text) -> shown.setPredicate(row -> row.matches(text)));
    }

    /** Loads the chosen artist's works again (nothing to load without an artist). */
    public void refresh() {
        ArtistSelection.Choice artist = selection.current();
        if (artist == null) {
            load.cancel();
            rows.clear();
            rights.set(ArtistAccess.NONE);
            loaded.set(false);
            return;
        }
        load.load(context -> new Loaded(works.worksOf(artist.id()), access.onArtist(artist.id())), result -> {
            rows.setAll(result.rows().stream().map(WorkListRow::of).toList());
            rights.set(result.access());
            loaded.set(true);
        });
    }

    /** New work: the editor on a new work of the chosen artist. */
    public void newWork() {
        ArtistSelection.Choice artist = selection.current();
        if (artist != null && newReason.get().isEmpty()) {
            editor.show(() -> {
                WorkEditorViewModel created = newEditor();
                created.startNew(artist.id(), artist.name(), true);
                return created;
            });
        }
    }

    /** Opens the editor on a work of the list. */
    public void open(WorkListRow row) {
        if (row != null) {
            editor.open(executor, context -> works.get(row.id()), details -> {
                WorkEditorViewModel opened = newEditor();
                opened.load(details);
                return opened;
            }, dialogs::showError);
        }
    }

    /** Publishing split sheet… of a work of the list. */
    public void openPublishingSheet(WorkListRow row) {
        if (row != null) {
            sheets.open(SplitSubject.work(row.id()), changes::changed);
        }
    }

    /** Back to the list; with unsaved edits the person chooses to save, discard or stay. */
    public void closeEditor() {
        leaveEditorThen(() -> { });
    }

    /** Runs {@code then} once the open editor (if any) is left: at once, after saving, or never if the person stays. */
    public void leaveEditorThen(Runnable then) {
        editor.leaveThen(then);
    }

    @Override
    public void leave(Runnable then) {
        leaveEditorThen(then);
    }

    @Override
    public boolean hasUnsavedChanges() {
        return editor.get() != null && editor.get().hasUnsavedChanges();
    }

    private WorkEditorViewModel newEditor() {
        return new WorkEditorViewModel(works, executor, dialogs, changes, sheets);
    }

    public ObservableList<WorkListRow> rows() { return shown; }
    public StringProperty searchProperty() { return search; }
    public ReadOnlyBooleanProperty loadingProperty() { return load.loadingProperty(); }
    public ReadOnlyStringProperty errorProperty() { return load.errorProperty(); }
    public ReadOnlyObjectProperty<WorkEditorViewModel> editorProperty() { return editor.property(); }
    public ReadOnlyObjectProperty<ArtistAccess> rightsProperty() { return rights.getReadOnlyProperty(); }
    /** No artist is chosen: the screen asks to choose one. */
    public BooleanBinding noArtistProperty() { return noArtist; }
    /** The chosen artist has no work (matching the search). */
    public BooleanBinding emptyProperty() { return empty; }
    /** Why New work is disabled (no artist, or no manage_songs), empty when it is enabled. */
    public StringBinding newReasonProperty() { return newReason; }
    public StringBinding headingProperty() { return heading; }
}
