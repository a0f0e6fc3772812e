package com.allaccessartist.testsupport;

import com.allaccessartist.domain.splits.SheetKind;
import com.allaccessartist.domain.splits.SplitParty;
import com.allaccessartist.domain.splits.SplitRole;
import com.allaccessartist.domain.splits.SplitShare;
import com.allaccessartist.domain.splits.SplitSheetDraft;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.catalog.ReleaseDetails;
import com.allaccessartist.service.catalog.TrackDetails;
import com.allaccessartist.service.splits.SplitSheetService;
import com.allaccessartist.service.splits.WorkDetails;
import com.allaccessartist.service.splits.WorkDraft;
import com.allaccessartist.service.splits.WorkService;
import java.time.Clock;
import java.util.List;

/**
 * Gives a release's recordings what scheduling needs besides their own fields: each track's
 * recording a complete master sheet (the artist 60.00, the label 40.00) and a work of its own
 * with a complete publishing sheet (a writer 50.00, a publisher 50.00), saved through the
 * services by {@code user} (who needs manage_songs and manage_finances on the artist).
 */
public final class CompleteSplits {

    private CompleteSplits() {
    }

    /** Gives every track of {@code release} complete sheets and a work. */
    public static void give(Database database, CurrentUser user, Clock clock, ReleaseDetails release) {
        WorkService works = new WorkService(database, user, clock);
        SplitSheetService sheets = new SplitSheetService(database, user, clock);
        for (TrackDetails track : release.tracks()) {
            WorkDetails work = works.create(release.artistId(), new WorkDraft(track.title(), null));
            works.linkSong(work.id(), track.id());
            sheets.saveMaster(track.id(), sheets.masterSheet(track.id()).version(), master(), null);
            sheets.savePublishing(work.id(), 0, publishing(), null);
        }
    }

    /** A complete master sheet: the artist 60.00, the label 40.00. */
    public static SplitSheetDraft master() {
        return new SplitSheetDraft(SheetKind.MASTER, List.of(party("Ada Artist", SplitRole.ARTIST, "60"),
                party("North Label Ltd", SplitRole.LABEL, "40")));
    }

    /** A complete publishing sheet: a writer 50.00, a publisher 50.00. */
    public static SplitSheetDraft publishing() {
        return new SplitSheetDraft(SheetKind.PUBLISHING, List.of(party("Wren Writer", SplitRole.WRITER, "50"),
                party("North Songs Publishing", SplitRole.PUBLISHER, "50")));
    }

    private static SplitParty party(String name, SplitRole role, String share) {
        return new SplitParty(null, name, role, null, null, SplitShare.parse(share));
    }
}
