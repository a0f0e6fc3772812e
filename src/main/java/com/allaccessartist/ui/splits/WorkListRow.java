package com.allaccessartist.ui.splits;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.Iswc;
import com.allaccessartist.service.splits.WorkRow;
import java.util.Locale;
import java.util.UUID;

/**
 * A work as the Works list shows it: title, ISWC (display form), number of recordings, and its
 * publishing sheet ("Agreed · 100.00%", "none", or "—" when the person may not read it).
 *
 * @param complete whether the publishing sheet totals exactly 100.00
 */
public record WorkListRow(UUID id, String title, String iswc, String recordings, String publishing, boolean complete) {

    static WorkListRow of(WorkRow row) {
        String iswc = row.iswc() == null ? "" : Iswc.parse(row.iswc()).formatted();
        String publishing = !row.publishingShown() ? Messages.get("works.publishing.hidden")
                : row.publishingStatus() == null ? Messages.get("works.publishing.none")
                : Messages.format("works.publishing.state", SplitLabels.status(row.publishingStatus()),
                row.publishingTotal().toPlainString());
        return new WorkListRow(row.id(), row.title(), iswc, Long.toString(row.songs()), publishing, row.publishingComplete());
    }

    /** Whether the search text matches its title or ISWC (case-insensitive, with or without punctuation). */
    boolean matches(String search) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty() || title.toLowerCase(Locale.ROOT).contains(needle)
                || iswc.replaceAll("[-.]", "").toLowerCase(Locale.ROOT).contains(needle.replaceAll("[-.]", ""));
    }
}
