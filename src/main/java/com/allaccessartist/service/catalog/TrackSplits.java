package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.catalog.ReleaseReadiness;
import com.allaccessartist.domain.catalog.Song;
import com.allaccessartist.domain.splits.SplitShare;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The split sheets of a release's recordings as the readiness rules see them: whether each
 * recording's master sheet and its work's publishing sheet total exactly 100.00 in their current
 * version. Two queries for the whole listing.
 *
 * <p>On PostgreSQL, Row Level Security shows sheets only to people with manage_finances on the
 * artist or named on the sheet: a sheet hidden from the person reads as missing.
 */
final class TrackSplits {

    private TrackSplits() {
    }

    /** The state of each song's sheets, by song id. */
    static Map<UUID, ReleaseReadiness.Splits> of(Session session, Collection<Song> songs) {
        Map<UUID, ReleaseReadiness.Splits> states = new HashMap<>();
        if (songs.isEmpty()) {
            return states;
        }
        List<UUID> songIds = songs.stream().map(Song::getId).toList();
        List<UUID> workIds = songs.stream().map(Song::getWorkId).filter(Objects::nonNull).distinct().toList();
        Map<UUID, BigDecimal> master = totals(session, "songId", songIds);
        Map<UUID, BigDecimal> publishing = totals(session, "workId", workIds);
        for (Song song : songs) {
            UUID work = song.getWorkId();
            states.put(song.getId(), new ReleaseReadiness.Splits(complete(master.get(song.getId())), work != null,
                    work != null && complete(publishing.get(work))));
        }
        return states;
    }

    private static boolean complete(BigDecimal total) {
        return total != null && total.compareTo(SplitShare.HUNDRED) == 0;
    }

    /** The current version's total of the sheets whose {@code subject} (songId or workId) is in {@code ids}. */
    private static Map<UUID, BigDecimal> totals(Session session, String subject, List<UUID> ids) {
        Map<UUID, BigDecimal> totals = new HashMap<>();
        if (ids.isEmpty()) {
            return totals;
        }
        session.createSelectionQuery("select s." + subject + ", v.total from SplitSheet s, SplitSheetVersion v"
                        + " where v.sheetId = s.id and v.versionNumber = s.currentVersion and s." + subject + " in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> totals.put((UUID) row[0], (BigDecimal) row[1]));
        return totals;
    }
}
