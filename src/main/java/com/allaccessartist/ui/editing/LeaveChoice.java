package com.allaccessartist.ui.editing;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.ui.common.DialogService;
import java.util.List;

/** What the person wants when leaving an editor with unsaved changes. */
public enum LeaveChoice {
    SAVE, DISCARD, STAY;

    /** Asks save / discard; cancelling the question means stay. */
    public static LeaveChoice ask(DialogService dialogs, String recordName) {
        return ask(dialogs, recordName, true);
    }

    /**
     * Asks save / discard; cancelling the question means stay. Changes that cannot be saved (a
     * field is invalid) are not offered to be saved: discard, or stay and fix them.
     */
    public static LeaveChoice ask(DialogService dialogs, String recordName, boolean saveable) {
        DialogService.Choice<LeaveChoice> discard = new DialogService.Choice<>(DISCARD,
                Messages.get("editor.leave.discard"), Messages.get("editor.leave.discard.description"));
        if (!saveable) {
            return dialogs.choose(Messages.get("editor.leave.title"),
                    Messages.format("editor.leave.message.invalid", recordName), List.of(discard)).orElse(STAY);
        }
        return dialogs.choose(Messages.get("editor.leave.title"), Messages.format("editor.leave.message", recordName),
                List.of(new DialogService.Choice<>(SAVE, Messages.get("editor.leave.save"),
                        Messages.get("editor.leave.save.description")), discard))
                .orElse(STAY);
    }
}
