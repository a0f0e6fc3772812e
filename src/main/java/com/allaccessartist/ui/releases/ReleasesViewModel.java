package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;
import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.auth.ArtistAccess;
import com.allaccessartist.service.catalog.MediaService;
import com.allaccessartist.service.catalog.ReleaseFilter;
import com.allaccessartist.service.catalog.ReleaseRow;
import com.allaccessartist.service.catalog.ReleaseService;
import com.allaccessartist.service.splits.WorkService;
import com.allaccessartist.ui.common.ArtistSelection;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.LatestLoad;
import com.allaccessartist.ui.common.TaskExecutor;
import com.allaccessartist.ui.editing.EditorSlot;
import com.allaccessartist.ui.editing.UnsavedEditors;
import com.allaccessartist.ui.splits.SplitSheetOpener;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;

/**
 * The Releases section: the releases of the artist chosen in the toolbar, filtered by status
 * and type, newest or oldest first, searched by title, UPC or catalogue number; opening one (or a
 * new one) shows the release editor in its place, and leaving an editor with unsaved edits asks.
 */
public final class ReleasesViewModel implements UnsavedEditors.Guarded {

    /** The releases and what the person may do with them, loaded together. */
    private record Loaded(List<ReleaseRow> rows, ArtistAccess access) {
    }

    private final ReleaseService releases;
    private final MediaService media;
    private final AccessService access;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final CatalogueChanges changes;
    private final ArtistSelection selection;
    private final Clock clock;
    private final SplitSheetOpener sheets;
    private final WorkService works;
    private final ObservableList<ReleaseListRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ReleaseListRow> shown = new FilteredList<>(rows);
    private final ObservableSet<ReleaseStatus> statuses = FXCollections.observableSet();
    private final ObservableSet<ReleaseType> types = FXCollections.observableSet();
    private final BooleanProperty oldestFirst = new SimpleBooleanProperty(this, "oldestFirst");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyObjectWrapper<ArtistAccess> rights = new ReadOnlyObjectWrapper<>(this, "rights", ArtistAccess.NONE);
    private final EditorSlot<ReleaseEditorViewModel> editor = new EditorSlot<>(ReleaseEditorViewModel::leave);
    private final LatestLoad load;
    private final BooleanBinding noArtist;
    private final BooleanBinding empty;
    private final BooleanBinding filtered;
    private final BooleanBinding canCreate;
    private final StringBinding newReleaseReason;
    private final StringBinding heading;
    private final StringBinding count;
    private final StringBinding emptyTitle;
    private final StringBinding emptyMessage;

    public ReleasesViewModel(ReleaseService releases, MediaService media, AccessService access, TaskExecutor executor,
                             DialogService dialogs, CatalogueChanges changes, ArtistSelection selection, Clock clock) {
        this(releases, media, access, executor, dialogs, changes, selection, clock, SplitSheetOpener.NONE, null);
    }

    /**
     * @param sheets opens a track's split-sheet editor in its own window
     * @param works  finds the work a track's recording is linked to (its publishing sheet)
     */
    public ReleasesViewModel(ReleaseService releases, MediaService media, AccessService access, TaskExecutor executor,
                             DialogService dialogs, CatalogueChanges changes, ArtistSelection selection, Clock clock,
                             SplitSheetOpener sheets, WorkService works) {
        this.sheets = sheets;
        this.works = works;
        this.releases = releases;
        this.media = media;
        this.access = access;
        this.executor = executor;
        this.dialogs = dialogs;
        this.changes = changes;
        this.selection = selection;
        this.clock = clock;
        this.load = new LatestLoad(executor);
        noArtist = selection.currentProperty().isNull();
        empty = Bindings.createBooleanBinding(() -> loaded.get() && shown.isEmpty() && !noArtist.get(), loaded, shown, noArtist);
        filtered = Bindings.createBooleanBinding(() -> !statuses.isEmpty() || !types.isEmpty() || !search.get().isBlank(),
                statuses, types, search);
        canCreate = Bindings.createBooleanBinding(() -> !noArtist.get() && rights.get().manageReleases(), noArtist, rights);
        newReleaseReason = Bindings.createStringBinding(() -> noArtist.get() ? Messages.get("releases.noArtist.title")
                : rights.get().manageReleases() ? "" : Messages.get("release.readOnly.noRights"), noArtist, rights);
        heading = Bindings.createStringBinding(() -> selection.current() == null ? Messages.get("releases.title")
                : Messages.format("releases.titleOf", selection.current().name()), selection.currentProperty());
        count = Bindings.createStringBinding(() -> !loaded.get() ? "" : shown.size() == rows.size()
                ? Messages.format("releases.count", rows.size())
                : Messages.format("releases.countFiltered", shown.size(), rows.size()),
                loaded, shown, rows);
        emptyTitle = Bindings.createStringBinding(() -> Messages.get(filtered.get() ? "releases.empty.filtered.title"
                : "releases.empty.title"), filtered);
        emptyMessage = Bindings.createStringBinding(() -> Messages.get(filtered.get() ? "releases.empty.filtered.message"
                : canCreate.get() ? "releases.empty.message" : "releases.empty.readOnly"), filtered, canCreate);
        selection.currentProperty().addListener((observable, old, artist) -> refresh());
        changes.versionProperty().addListener((observable, old, version) -> refresh());
        statuses.addListener((SetChangeListener<ReleaseStatus>) change -> refresh());
        types.addListener((SetChangeListener<ReleaseType>) change -> refresh());
        oldestFirst.addListener(observable -> refresh());
        search.addListener((observable, old, text) -> shown.setPredicate(row -> row.matches(text)));
    }

    /** Loads the chosen artist's releases again (nothing to load without an artist). */
    public void refresh() {
        ArtistSelection.Choice artist = selection.current();
        if (artist == null) {
            load.cancel();
            rows.clear();
            rights.set(ArtistAccess.NONE);
            loaded.set(false);
            return;
        }
        ReleaseFilter filter = new ReleaseFilter(Set.copyOf(statuses), Set.copyOf(types), oldestFirst.get());
        load.load(context -> new Loaded(releases.releasesOf(artist.id(), filter), access.onArtist(artist.id())), result -> {
            rows.setAll(result.rows().stream().map(ReleaseListRow::of).toList());
            rights.set(result.access());
            loaded.set(true);
        });
    }

    /** Opens the editor on a new release of the chosen artist. */
    public void newRelease() {
        ArtistSelection.Choice artist = selection.current();
        if (artist != null && canCreate.get()) {
            editor.show(() -> {
                ReleaseEditorViewModel created = newEditor();
                created.startNew(artist.id(), artist.name(), rights.get());
                return created;
            });
        }
    }

    /** Opens the editor on a release of the list. */
    public void open(ReleaseListRow row) {
        if (row != null) {
            editor.open(executor, context -> releases.get(row.id()), details -> {
                ReleaseEditorViewModel opened = newEditor();
                opened.load(details);
                return opened;
            }, dialogs::showError);
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

    /**
     * Deletes a release of the list after the person confirms (archived releases are kept: the
     * service refuses them).
     */
    public void delete(ReleaseListRow row) {
        if (row == null || !canCreate.get() || !dialogs.confirm(Messages.get("releases.delete.title"),
                Messages.format("releases.delete.message", row.title()), Messages.get("releases.delete.confirm"))) {
            return;
        }
        executor.submit(BackgroundTask.running(context -> releases.delete(row.id(), releases.get(row.id()).version()))
                .onSuccess(done -> changes.changed())
                .onFailure(dialogs::showError));
    }

    @Override
    public void leave(Runnable then) {
        leaveEditorThen(then);
    }

    /** Whether an editor with unsaved edits is open (closing the window or signing out asks first). */
    @Override
    public boolean hasUnsavedChanges() {
        return editor.get() != null && editor.get().isDirty() && !editor.get().header().readOnlyProperty().get();
    }

    private ReleaseEditorViewModel newEditor() {
        return new ReleaseEditorViewModel(releases, media, executor, dialogs, changes, clock, sheets, works);
    }

    public ObservableList<ReleaseListRow> rows() { return shown; }
    public ObservableSet<ReleaseStatus> statuses() { return statuses; }
    public ObservableSet<ReleaseType> types() { return types; }
    public BooleanProperty oldestFirstProperty() { return oldestFirst; }
    public StringProperty searchProperty() { return search; }
    public ReadOnlyBooleanProperty loadingProperty() { return load.loadingProperty(); }
    public ReadOnlyStringProperty errorProperty() { return load.errorProperty(); }
    public ReadOnlyObjectProperty<ReleaseEditorViewModel> editorProperty() { return editor.property(); }
    /** No artist is chosen: the screen asks to choose one. */
    public BooleanBinding noArtistProperty() { return noArtist; }
    /** The chosen artist has no release matching the filters. */
    public BooleanBinding emptyProperty() { return empty; }
    /** Filters or a search narrow the list (an empty list then says so, not "no releases yet"). */
    public BooleanBinding filteredProperty() { return filtered; }
    public BooleanBinding canCreateProperty() { return canCreate; }
    /** Why New release is disabled (no artist chosen, no right to manage its releases); empty when it is not. */
    public StringBinding newReleaseReasonProperty() { return newReleaseReason; }
    public StringBinding headingProperty() { return heading; }
    /** "12 releases" (or "3 of 12 releases" while searching), empty before loading. */
    public StringBinding countProperty() { return count; }
    public StringBinding emptyTitleProperty() { return emptyTitle; }
    public StringBinding emptyMessageProperty() { return emptyMessage; }
}
