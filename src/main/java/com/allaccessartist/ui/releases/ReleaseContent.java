package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.catalog.ReleaseReadiness;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.service.catalog.MediaService;
import com.allaccessartist.service.catalog.ReleaseDraft;
import com.allaccessartist.service.catalog.ReleaseService;
import com.allaccessartist.service.catalog.TrackDetails;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.TaskExecutor;
import com.allaccessartist.ui.editing.ImageField;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * Everything the release editor edits, as one whole: the release's fields, its track listing,
 * its links and cover images; whether all of it is valid, the readiness checklist on its current
 * values, the draft it makes, and where a refusal of the service belongs. Every change counts one
 * edit ({@link #editsProperty()}), which drives the dirty marker.
 */
final class ReleaseContent {

    private final ReadOnlyLongWrapper edits = new ReadOnlyLongWrapper(this, "edits");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReleaseForm form;
    private final TrackListing tracks;
    private final LinkTable streamingLinks = new LinkTable(this::edited);
    private final LinkTable purchaseLinks = new LinkTable(this::edited);
    private final ImageField cover;
    private final ImageField coverHighRes;
    private final ReadinessChecklist readiness;
    private ReleaseStatus status = ReleaseStatus.DRAFT;
    private boolean filling;

    /**
     * @param releaseId the release being edited (null while new)
     * @param artistId  its artist (catalogue numbers are unique per label)
     */
    ReleaseContent(ReleaseService releases, MediaService media, TaskExecutor executor, DialogService dialogs, Clock clock,
                   Supplier<UUID> releaseId, Supplier<UUID> artistId) {
        form = new ReleaseForm(executor, slug -> releases.slugOwner(artistId.get(), slug, releaseId.get()),
                upc -> releases.upcOwner(upc, releaseId.get()),
                number -> releases.catalogNumberOwner(artistId.get(), number, releaseId.get()));
        tracks = new TrackListing(executor, releases::isrcOwner, releaseId, this::edited);
        Path home = Path.of(System.getProperty("user.home", "."));
        cover = new ImageField(form.coverArtProperty(), media, executor, dialogs, home);
        coverHighRes = new ImageField(form.coverArtHighResProperty(), media, executor, dialogs, home);
        readiness = new ReadinessChecklist(clock);
        form.observables().forEach(observable -> observable.addListener(o -> edited()));
        form.allChecks().forEach(check -> check.validProperty().addListener(o -> edited()));
    }

    /** Shows a release in {@code current}: a scheduled or released one needs every ISRC and duration. */
    void fill(ReleaseDraft draft, List<TrackDetails> saved, ReleaseStatus current, boolean newRelease) {
        filling = true;
        try {
            status = current;
            ReleaseDrafts.fill(form, draft);
            streamingLinks.load(draft.streamingLinks());
            purchaseLinks.load(draft.purchaseLinks());
            tracks.load(saved);
            boolean needsIdentifiers = current == ReleaseStatus.SCHEDULED || current == ReleaseStatus.RELEASED;
            tracks.requireIdentifiers(needsIdentifiers ? ReleaseLabels.status(current) : "");
            form.suggestSlug(newRelease);
        } finally {
            filling = false;
        }
        edited();
    }

    /** Something changed: validity and readiness follow, and it counts as an edit. */
    private void edited() {
        if (filling || tracks == null) {
            return;
        }
        valid.set(form.isValid() && tracks.isValid() && streamingLinks.isValid() && purchaseLinks.isValid());
        readiness.update(status, snapshotForReadiness());
        edits.set(edits.get() + 1);
    }

    ReleaseReadiness.Snapshot snapshotForReadiness() {
        return new ReleaseReadiness.Snapshot(form.releaseDateProperty().get(), form.upcProperty().get(), tracks.toReadiness());
    }

    /** What the person entered, to tell whether anything changed since it was loaded. */
    List<Object> snapshot() {
        return List.of(ReleaseDrafts.snapshot(form), tracks.snapshot(), streamingLinks.snapshot(), purchaseLinks.snapshot());
    }

    /** The draft the service saves; only for valid content. */
    ReleaseDraft draft() {
        return ReleaseDrafts.draft(form, streamingLinks.toMap(), purchaseLinks.toMap(), tracks.toDrafts());
    }

    /** Shows every field's reason, and names the first field that is wrong. */
    String revealProblems() {
        form.revealAll();
        tracks.revealAll();
        streamingLinks.revealAll();
        purchaseLinks.revealAll();
        String field = form.firstInvalidField();
        if (field != null) {
            return field;
        }
        for (int i = 0; i < tracks.rows().size(); i++) {
            String cell = tracks.rows().get(i).firstInvalidField();
            if (cell != null) {
                return "track:" + i + ":" + cell;
            }
        }
        return streamingLinks.isValid() ? "purchaseLinks" : "streamingLinks";
    }

    /** Shows a refusal of the service at the field or cell it names; returns that field, if any. */
    Optional<String> placeRefusal(AppException refusal) {
        return SaveErrorPlacement.of(refusal, tracks).map(place -> {
            String message = refusal.getLocalizedMessage();
            if (place.row() != null) {
                place.row().saveError(place.field(), message);
                return "track:" + place.index() + ":" + place.field();
            }
            if (place.field().startsWith("streamingLinks") || place.field().startsWith("purchaseLinks")) {
                LinkTable links = place.field().startsWith("streaming") ? streamingLinks : purchaseLinks;
                links.saveError(place.field().contains(":") ? place.field().split(":")[1] : null, message);
                return place.field().split(":")[0];
            }
            form.saveError(place.field(), message);
            return place.field();
        });
    }

    ReleaseForm form() { return form; }
    TrackListing tracks() { return tracks; }
    LinkTable streamingLinks() { return streamingLinks; }
    LinkTable purchaseLinks() { return purchaseLinks; }
    ImageField cover() { return cover; }
    ImageField coverHighRes() { return coverHighRes; }
    ReadinessChecklist readiness() { return readiness; }
    ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    ReadOnlyLongProperty editsProperty() { return edits.getReadOnlyProperty(); }
}
