package com.allaccessartist.ui.editing;

import com.allaccessartist.domain.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** "Created … · last changed …" under an editor's title, in the person's time zone. */
public final class EditorHistory {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private EditorHistory() {
    }

    /** The line, or empty when a time is unknown. */
    public static String of(Instant created, Instant updated) {
        return created == null || updated == null ? "" : Messages.format("editor.history", WHEN.format(created), WHEN.format(updated));
    }

    /** A moment as the editors show it. */
    public static String format(Instant moment) {
        return WHEN.format(moment);
    }
}
