package com.allaccessartist.service;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cooperative cancellation. Long work checks {@link #throwIfCancelled()} between batches and
 * then rolls back; nothing interrupts a thread that may be inside H2 file I/O (H2 warns that
 * interrupting it there can corrupt the database).
 */
public final class CancellationToken {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** A token that is never cancelled. */
    public static CancellationToken none() {
        return new CancellationToken();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** @throws CancelledException if cancellation was requested */
    public void throwIfCancelled() {
        if (cancelled.get()) {
            throw new CancelledException();
        }
    }
}
