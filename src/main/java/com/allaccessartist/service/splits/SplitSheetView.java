package com.allaccessartist.service.splits;

import com.allaccessartist.domain.splits.SheetKind;
import com.allaccessartist.domain.splits.SheetStatus;
import com.allaccessartist.domain.splits.SplitParty;
import com.allaccessartist.domain.splits.SplitSheetDraft;
import com.allaccessartist.domain.splits.SplitShare;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A split sheet as it stands: its current parties, status, version number and total, with every
 * version's who and when. A song or work without a sheet yet reads as an empty draft at version
 * 0 ({@link #exists()} false).
 *
 * @param sheetId       the sheet's id, null before its first save
 * @param subject       the song or work it divides
 * @param artistId      the artist keeping the song or work (it scopes the rights)
 * @param details       the subject's title and identifiers, null when the person may not see the artist
 * @param versionNumber the current version's number (0 before the first save)
 * @param version       the sheet row's version: pass it back to save or agree (0 before the first save)
 * @param total         the current shares' sum, exact, two decimals
 * @param agreedAt      when the current agreement was recorded (null for a draft)
 * @param agreedBy      who recorded it
 * @param history       every version, oldest first
 * @param mayEdit       whether the person may save and agree it (manage_finances)
 */
public record SplitSheetView(UUID sheetId, SheetKind kind, SplitSubject subject, UUID artistId, SubjectDetails details,
                             SheetStatus status, int versionNumber, long version, BigDecimal total,
                             List<SplitParty> parties, Instant agreedAt, UUID agreedBy, List<SplitVersionInfo> history,
                             boolean mayEdit) {

    public SplitSheetView {
        parties = List.copyOf(parties);
        history = List.copyOf(history);
    }

    /** Whether the sheet has been saved at least once. */
    public boolean exists() {
        return sheetId != null;
    }

    /** Exactly 100.00 (a complete sheet may be agreed). */
    public boolean isComplete() {
        return total.compareTo(SplitShare.HUNDRED) == 0;
    }

    /** The current parties as a draft to edit. */
    public SplitSheetDraft toDraft() {
        return new SplitSheetDraft(kind, parties);
    }
}
