package com.allaccessartist.ui.editing;

import com.allaccessartist.service.CancellationToken;
import com.allaccessartist.service.ProgressListener;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.TaskExecutor;
import com.allaccessartist.ui.common.TaskHandle;
import com.allaccessartist.ui.common.TaskProgress;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds submitted tasks until the test runs them, in any order, so tests can make an older
 * request answer after a newer one. Each task runs inline, callbacks included.
 */
public final class QueuedTaskExecutor implements TaskExecutor {

    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        TaskHandle handle = new TaskHandle(task.cancellation());
        queued.add(() -> run(task, handle));
        return handle;
    }

    private static <T> void run(BackgroundTask<T> task, TaskHandle handle) {
        ProgressListener progress = (done, total, key, args) -> task.progressHandler().accept(TaskProgress.of(done, total, key, args));
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
                if (task.failureHandler() == null) {
                    throw new AssertionError("unhandled task failure", failure);
                }
                task.failureHandler().accept(failure);
                return;
            }
            task.successHandler().accept(result);
        } finally {
            TaskHandle.finish(handle);
            task.finishedHandler().run();
        }
    }

    public int size() {
        return queued.size();
    }

    /** Runs the task submitted {@code index}-th among those still waiting. */
    public void run(int index) {
        queued.remove(index).run();
    }

    /** Runs every waiting task (and those they submit) in submission order. */
    public void runAll() {
        while (!queued.isEmpty()) {
            run(0);
        }
    }
}
