package com.allaccessartist.ui.splits;

import com.allaccessartist.service.splits.WorkService;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.ErrorText;
import com.allaccessartist.ui.common.TaskExecutor;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * "Link recording…" of the work editor: the artist's recordings the person may see, other than
 * those already linked to this work, searched as the person types (title, ISRC, release); each
 * names the work it is linked to now, if any.
 */
public final class RecordingChooser {

    private final WorkService works;
    private final TaskExecutor executor;
    private final ObservableList<RecordingItem> all = FXCollections.observableArrayList();
    private final FilteredList<RecordingItem> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    RecordingChooser(WorkService works, TaskExecutor executor) {
        this.works = works;
        this.executor = executor;
        search.addListener((o, old, text) -> shown.setPredicate(item -> item.matches(text)));
    }

    /** Shows the recordings of {@code artistId} (named {@code artistName}) not linked to {@code workId}. */
    void show(UUID artistId, String artistName, UUID workId) {
        open.set(true);
        search.set("");
        all.clear();
        error.set("");
        loading.set(true);
        executor.submit(BackgroundTask.of(context -> works.recordingsOf(artistId))
                .onSuccess(recordings -> all.setAll(recordings.stream().filter(r -> !workId.equals(r.workId()))
                        .map(r -> RecordingItem.of(r, artistName)).toList()))
                .onFailure(failure -> error.set(ErrorText.of(failure)))
                .onFinished(() -> loading.set(false)));
    }

    /** Closes the chooser; {@code chosen} gets the recording picked (none when cancelled). */
    void close() {
        open.set(false);
        all.clear();
    }

    void choose(RecordingItem item, Consumer<RecordingItem> chosen) {
        if (item != null) {
            close();
            chosen.accept(item);
        }
    }

    public ObservableList<RecordingItem> recordings() { return shown; }
    public StringProperty searchProperty() { return search; }
    public ReadOnlyBooleanProperty openProperty() { return open.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
}
