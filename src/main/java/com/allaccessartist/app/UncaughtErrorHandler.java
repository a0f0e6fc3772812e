package com.allaccessartist.app;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.ErrorText;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line: an exception nobody handled. The trace goes to the log; the person sees a
 * plain sentence ({@code error.unexpected} with the log's path), never a stack trace. One
 * message at a time, so a failure repeating in every frame cannot bury the screen in dialogs.
 */
final class UncaughtErrorHandler implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrorHandler.class);

    private final DialogService dialogs;
    private final AtomicBoolean showing = new AtomicBoolean();

    UncaughtErrorHandler(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.error("Uncaught exception in thread {}", thread.getName(), failure);
        String message = failure instanceof AppException app ? app.getLocalizedMessage() : ErrorText.unexpected();
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        // shown from a fresh event: the failure may have happened during layout, where dialogs cannot open
        Platform.runLater(() -> {
            try {
                dialogs.showError(message);
            } catch (RuntimeException dialogFailure) {
                LOG.error("Could not show the error message", dialogFailure);
            } finally {
                showing.set(false);
            }
        });
    }
}
