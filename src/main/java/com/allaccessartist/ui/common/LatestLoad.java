package com.allaccessartist.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Loads a screen's list in the background where only the latest request counts: an answer to a
 * request made stale by a newer one (another artist chosen, a filter changed) is dropped. Keeps
 * whether a load is running and the last load's failure as a person-readable message.
 */
public final class LatestLoad {

    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private long request;

    public LatestLoad(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Runs {@code work} off the FX thread; {@code onLoaded} gets its answer unless a newer request came since. */
    public <T> void load(BackgroundTask.Work<T> work, Consumer<T> onLoaded) {
        long current = ++request;
        loading.set(true);
        executor.submit(BackgroundTask.of(work)
                .onSuccess(result -> {
                    if (current == request) {
                        error.set("");
                        onLoaded.accept(result);
                    }
                })
                .onFailure(failure -> {
                    if (current == request) {
                        error.set(ErrorText.of(failure));
                    }
                })
                .onFinished(() -> {
                    if (current == request) {
                        loading.set(false);
                    }
                }));
    }

    /** Drops the answer of any load still running (there is nothing to load any more). */
    public void cancel() {
        request++;
        loading.set(false);
    }

    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
}
