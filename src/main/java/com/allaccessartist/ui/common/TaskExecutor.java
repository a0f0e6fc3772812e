package com.allaccessartist.ui.common;

/**
 * Runs work away from the JavaFX application thread and delivers its outcome, and its
 * progress, back on it. The application has exactly one ({@link FxTaskExecutor}); tests use one
 * that runs inline, so ViewModels are tested without a toolkit.
 *
 * <p>Cancellation is cooperative: {@link TaskHandle#cancel()} sets the task's
 * {@link com.allaccessartist.service.CancellationToken}; no thread is ever interrupted, because
 * interrupting H2 in the middle of file I/O can corrupt the database.
 */
public interface TaskExecutor {

    /** Starts {@code task}; its callbacks run later on the FX thread (inline in tests). */
    <T> TaskHandle submit(BackgroundTask<T> task);
}
