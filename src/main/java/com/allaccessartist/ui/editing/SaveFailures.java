package com.allaccessartist.ui.editing;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.ErrorText;
import java.util.function.Consumer;

/**
 * What an editor does when a save fails. A stale save (someone else saved first) is explained and
 * the person may reload their version, which discards the edits; otherwise the edits stay in the
 * form so nothing is lost, and nothing of theirs was overwritten. Any other failure is shown in
 * the editor with the service's reason.
 */
public final class SaveFailures {

    public static final String STALE = "record.changedBySomeoneElse";

    private SaveFailures() {
    }

    /**
     * @param reload    loads the saved version again (called only if the person asks)
     * @param showError shows a message in the editor
     */
    public static void handle(Throwable failure, DialogService dialogs, Runnable reload, Consumer<String> showError) {
        if (failure instanceof AppException app && STALE.equals(app.key())) {
            showError.accept(app.getLocalizedMessage());
            if (dialogs.confirm(Messages.get("editor.conflict.title"), app.getLocalizedMessage(),
                    Messages.get("editor.conflict.reload"))) {
                reload.run();
            }
            return;
        }
        showError.accept(ErrorText.of(failure));
    }
}
