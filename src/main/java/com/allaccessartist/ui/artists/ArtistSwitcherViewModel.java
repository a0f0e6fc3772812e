package com.allaccessartist.ui.artists;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.catalog.ArtistQuery;
import com.allaccessartist.service.catalog.ArtistRow;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.service.catalog.ArtistSort;
import com.allaccessartist.ui.common.ArtistSelection;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.ErrorText;
import com.allaccessartist.ui.common.TaskExecutor;
import com.allaccessartist.ui.editing.Debouncer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The artist switcher of the main window's toolbar: type-ahead over the artists the person may
 * see (the service shows no others), searched in the background once typing pauses, the latest
 * search winning. Choosing one makes it the session's artist ({@link ArtistSelection}).
 */
public final class ArtistSwitcherViewModel {

    /** How many matches the switcher lists; typing narrows them. */
    public static final int LIMIT = 50;

    private final ArtistService artists;
    private final ArtistSelection selection;
    private final TaskExecutor executor;
    private final Debouncer typing;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<ArtistChoiceItem> matches = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final StringBinding buttonText;
    private long generation;

    public ArtistSwitcherViewModel(ArtistService artists, ArtistSelection selection, TaskExecutor executor,
                                   Debouncer typing, CatalogueChanges changes) {
        this.artists = artists;
        this.selection = selection;
        this.executor = executor;
        this.typing = typing;
        buttonText = Bindings.createStringBinding(() -> selection.current() == null
                ? Messages.get("switcher.none") : selection.current().name(), selection.currentProperty());
        query.addListener(observable -> typing.schedule(this::search));
        changes.versionProperty().addListener(observable -> matches.clear());
    }

    /** The switcher opens: the first artists by name until the person types. */
    public void open() {
        if (query.get().isEmpty()) {
            search();
        } else {
            query.set("");
        }
    }

    /** Searches the typed text now, in the background; an older search's answer is dropped. */
    public void search() {
        long current = ++generation;
        String text = query.get() == null || query.get().isBlank() ? null : query.get().strip();
        ArtistQuery request = new ArtistQuery(text, null, null, null, null, null, ArtistSort.NAME, false, 0, LIMIT);
        searching.set(true);
        executor.submit(BackgroundTask.of(context -> artists.search(request))
                .onSuccess(page -> {
                    if (current == generation) {
                        matches.setAll(page.rows().stream().map(ArtistSwitcherViewModel::choice).toList());
                        status.set(page.total() == 0 ? Messages.get("switcher.noMatch")
                                : page.total() > page.rows().size() ? Messages.format("switcher.more", page.rows().size(), page.total())
                                : "");
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        matches.clear();
                        status.set(ErrorText.of(failure));
                    }
                })
                .onFinished(() -> {
                    if (current == generation) {
                        searching.set(false);
                    }
                }));
    }

    private static ArtistChoiceItem choice(ArtistRow row) {
        String detail = Stream.of(ArtistFilters.typeLabel(row.type()), row.genre(), row.organizationName())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" \u00b7 "));
        return new ArtistChoiceItem(row.id(), row.name(), detail);
    }

    /** Makes {@code item} the artist being worked on. */
    public void choose(ArtistChoiceItem item) {
        if (item != null) {
            selection.choose(new ArtistSelection.Choice(item.id(), item.name()));
        }
    }

    /** Whether {@code item} is the artist being worked on. */
    public boolean isCurrent(ArtistChoiceItem item) {
        return item != null && selection.current() != null && selection.current().id().equals(item.id());
    }

    public StringProperty queryProperty() { return query; }
    public ObservableList<ArtistChoiceItem> matches() { return matches; }
    public ReadOnlyBooleanProperty searchingProperty() { return searching.getReadOnlyProperty(); }
    /** "No artist matches", "the first 50 of 1,234", or why the search failed. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** The chosen artist's name, or "Choose an artist". */
    public StringBinding buttonTextProperty() { return buttonText; }
}
