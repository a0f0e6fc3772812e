package com.allaccessartist.ui.common;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure into the sentence a person sees. A failure people can act on
 * ({@link AppException}, validation failures included) shows its own message; anything else is a
 * bug or an outage: its trace goes to the log and the person reads {@code error.unexpected} with
 * the log's path. Never a stack trace on screen.
 */
public final class ErrorText {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorText.class);

    private ErrorText() {
    }

    public static String of(Throwable failure) {
        if (failure instanceof AppException app) {
            if (app.getCause() != null) {
                LOG.info("{} (cause below)", app.key(), app.getCause());
            }
            return app.getLocalizedMessage();
        }
        LOG.error("Unexpected failure", failure);
        return unexpected();
    }

    /** {@code error.unexpected} with the log file's path. */
    public static String unexpected() {
        return Messages.format("error.unexpected", LogLocation.file().toString());
    }
}
