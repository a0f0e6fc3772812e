package com.allaccessartist.ui.common;

import com.allaccessartist.domain.Messages;

/**
 * How far a task is, with the sentence describing the current step (already translated).
 *
 * @param done    units done
 * @param total   all units, or -1 when unknown
 * @param message the current step
 */
public record TaskProgress(long done, long total, String message) {

    /** From a service's progress report (message key and arguments). */
    public static TaskProgress of(long done, long total, String messageKey, Object... args) {
        String message = messageKey == null ? "" : Messages.format(messageKey, args);
        return new TaskProgress(done, total, message);
    }

    /** 0..1, or -1 (indeterminate) when the total is unknown. */
    public double fraction() {
        if (total <= 0) {
            return -1;
        }
        return Math.min(1.0, Math.max(0.0, (double) done / total));
    }
}
