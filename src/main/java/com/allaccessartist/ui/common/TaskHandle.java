package com.allaccessartist.ui.common;

import com.allaccessartist.service.CancellationToken;

/** A submitted task: lets its owner ask it to stop (cooperatively) and see whether it is done. */
public final class TaskHandle {

    private final CancellationToken token;
    private volatile boolean done;

    public TaskHandle(CancellationToken token) {
        this.token = token;
    }

    /** Asks the work to stop at its next check; never interrupts its thread. */
    public void cancel() {
        token.cancel();
    }

    public boolean isCancelled() {
        return token.isCancelled();
    }

    public boolean isDone() {
        return done;
    }

    void markDone() {
        done = true;
    }

    /** For executors outside this package (the inline one of tests). */
    public static void finish(TaskHandle handle) {
        handle.markDone();
    }
}
