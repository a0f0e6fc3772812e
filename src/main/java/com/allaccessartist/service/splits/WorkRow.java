package com.allaccessartist.service.splits;

import com.allaccessartist.domain.splits.SheetStatus;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A work in its artist's list.
 *
 * @param iswc             the bare ISWC ({@code T0345246801}), or null
 * @param songs            how many recordings the person may see are linked to it
 * @param publishingShown  whether the person may read its publishing sheet (manage_finances on the
 *                         artist, or a party named on the sheet); when false the next two are null
 * @param publishingStatus the publishing sheet's status, null when it has none (or it is not shown)
 * @param publishingTotal  the current version's total, null when it has none (or it is not shown)
 */
public record WorkRow(UUID id, String title, String iswc, long songs, long version, boolean publishingShown,
                      SheetStatus publishingStatus, BigDecimal publishingTotal) {

    /** A work whose publishing sheet is not shown. */
    public WorkRow(UUID id, String title, String iswc, long songs, long version) {
        this(id, title, iswc, songs, version, false, null, null);
    }

    /** Whether its publishing sheet totals exactly 100.00 (what scheduling needs). */
    public boolean publishingComplete() {
        return publishingTotal != null && publishingTotal.compareTo(com.allaccessartist.domain.splits.SplitShare.HUNDRED) == 0;
    }
}
