package com.allaccessartist.service;

/**
 * Receives progress of long work (imports, demo data, exports). Services call it from their
 * worker thread; the UI's task runner forwards it to the FX thread.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total, messageKey, args) -> { };

    /**
     * @param done       units finished so far
     * @param total      all units, or -1 if unknown
     * @param messageKey key of i18n/messages.properties describing the current step
     * @param args       arguments of that message
     */
    void progress(long done, long total, String messageKey, Object... args);
}
