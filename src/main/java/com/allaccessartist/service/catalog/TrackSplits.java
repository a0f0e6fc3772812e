package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.catalog.ReleaseReadiness;
import com.allaccessartist.domain.catalog.Song;
import com.allaccessartist.domain.splits.SplitShare;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * artist or named on the sheet; the totals come from {@code app_sheet_totals()} (migration V12),
 * which tells whoever sees a song or work its sheet's current total and nothing else, so a person
 * scheduling releases without seeing the money gets the same checklist.
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
        boolean postgres = isPostgres(session);
        Map<UUID, BigDecimal> master = postgres ? totalsPastPolicies(session, "master", songIds) : totals(session, "songId", songIds);
        Map<UUID, BigDecimal> publishing = postgres ? totalsPastPolicies(session, "publishing", workIds)
                : totals(session, "workId", workIds);
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

    private static boolean isPostgres(Session session) {
        return session.doReturningWork(connection -> connection.getMetaData().getDatabaseProductName())
                .startsWith("PostgreSQL");
    }

    /** As {@link #totals}, through {@code app_sheet_totals(kind, subjects)}. */
    private static Map<UUID, BigDecimal> totalsPastPolicies(Session session, String kind, List<UUID> ids) {
        Map<UUID, BigDecimal> totals = new HashMap<>();
        if (ids.isEmpty()) {
            return totals;
        }
        session.doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT subject_id, total FROM app_sheet_totals(?, ?)")) {
                statement.setString(1, kind);
                statement.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        totals.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2));
                    }
                }
            }
        });
        return totals;
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
