package com.allaccessartist.ui.splits;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.splits.SheetStatus;
import com.allaccessartist.domain.splits.SplitRole;
import com.allaccessartist.service.splits.SplitSheetView;
import com.allaccessartist.service.splits.SplitVersionInfo;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How split sheets read on screen: roles, statuses, headings, version lines. */
public final class SplitLabels {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private SplitLabels() {
    }

    public static String role(SplitRole role) {
        return role == null ? "" : Messages.get("split.role." + role.dbValue());
    }

    public static String status(SheetStatus status) {
        return status == null ? "" : Messages.get("split.status." + status.dbValue());
    }

    static String heading(SplitSheetView sheet) {
        if (sheet == null) {
            return "";
        }
        String title = sheet.details() == null ? "" : sheet.details().title();
        return Messages.format("split.editor.title." + sheet.kind().dbValue(), title);
    }

    static String status(SplitSheetView sheet) {
        return sheet == null ? "" : !sheet.exists() ? Messages.get("split.editor.none")
                : Messages.format("split.editor.status", sheet.versionNumber(), status(sheet.status()));
    }

    static String version(SplitVersionInfo info) {
        String who = info.savedByName() == null ? Messages.get("split.editor.someone") : info.savedByName();
        return Messages.format("split.editor.version", info.number(), status(info.status()), who,
                info.savedAt() == null ? "" : WHEN.format(info.savedAt()), info.total().toPlainString());
    }
}
