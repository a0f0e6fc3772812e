package com.allaccessartist.ui.common;

import com.allaccessartist.service.CancellationToken;
import com.allaccessartist.service.ProgressListener;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One piece of background work and what to do with its outcome. The work runs on a worker
 * thread; {@code onSuccess}, {@code onFailure}, {@code onProgress} and {@code onFinished} run on
 * the FX thread. Without an {@code onFailure} the executor's default handler reports the failure.
 *
 * @param <T> the result of the work
 */
public final class BackgroundTask<T> {

    /** The work itself; it may throw, the failure reaches {@code onFailure}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(TaskContext context) throws Exception;
    }

    /** Work without a result. */
    @FunctionalInterface
    public interface VoidWork {
        void run(TaskContext context) throws Exception;
    }

    /** What the work gets to cooperate: the cancellation flag and a progress sink. */
    public interface TaskContext {
        CancellationToken cancellation();

        ProgressListener progress();
    }

    private final Work<T> work;
    private CancellationToken cancellation = new CancellationToken();
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Consumer<TaskProgress> onProgress = progress -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> running(VoidWork work) {
        Objects.requireNonNull(work, "work");
        return new BackgroundTask<>(context -> {
            work.run(context);
            return null;
        });
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onProgress(Consumer<TaskProgress> handler) {
        this.onProgress = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs after {@code onSuccess} or {@code onFailure}, whichever happened. */
    public BackgroundTask<T> onFinished(Runnable handler) {
        this.onFinished = Objects.requireNonNull(handler);
        return this;
    }

    /** Uses a token created beforehand (for a Cancel button shown before the work starts). */
    public BackgroundTask<T> cancellation(CancellationToken token) {
        this.cancellation = Objects.requireNonNull(token);
        return this;
    }

    public Work<T> work() {
        return work;
    }

    public CancellationToken cancellation() {
        return cancellation;
    }

    public Consumer<? super T> successHandler() {
        return onSuccess;
    }

    /** The failure handler, or null to use the executor's default. */
    public Consumer<Throwable> failureHandler() {
        return onFailure;
    }

    public Consumer<TaskProgress> progressHandler() {
        return onProgress;
    }

    public Runnable finishedHandler() {
        return onFinished;
    }
}
