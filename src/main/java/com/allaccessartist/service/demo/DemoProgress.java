package com.allaccessartist.service.demo;

import com.allaccessartist.service.CancellationToken;
import com.allaccessartist.service.ProgressListener;
import java.util.function.LongSupplier;

/**
 * Progress of one load, in rows (and login roles): the total is known before the first row is
 * written. Each report names the current step ({@code demo.progress.*}) with that step's own
 * count and total as arguments, and is followed by a cancellation check, so cancelling takes
 * effect between batches.
 */
final class DemoProgress {

    private final ProgressListener listener;
    private final CancellationToken cancel;
    private long total = -1;
    private long done;
    private String stepKey = "demo.progress.planning";
    private LongSupplier stepDone = () -> 0;
    private long stepTotal;

    DemoProgress(ProgressListener listener, CancellationToken cancel) {
        this.listener = listener;
        this.cancel = cancel;
    }

    /** Reports the planning step (total still unknown). */
    void planning() {
        report();
    }

    void total(long rows) {
        this.total = rows;
    }

    /**
     * Starts a step.
     *
     * @param key   its message key
     * @param units how many rows (or roles) it writes
     * @param count how many it has written so far
     */
    void step(String key, long units, LongSupplier count) {
        this.stepKey = key;
        this.stepTotal = units;
        this.stepDone = count;
        report();
    }

    /** Counts rows sent to the database, reports, and stops here if cancelled. */
    void written(long rows) {
        done += rows;
        report();
    }

    long done() {
        return done;
    }

    private void report() {
        listener.progress(done, total, stepKey, Math.min(stepDone.getAsLong(), stepTotal), stepTotal);
        cancel.throwIfCancelled();
    }
}
