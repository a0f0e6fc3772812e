package com.allaccessartist.ui.common;

import com.allaccessartist.service.ProgressListener;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's one background runner: a small pool of daemon threads (the only threads the
 * application creates). Outcomes and progress are handed to the FX thread with
 * {@link Platform#runLater}; progress reports are coalesced so a chatty task cannot flood it.
 * Shutting down asks running tasks to stop cooperatively and waits; it never interrupts them.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;
    private final Executor fxThread;
    private final Consumer<Throwable> defaultFailureHandler;
    private final Set<TaskHandle> running = ConcurrentHashMap.newKeySet();

    /**
     * @param threads               worker threads
     * @param defaultFailureHandler reports failures of tasks that have no failure handler
     */
    public FxTaskExecutor(int threads, Consumer<Throwable> defaultFailureHandler) {
        this.pool = Executors.newFixedThreadPool(threads, new WorkerThreads());
        this.fxThread = Platform::runLater;
        this.defaultFailureHandler = Objects.requireNonNull(defaultFailureHandler);
    }

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        TaskHandle handle = new TaskHandle(task.cancellation());
        running.add(handle);
        pool.execute(() -> run(task, handle));
        return handle;
    }

    private <T> void run(BackgroundTask<T> task, TaskHandle handle) {
        ProgressForwarder progress = new ProgressForwarder(task.progressHandler());
        BackgroundTask.TaskContext context = new BackgroundTask.TaskContext() {
            @Override
            public com.allaccessartist.service.CancellationToken cancellation() {
                return task.cancellation();
            }

            @Override
            public ProgressListener progress() {
                return progress;
            }
        };
        try {
            T result = task.work().run(context);
            fxThread.execute(() -> {
                try {
                    task.successHandler().accept(result);
                } finally {
                    finish(task, handle);
                }
            });
        } catch (Throwable failure) { // every failure reaches a handler, none dies silently on a worker
            Consumer<Throwable> handler = task.failureHandler() != null ? task.failureHandler() : defaultFailureHandler;
            fxThread.execute(() -> {
                try {
                    handler.accept(failure);
                } finally {
                    finish(task, handle);
                }
            });
        }
    }

    private void finish(BackgroundTask<?> task, TaskHandle handle) {
        handle.markDone();
        running.remove(handle);
        task.finishedHandler().run();
    }

    /** Number of tasks submitted and not yet finished. */
    public int runningCount() {
        return running.size();
    }

    /**
     * Asks every running task to stop, then waits up to {@code wait} for the workers to finish.
     * Never interrupts a worker (H2 can corrupt its file when interrupted during I/O).
     *
     * @return whether every worker finished in time
     */
    public boolean shutdown(Duration wait) {
        running.forEach(TaskHandle::cancel);
        pool.shutdown();
        try {
            boolean finished = pool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                LOG.warn("Background work still running at exit after {} ms", wait.toMillis());
            }
            return finished;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("Interrupted while waiting for background work to finish");
            return false;
        }
    }

    /** Hands the latest progress to the FX thread, at most one pending hand-over at a time. */
    private final class ProgressForwarder implements ProgressListener {
        private final Consumer<TaskProgress> handler;
        private final AtomicReference<TaskProgress> latest = new AtomicReference<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();

        ProgressForwarder(Consumer<TaskProgress> handler) {
            this.handler = handler;
        }

        @Override
        public void progress(long done, long total, String messageKey, Object... args) {
            latest.set(TaskProgress.of(done, total, messageKey, args));
            if (scheduled.compareAndSet(false, true)) {
                fxThread.execute(() -> {
                    scheduled.set(false);
                    TaskProgress current = latest.get();
                    if (current != null) {
                        handler.accept(current);
                    }
                });
            }
        }
    }

    /** Daemon workers named for the log, so a stuck task never keeps the application alive. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "aaa-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
