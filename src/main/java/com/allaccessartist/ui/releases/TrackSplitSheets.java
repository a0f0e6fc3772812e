package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.ReleaseReadiness;
import com.allaccessartist.service.catalog.ReleaseService;
import com.allaccessartist.service.catalog.TrackDetails;
import com.allaccessartist.service.splits.SplitSubject;
import com.allaccessartist.service.splits.WorkService;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.ErrorText;
import com.allaccessartist.ui.common.TaskExecutor;
import com.allaccessartist.ui.splits.SplitSheetOpener;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/**
 * The split sheets of the release editor's tracks: "Master split sheet…" of the selected saved
 * track, "Publishing split sheet…" of the work its recording is linked to, and the checklist's
 * split-sheet rules opening the right one. Each opens the split-sheet editor in its own window;
 * when it closes, the tracks' sheet states are read again so the checklist follows (the edits in
 * the release editor stay).
 */
public final class TrackSplitSheets {

    private final SplitSheetOpener opener;
    private final WorkService works;
    private final ReleaseService releases;
    private final TaskExecutor executor;
    private final TrackListing tracks;
    private final EditorBanner banner;
    private final Supplier<UUID> releaseId;
    private final StringBinding masterReason;
    private final StringBinding publishingReason;

    /** @param changed what changes with the tracks' sheet states (the editor's edit counter) */
    TrackSplitSheets(SplitSheetOpener opener, WorkService works, ReleaseService releases, TaskExecutor executor,
                     TrackListing tracks, EditorBanner banner, Supplier<UUID> releaseId, Observable changed) {
        this.opener = opener;
        this.works = works;
        this.releases = releases;
        this.executor = executor;
        this.tracks = tracks;
        this.banner = banner;
        this.releaseId = releaseId;
        masterReason = Bindings.createStringBinding(() -> reason(tracks.selectedProperty().get(), false),
                tracks.selectedProperty(), changed);
        publishingReason = Bindings.createStringBinding(() -> reason(tracks.selectedProperty().get(), true),
                tracks.selectedProperty(), changed);
    }

    private static String reason(TrackRow row, boolean publishing) {
        if (row == null) {
            return Messages.get("track.splits.chooseTrack");
        }
        if (row.id() == null) {
            return Messages.get("track.masterSplit.unsaved");
        }
        return publishing && !row.splits().workLinked() ? Messages.get("track.publishingSplit.noWork") : "";
    }

    /** Master split sheet… of a saved track's recording. */
    public void openMaster(TrackRow row) {
        if (reason(row, false).isEmpty()) {
            opener.open(SplitSubject.song(row.id()), this::refresh);
        }
    }

    /** Publishing split sheet… of the work a saved track's recording is linked to. */
    public void openPublishing(TrackRow row) {
        if (!reason(row, true).isEmpty() || works == null) {
            return;
        }
        executor.submit(BackgroundTask.of(context -> works.workOfSong(row.id()))
                .onSuccess(work -> work.ifPresentOrElse(id -> opener.open(SplitSubject.work(id), this::refresh),
                        () -> banner.error(Messages.get("track.publishingSplit.noWork"))))
                .onFailure(failure -> banner.error(ErrorText.of(failure))));
    }

    /**
     * A checklist rule about split sheets (its field "track:&lt;index&gt;:splits"): the master or
     * publishing sheet of the first failing track opens; a track without a work says where to link it.
     */
    boolean goTo(ReadinessLine line, TrackRow row) {
        if (row == null || !line.field().endsWith(":splits")) {
            return false;
        }
        switch (line.key()) {
            case "readiness.masterSplit" -> openMaster(row);
            case "readiness.publishingSplit" -> openPublishing(row);
            default -> banner.info(Messages.get("track.publishingSplit.noWork"));
        }
        return true;
    }

    /** Reads the saved tracks' sheet states again; what was typed in the editor stays. */
    public void refresh() {
        UUID id = releaseId.get();
        if (id == null) {
            return;
        }
        executor.submit(BackgroundTask.of(context -> releases.get(id))
                .onSuccess(details -> {
                    Map<UUID, ReleaseReadiness.Splits> states = details.tracks().stream()
                            .collect(Collectors.toMap(TrackDetails::id, TrackDetails::splits));
                    tracks.updateSplits(states);
                })
                .onFailure(failure -> banner.error(ErrorText.of(failure))));
    }

    /** Why Master split sheet… is disabled for the selected track (empty when enabled). */
    public StringBinding masterReasonProperty() { return masterReason; }
    /** Why Publishing split sheet… is disabled for the selected track (empty when enabled). */
    public StringBinding publishingReasonProperty() { return publishingReason; }
}
