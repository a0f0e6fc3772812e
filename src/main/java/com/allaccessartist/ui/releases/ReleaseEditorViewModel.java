package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;
import com.allaccessartist.service.auth.ArtistAccess;
import com.allaccessartist.service.catalog.MediaService;
import com.allaccessartist.service.catalog.ReleaseDetails;
import com.allaccessartist.service.catalog.ReleaseDraft;
import com.allaccessartist.service.catalog.ReleaseService;
import com.allaccessartist.service.catalog.TrackDetails;
import com.allaccessartist.service.splits.WorkService;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.ErrorText;
import com.allaccessartist.ui.common.TaskExecutor;
import com.allaccessartist.ui.editing.DirtyTracker;
import com.allaccessartist.ui.editing.ImageField;
import com.allaccessartist.ui.editing.LeaveChoice;
import com.allaccessartist.ui.editing.SaveFailures;
import com.allaccessartist.ui.splits.SplitSheetOpener;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The release editor: every editable column of the release, its track listing, links and cover
 * images; the status with the moves the person may make and the readiness checklist of the next
 * status. Saving the release and its tracks is one service call: on any error nothing is saved,
 * the input stays, and the reason is shown at the field or track it concerns. Archived releases
 * (and releases the person may not manage) open read-only.
 */
public final class ReleaseEditorViewModel {

    /** A request to the View to bring a field into view and focus it; the sequence makes repeats count. */
    public record FieldFocus(String field, long sequence) {
    }

    private final ReleaseService releases;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final CatalogueChanges changes;
    private final ReleaseContent content;
    private final ReleaseForm form;
    private final TrackListing tracks;
    private final ReleaseHeader header;
    private final DirtyTracker<List<Object>> dirty;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final EditorBanner banner = new EditorBanner();
    private final ReadOnlyObjectWrapper<FieldFocus> focus = new ReadOnlyObjectWrapper<>(this, "focus");
    private final BooleanBinding canSave;
    private final TrackSplitSheets splitSheets;
    private UUID releaseId;
    private UUID artistId;
    private String artistName = "";
    private ArtistAccess access = ArtistAccess.NONE;
    private long version;
    private ReleaseDetails loaded;

    public ReleaseEditorViewModel(ReleaseService releases, MediaService media, TaskExecutor executor, DialogService dialogs,
                                  CatalogueChanges changes, Clock clock) {
        this(releases, media, executor, dialogs, changes, clock, SplitSheetOpener.NONE, null);
    }

    /**
     * @param sheets opens a track's split-sheet editor in its own window
     * @param works  finds the work a track's recording is linked to (its publishing sheet)
     */
    public ReleaseEditorViewModel(ReleaseService releases, MediaService media, TaskExecutor executor, DialogService dialogs,
                                  CatalogueChanges changes, Clock clock, SplitSheetOpener sheets, WorkService works) {
        this.releases = releases;
        this.executor = executor;
        this.dialogs = dialogs;
        this.changes = changes;
        content = new ReleaseContent(releases, media, executor, dialogs, clock, () -> releaseId, () -> artistId);
        form = content.form();
        tracks = content.tracks();
        header = new ReleaseHeader(form);
        dirty = new DirtyTracker<>(content::snapshot, content.editsProperty());
        splitSheets = new TrackSplitSheets(sheets, works, releases, executor, tracks, banner, () -> releaseId,
                content.editsProperty());
        canSave = dirty.dirtyProperty().and(content.validProperty()).and(busy.not()).and(header.readOnlyProperty().not());
    }

    /** A new draft release of the artist, with nothing typed yet. */
    public void startNew(UUID artist, String name, ArtistAccess rights) {
        releaseId = null;
        artistId = artist;
        artistName = name;
        access = rights;
        version = 0;
        loaded = null;
        show(new ReleaseDraft("", "", ReleaseType.ALBUM, null, null, null, "en", false, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, false, true, false, null), List.of(), ReleaseStatus.DRAFT,
                List.of());
    }

    /** The saved release, as the service returned it. */
    public void load(ReleaseDetails details) {
        releaseId = details.id();
        artistId = details.artistId();
        artistName = details.artistName();
        version = details.version();
        loaded = details;
        access = details.access();
        show(details.toDraft(), details.tracks(), details.status(), List.copyOf(details.allowedMoves()));
    }

    private void show(ReleaseDraft draft, List<TrackDetails> saved, ReleaseStatus current, List<ReleaseStatus> allowed) {
        header.show(current, allowed, access.manageReleases(), draft.type(), artistName, releaseId == null);
        banner.clear();
        content.fill(draft, saved, current, releaseId == null);
        dirty.markClean();
    }

    /** Saves the release and its whole listing in one call; invalid input is pointed at instead. */
    public void save() {
        save(details -> { });
    }

    private void save(Consumer<ReleaseDetails> then) {
        if (header.readOnlyProperty().get() || busy.get()) {
            return;
        }
        if (!content.validProperty().get()) {
            String first = content.revealProblems();
            banner.error(Messages.get("release.invalid"));
            focus(first);
            return;
        }
        ReleaseDraft draft = content.draft();
        UUID id = releaseId;
        UUID artist = artistId;
        long from = version;
        busy.set(true);
        List<ReleaseDetails> saved = new java.util.ArrayList<>(1);
        executor.submit(BackgroundTask.of(context -> id == null ? releases.create(artist, draft) : releases.save(id, from, draft))
                .onSuccess(details -> {
                    load(details);
                    banner.info(Messages.get("release.saved"));
                    changes.changed();
                    saved.add(details);
                })
                .onFailure(this::saveFailed)
                .onFinished(() -> {
                    busy.set(false);
                    saved.forEach(then);
                }));
    }

    private void saveFailed(Throwable failure) {
        if (failure instanceof AppException app && SaveFailures.STALE.equals(app.key())) {
            banner.conflict(app.getLocalizedMessage());
        }
        SaveFailures.handle(failure, dialogs, this::reload, message -> {
            if (!banner.isConflict()) {
                banner.error(message);
            }
        });
        if (failure instanceof AppException app && !SaveFailures.STALE.equals(app.key())) {
            content.placeRefusal(app).ifPresent(this::focus);
        }
    }

    /** Loads the saved version again, discarding unsaved edits (after a conflict, on request). */
    public void reload() {
        if (releaseId == null) {
            return;
        }
        UUID id = releaseId;
        busy.set(true);
        executor.submit(BackgroundTask.of(context -> releases.get(id))
                .onSuccess(this::load)
                .onFailure(failure -> banner.error(ErrorText.of(failure)))
                .onFinished(() -> busy.set(false)));
    }

    /** Undoes every unsaved edit: back to what was loaded or saved last. */
    public void revert() {
        if (loaded != null) {
            load(loaded);
        } else {
            startNew(artistId, artistName, access);
        }
    }

    /**
     * Moves the release to {@code target}. Unsaved edits are saved first; scheduled and released
     * are refused here, with the checklist pointing at what is missing, until the release is ready.
     */
    public void move(ReleaseStatus target) {
        if (busy.get() || !header.moves().contains(target)) {
            return;
        }
        List<ReadinessLine> needed = content.readiness().check(content.snapshotForReadiness(), target);
        ReadinessLine missing = needed.stream().filter(line -> !line.met()).findFirst().orElse(null);
        if (missing != null) {
            tracks.markNeeded(ReleaseLabels.status(target));
            banner.error(Messages.format("release.move.notReadyHere", ReleaseLabels.status(target)));
            focus(missing.field());
            return;
        }
        if (dirty.isDirty()) {
            save(saved -> changeStatus(target));
        } else {
            changeStatus(target);
        }
    }

    private void changeStatus(ReleaseStatus target) {
        UUID id = releaseId;
        long from = version;
        busy.set(true);
        executor.submit(BackgroundTask.of(context -> releases.changeStatus(id, from, target))
                .onSuccess(details -> {
                    load(details);
                    banner.info(Messages.format("release.moved", ReleaseLabels.status(target)));
                    changes.changed();
                })
                .onFailure(this::saveFailed)
                .onFinished(() -> busy.set(false)));
    }

    /** Goes to the field a checklist line is about; a split-sheet rule opens the sheet of its first failing track. */
    public void goTo(ReadinessLine line) {
        focus(line.field());
        splitSheets.goTo(line, tracks.selectedProperty().get());
    }

    /** Asks the View to focus {@code field} (a form field, or "track:&lt;index&gt;:&lt;cell&gt;"). */
    public void focus(String field) {
        if (field == null) {
            return;
        }
        if (field.startsWith("track:")) {
            int index = Integer.parseInt(field.split(":")[1]);
            if (index < tracks.rows().size()) {
                tracks.selectedProperty().set(tracks.rows().get(index));
            }
        }
        long sequence = focus.get() == null ? 1 : focus.get().sequence() + 1;
        focus.set(new FieldFocus(field, sequence));
    }

    /** Removes a track after the person confirms. */
    public void removeTrack(TrackRow row) {
        if (row == null || header.readOnlyProperty().get()) {
            return;
        }
        String name = row.titleProperty().get().isBlank() ? row.positionProperty().get() : row.titleProperty().get();
        if (dialogs.confirm(Messages.get("track.remove.title"), Messages.format("track.remove.message", name),
                Messages.get("track.remove.confirm"))) {
            tracks.remove(row);
        }
    }

    /**
     * Leaving the editor: without unsaved edits {@code then} runs at once; otherwise the person
     * chooses to save (then runs after a successful save), discard, or stay.
     */
    public void leave(Runnable then) {
        if (!dirty.isDirty() || header.readOnlyProperty().get()) {
            then.run();
            return;
        }
        switch (LeaveChoice.ask(dialogs, header.headingProperty().get())) {
            case SAVE -> save(saved -> then.run());
            case DISCARD -> {
                revert();
                then.run();
            }
            case STAY -> { }
        }
    }

    public ReleaseForm form() { return form; }
    public TrackListing tracks() { return tracks; }
    public LinkTable streamingLinks() { return content.streamingLinks(); }
    public LinkTable purchaseLinks() { return content.purchaseLinks(); }
    public ImageField cover() { return content.cover(); }
    public ImageField coverHighRes() { return content.coverHighRes(); }
    public ReadinessChecklist readiness() { return content.readiness(); }
    /** The selected track's master and publishing split sheets. */
    public TrackSplitSheets splitSheets() { return splitSheets; }
    public EditorBanner banner() { return banner; }
    public UUID releaseId() { return releaseId; }
    public String artistName() { return artistName; }
    public ReleaseHeader header() { return header; }
    public ReadOnlyBooleanProperty validProperty() { return content.validProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public BooleanBinding dirtyProperty() { return dirty.dirtyProperty(); }
    public boolean isDirty() { return dirty.isDirty(); }
    public BooleanBinding canSaveProperty() { return canSave; }
    public ReadOnlyObjectProperty<FieldFocus> focusProperty() { return focus.getReadOnlyProperty(); }
}
