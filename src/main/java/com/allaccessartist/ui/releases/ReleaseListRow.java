package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.service.catalog.ReleaseRow;
import java.util.UUID;

/** A row of the releases list, ready to show. */
public record ReleaseListRow(UUID id, String title, String type, ReleaseStatus statusValue, String status, String date,
                             String tracks, String running, String upc, String catalogNumber) {

    static ReleaseListRow of(ReleaseRow row) {
        return new ReleaseListRow(row.id(), row.title(), ReleaseLabels.type(row.type()), row.status(),
                ReleaseLabels.status(row.status()), ReleaseLabels.date(row.releaseDate()),
                Messages.format("releases.trackCount", row.tracks()), ReleaseLabels.running(row.totalSeconds()),
                row.upc() == null ? "" : row.upc(), row.catalogNumber() == null ? "" : row.catalogNumber());
    }

    /** Whether the search text is in its title, UPC or catalogue number (any case). */
    boolean matches(String search) {
        String text = search == null ? "" : search.strip().toLowerCase(java.util.Locale.ROOT);
        return text.isEmpty() || title.toLowerCase(java.util.Locale.ROOT).contains(text) || upc.contains(text)
                || catalogNumber.toLowerCase(java.util.Locale.ROOT).contains(text);
    }
}
