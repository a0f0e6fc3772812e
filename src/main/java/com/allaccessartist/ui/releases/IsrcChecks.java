package com.allaccessartist.ui.releases;

import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.TaskExecutor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The ISRC checks of the listing beyond the code's own shape: the same ISRC on two tracks of the
 * listing, and an ISRC already held elsewhere in the catalogue (asked of the service off the FX
 * thread, naming the release that holds it).
 */
final class IsrcChecks {

    private final TaskExecutor executor;
    private final TrackListing.IsrcLookup lookup;
    private final Supplier<UUID> releaseId;

    IsrcChecks(TaskExecutor executor, TrackListing.IsrcLookup lookup, Supplier<UUID> releaseId) {
        this.executor = executor;
        this.lookup = lookup;
        this.releaseId = releaseId;
    }

    /** Marks every track whose ISRC another track of the listing has too, with that track's position. */
    static void markDuplicates(List<TrackRow> rows) {
        Map<String, List<TrackRow>> byIsrc = rows.stream().filter(row -> row.normalizedIsrc() != null)
                .collect(Collectors.groupingBy(TrackRow::normalizedIsrc));
        for (TrackRow row : rows) {
            List<TrackRow> same = row.normalizedIsrc() == null ? List.of() : byIsrc.get(row.normalizedIsrc());
            String others = same.stream().filter(other -> other != row).map(other -> other.positionProperty().get())
                    .collect(Collectors.joining(", "));
            if (!others.equals(row.duplicateOfProperty().get())) {
                row.duplicateOfProperty().set(others);
            }
        }
    }

    /**
     * Asks the catalogue who holds the row's ISRC. A holder among this release's own saved tracks
     * is the listing's business (the save renumbers them together); a late answer for an ISRC
     * since changed is dropped.
     */
    void lookUp(TrackRow row) {
        row.isrcOwnerProperty().set(null);
        String isrc = row.normalizedIsrc();
        if (isrc == null) {
            return;
        }
        UUID ownRelease = releaseId.get();
        executor.submit(BackgroundTask.of(context -> lookup.owner(isrc, row.id()))
                .onSuccess(owner -> {
                    if (isrc.equals(row.normalizedIsrc())) {
                        row.isrcOwnerProperty().set(owner.filter(o -> o.isHidden() || !o.releaseId().equals(ownRelease))
                                .orElse(null));
                    }
                }));
    }
}
