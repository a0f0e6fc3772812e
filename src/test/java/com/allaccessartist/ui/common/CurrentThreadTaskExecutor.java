package com.allaccessartist.ui.common;

import com.allaccessartist.service.CancellationToken;
import com.allaccessartist.service.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs tasks inline on the calling thread, callbacks included, so ViewModels are tested with
 * plain JUnit. Keeps the handles and any failure that reached the default handler.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final List<TaskHandle> handles = new ArrayList<>();
    private final List<Throwable> unhandledFailures = new ArrayList<>();

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        TaskHandle handle = new TaskHandle(task.cancellation());
        handles.add(handle);
        Consumer<TaskProgress> onProgress = task.progressHandler();
        ProgressListener progress = (done, total, key, args) -> onProgress.accept(TaskProgress.of(done, total, key, args));
        BackgroundTask.TaskContext context = new BackgroundTask.TaskContext() {
            @Override
            public CancellationToken cancellation() {
                return task.cancellation();
            }

            @Override
            public ProgressListener progress() {
                return progress;
            }
        };
        try {
            T result;
            try {
                result = task.work().run(context);
            } catch (Exception failure) {
                Consumer<Throwable> handler = task.failureHandler() != null ? task.failureHandler() : unhandledFailures::add;
                handler.accept(failure);
                return handle;
            }
            task.successHandler().accept(result);
            return handle;
        } finally {
            TaskHandle.finish(handle);
            task.finishedHandler().run();
        }
    }

    public List<TaskHandle> handles() {
        return handles;
    }

    /** Failures of tasks without their own failure handler. */
    public List<Throwable> unhandledFailures() {
        return unhandledFailures;
    }
}
