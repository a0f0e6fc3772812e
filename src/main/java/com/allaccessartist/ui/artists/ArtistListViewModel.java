package com.allaccessartist.ui.artists;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.CancellationToken;
import com.allaccessartist.service.CancelledException;
import com.allaccessartist.service.catalog.ArtistPage;
import com.allaccessartist.service.catalog.ArtistQuery;
import com.allaccessartist.service.catalog.ArtistRow;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.service.catalog.ArtistSort;
import com.allaccessartist.service.catalog.OrganizationService;
import com.allaccessartist.ui.common.ArtistSelection;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.ErrorText;
import com.allaccessartist.ui.common.TaskExecutor;
import com.allaccessartist.ui.editing.Debouncer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Artists list: search as you type (debounced, run in the background, the latest query
 * wins), filters, server-side sort, and rows loaded page by page as they are shown
 * ({@link ArtistRows}), with the number of matches. Choosing a row makes it the session's
 * artist. Exports the current view (same filters and order, every page) to CSV with progress and
 * Cancel. Reloads whenever the catalogue changes.
 */
public final class ArtistListViewModel {

    private final ArtistService artists;
    private final OrganizationService organizations;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ArtistSelection selection;
    private final Debouncer typing;
    private final Path exportFolder;
    private final Clock clock;
    private final ArtistFilters filters = new ArtistFilters();
    private final ArtistRows rows = new ArtistRows(this::loadPage);
    private final ObjectProperty<ArtistItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyIntegerWrapper chosenIndex = new ReadOnlyIntegerWrapper(this, "chosenIndex", -1);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final StringBinding countText = Bindings.createStringBinding(
            () -> loaded.get() ? Messages.format("artists.count", total.get()) : "", total, loaded);
    private ArtistQuery activeQuery = ArtistQuery.all(ArtistRows.PAGE_SIZE);
    private long generation;

    /**
     * @param typing       waits for a pause in typing before searching
     * @param exportFolder where the CSV file chooser starts
     */
    public ArtistListViewModel(ArtistService artists, OrganizationService organizations, TaskExecutor executor,
                               DialogService dialogs, ArtistSelection selection, CatalogueChanges changes,
                               Debouncer typing, Path exportFolder, Clock clock) {
        this.artists = artists;
        this.organizations = organizations;
        this.executor = executor;
        this.dialogs = dialogs;
        this.selection = selection;
        this.typing = typing;
        this.exportFolder = exportFolder;
        this.clock = clock;
        filters.textProperty().addListener(observable -> typing.schedule(this::refresh));
        for (Observable filter : filters.filterValues()) {
            filter.addListener(observable -> refresh());
        }
        changes.versionProperty().addListener(observable -> {
            refresh();
            loadOrganizations();
        });
        selected.addListener((o, old, item) -> {
            if (item != null) {
                selection.choose(new ArtistSelection.Choice(item.id(), item.name()));
            }
        });
        selection.currentProperty().addListener((o, old, choice) -> showChosen());
    }

    /** First load: the organizations to filter by and the first page. */
    public void start() {
        loadOrganizations();
        refresh();
    }

    private void loadOrganizations() {
        executor.submit(BackgroundTask.of(context -> organizations.list(true))
                .onSuccess(list -> filters.setOrganizations(list.stream()
                        .map(o -> new FilterChoice<>(o.id(), o.name())).toList()))
                .onFailure(failure -> error.set(ErrorText.of(failure))));
    }

    /** Runs the current query again in the background; an answer to an older query is dropped. */
    public void refresh() {
        long current = ++generation;
        ArtistQuery query = filters.query(ArtistRows.PAGE_SIZE);
        loading.set(true);
        executor.submit(BackgroundTask.of(context -> artists.search(query))
                .onSuccess(page -> {
                    if (current == generation) {
                        activeQuery = query;
                        error.set("");
                        total.set(page.total());
                        rows.reset(current, page.total(), items(page));
                        loaded.set(true);
                        showChosen();
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        error.set(ErrorText.of(failure));
                    }
                })
                .onFinished(() -> {
                    if (current == generation) {
                        loading.set(false);
                    }
                }));
    }

    private void loadPage(long forGeneration, int page) {
        ArtistQuery query = activeQuery.withPage(page * ArtistRows.PAGE_SIZE, ArtistRows.PAGE_SIZE);
        executor.submit(BackgroundTask.of(context -> artists.search(query))
                .onSuccess(result -> rows.pageLoaded(forGeneration, page, items(result)))
                .onFailure(failure -> {
                    rows.pageFailed(forGeneration, page);
                    error.set(ErrorText.of(failure));
                }));
    }

    private static List<ArtistItem> items(ArtistPage page) {
        return page.rows().stream().map(ArtistListViewModel::item).toList();
    }

    static ArtistItem item(ArtistRow r) {
        return new ArtistItem(r.id(), r.name(), r.slug(), r.type(), ArtistFilters.typeLabel(r.type()),
                r.genre() == null ? "" : r.genre(), r.location() == null ? "" : r.location(),
                r.organizationName() == null ? "" : r.organizationName(), r.isPublic(), r.verified(), r.active(),
                r.releases(), r.updatedAt());
    }

    /** Sorts by a column (the table's header); the database sorts, so every page follows. */
    public void sortBy(ArtistSort sort, boolean descending) {
        ArtistSort column = sort == null ? ArtistSort.NAME : sort;
        if (column != filters.sortProperty().get() || descending != filters.descendingProperty().get()) {
            filters.sortProperty().set(column);
            filters.descendingProperty().set(descending);
            refresh();
        }
    }

    private void showChosen() {
        ArtistSelection.Choice choice = selection.current();
        chosenIndex.set(choice == null ? -1 : rows.indexOfArtist(choice.id()));
    }

    /** Writes the current view (every matching artist, in this order) to a CSV file the person chooses. */
    public void exportCsv() {
        if (exporting.get()) {
            return;
        }
        DialogService.FileType csv = new DialogService.FileType(Messages.get("file.type.csv"), "*.csv");
        String name = "artists-" + LocalDate.now(clock) + ".csv";
        dialogs.chooseFileToSave(Messages.get("artists.export.choose"), exportFolder, name, csv).ifPresent(this::export);
    }

    private void export(Path file) {
        ArtistQuery query = activeQuery.withPage(0, ArtistRows.PAGE_SIZE);
        CancellationToken cancel = new CancellationToken();
        DialogService.ProgressHandle progress = dialogs.showProgress(Messages.get("artists.export.title"), cancel::cancel);
        exporting.set(true);
        executor.submit(BackgroundTask.of(context -> artists.exportCsv(query, file, context.progress(), context.cancellation()))
                .cancellation(cancel)
                .onProgress(progress::update)
                .onSuccess(count -> {
                    progress.close();
                    dialogs.showInfo(Messages.get("artists.export.title"),
                            Messages.format("artists.export.done", count, file.toString()));
                })
                .onFailure(failure -> {
                    progress.close();
                    if (failure instanceof CancelledException) {
                        dialogs.showInfo(Messages.get("artists.export.title"), failure.getLocalizedMessage());
                    } else {
                        dialogs.showError(failure);
                    }
                })
                .onFinished(() -> exporting.set(false)));
    }

    public ArtistFilters filters() { return filters; }
    public ArtistRows rows() { return rows; }
    public ObjectProperty<ArtistItem> selectedProperty() { return selected; }
    /** The row of the session's artist among the loaded rows, or -1. */
    public ReadOnlyIntegerProperty chosenIndexProperty() { return chosenIndex.getReadOnlyProperty(); }
    public ReadOnlyLongProperty totalProperty() { return total.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty exportingProperty() { return exporting.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** "1,234 artists": how many match the search and filters. */
    public StringBinding countTextProperty() { return countText; }
    /** The query the rows show (for tests and the export). */
    public ArtistQuery activeQuery() { return activeQuery; }
}
