package com.allaccessartist.service.splits;

import com.allaccessartist.domain.splits.SheetKind;
import com.allaccessartist.domain.splits.SplitParty;
import com.allaccessartist.domain.splits.SplitSheetDraft;
import java.util.List;
import java.util.UUID;

/** One stored version of a sheet with its parties, in order (any version stays readable). */
public record SplitVersionView(UUID sheetId, SheetKind kind, SplitVersionInfo info, List<SplitParty> parties) {

    public SplitVersionView {
        parties = List.copyOf(parties);
    }

    /** The version's parties as a draft (to start an edit from an older version). */
    public SplitSheetDraft toDraft() {
        return new SplitSheetDraft(kind, parties);
    }
}
