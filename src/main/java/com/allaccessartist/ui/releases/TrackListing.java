package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.ReleaseReadiness;
import com.allaccessartist.service.catalog.IdentifierOwner;
import com.allaccessartist.service.catalog.TrackDetails;
import com.allaccessartist.service.catalog.TrackDraft;
import com.allaccessartist.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The track listing being edited: tracks in order, grouped by disc, always numbered 1, 2, 3… on
 * every disc 1, 2, 3… after any add, remove, move, drag or disc change; running time per disc and
 * overall; ISRCs that appear twice in the listing flagged, and ISRCs held elsewhere in the
 * catalogue found live with the release that holds them.
 */
public final class TrackListing {

    /** Finds the release holding an ISRC, other than one track (ReleaseService#isrcOwner). */
    @FunctionalInterface
    public interface IsrcLookup {
        Optional<IdentifierOwner> owner(String isrc, UUID exceptSongId);
    }

    private final IsrcChecks isrcChecks;
    private final Runnable onChange;
    private final ObservableList<TrackRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Disc> discs = FXCollections.observableArrayList();
    private final ObjectProperty<TrackRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final InvalidationListener rowChanged = observable -> refresh();
    private boolean refreshing;
    private boolean refreshAgain;
    private String required = "";

    /**
     * @param releaseId the release being edited (null while new): an ISRC held by one of its own
     *                  saved tracks is the listing's business, not a conflict with the catalogue
     * @param onChange  called after anything in the listing changed
     */
    public TrackListing(TaskExecutor executor, IsrcLookup lookup, Supplier<UUID> releaseId, Runnable onChange) {
        this.isrcChecks = new IsrcChecks(executor, lookup, releaseId);
        this.onChange = onChange;
        recompute();
    }

    /** Replaces the listing with saved tracks. */
    public void load(List<TrackDetails> tracks) {
        List<TrackRow> loaded = tracks.stream()
                .sorted(Comparator.comparingInt(TrackDetails::discNumber).thenComparingInt(TrackDetails::trackNumber))
                .map(TrackRow::of).toList();
        loaded.forEach(this::watch);
        selected.set(null);
        renumber(loaded);
    }

    /** Takes the split-sheet states read again from the catalogue (by track id); nothing else changes. */
    void updateSplits(Map<UUID, ReleaseReadiness.Splits> states) {
        rows.stream().filter(row -> row.id() != null && states.containsKey(row.id()))
                .forEach(row -> row.splits(states.get(row.id())));
        refresh();
    }

        /** Adds an empty track at the end of the selected track's disc (or the last disc) and selects it. */
    public TrackRow addTrack() {
        int disc = selected.get() != null ? selected.get().discProperty().get() : Math.max(1, discs.size());
        return insert(disc);
    }

    /** Adds a new disc with one empty track, selected. */
    public TrackRow addDisc() {
        return insert(discs.size() + 1);
    }

    private TrackRow insert(int disc) {
        TrackRow row = TrackRow.blank();
        watch(row);
        List<TrackRow> work = new ArrayList<>(rows);
        TrackOrder.append(work, row, disc);
        apply(work, row);
        return row;
    }

    public void remove(TrackRow row) {
        int index = rows.indexOf(row);
        if (index < 0) {
            return;
        }
        List<TrackRow> work = new ArrayList<>(rows);
        work.remove(index);
        apply(work, work.isEmpty() ? null : work.get(Math.min(index, work.size() - 1)));
    }

    /** One place up (Alt+Up); the first track of a disc goes to the end of the disc before. */
    public void moveUp(TrackRow row) {
        move(row, work -> TrackOrder.moveUp(work, row));
    }

    /** One place down (Alt+Down); the last track of a disc goes to the start of the disc after. */
    public void moveDown(TrackRow row) {
        move(row, work -> TrackOrder.moveDown(work, row));
    }

    /** To the end of {@code disc}; one past the last disc starts a new disc. */
    public void moveToDisc(TrackRow row, int disc) {
        if (disc >= 1 && disc <= discs.size() + 1) {
            move(row, work -> {
                work.remove(row);
                TrackOrder.append(work, row, disc);
            });
        }
    }

    /**
     * Drag and drop: {@code row} takes the place (disc and number) of {@code target}; dragged
     * down within a disc it lands after the target, otherwise before it.
     */
    public void moveOnto(TrackRow row, TrackRow target) {
        if (row != target && rows.contains(target)) {
            move(row, work -> TrackOrder.moveOnto(work, row, target));
        }
    }

    private void move(TrackRow row, java.util.function.Consumer<List<TrackRow>> change) {
        if (!rows.contains(row)) {
            return;
        }
        List<TrackRow> work = new ArrayList<>(rows);
        change.accept(work);
        apply(work, row);
    }

    /** Takes the new order (renumbered), with {@code select} selected. */
    private void apply(List<TrackRow> work, TrackRow select) {
        renumber(work);
        selected.set(select);
    }

    private void renumber(List<TrackRow> work) {
        List<TrackRow> ordered = TrackOrder.renumbered(work);
        if (!ordered.equals(rows)) {
            rows.setAll(ordered);
        }
        refresh();
    }

    /** Totals, discs, in-listing duplicates and validity, after any change. */
    private void refresh() {
        if (refreshing) {
            // marking a duplicate changes a row's validity, which calls back here: one more pass, not a recursion
            refreshAgain = true;
            return;
        }
        refreshing = true;
        try {
            do {
                refreshAgain = false;
                recompute();
            } while (refreshAgain);
        } finally {
            refreshing = false;
        }
        onChange.run();
    }

    private void recompute() {
        Map<Integer, List<TrackRow>> byDisc = rows.stream()
                .collect(Collectors.groupingBy(row -> row.discProperty().get(), LinkedHashMap::new, Collectors.toList()));
        while (discs.size() > byDisc.size()) {
            discs.remove(discs.size() - 1);
        }
        while (discs.size() < byDisc.size()) {
            discs.add(new Disc(discs.size() + 1));
        }
        byDisc.values().forEach(tracks -> discs.get(tracks.get(0).discProperty().get() - 1)
                .update(tracks.size(), seconds(tracks)));
        total.set(Messages.format("track.total", rows.size(), ReleaseLabels.running(seconds(rows))));
        IsrcChecks.markDuplicates(rows);
        valid.set(rows.stream().allMatch(TrackRow::isValid));
    }

    private static long seconds(List<TrackRow> tracks) {
        return tracks.stream().map(TrackRow::durationSeconds).filter(s -> s != null).mapToLong(Integer::longValue).sum();
    }

    private void watch(TrackRow row) {
        row.requiredForProperty().set(required);
        List<Observable> observed = List.of(row.titleProperty(), row.durationProperty(), row.bpmProperty(),
                row.keyProperty(), row.timeSignatureProperty(), row.languageProperty(), row.explicitProperty(),
                row.instrumentalProperty(), row.writers(), row.producers(), row.featuredArtists(), row.validProperty());
        observed.forEach(observable -> observable.addListener(rowChanged));
        row.isrcProperty().addListener(observable -> {
            isrcChecks.lookUp(row);
            refresh();
        });
    }

    /**
     * Every track must have an ISRC and a duration while the release is {@code status} (shown
     * name; empty: none is needed).
     */
    void requireIdentifiers(String status) {
        required = status;
        rows.forEach(row -> row.requiredForProperty().set(status));
        refresh();
    }

    /** Marks the ISRC and duration cells a refused move to {@code status} needs, on every track missing them. */
    void markNeeded(String status) {
        for (TrackRow row : rows) {
            if (row.normalizedIsrc() == null) {
                row.notice("isrc", Messages.format("track.needed.isrc", status));
            }
            if (row.durationSeconds() == null) {
                row.notice("duration", Messages.format("track.needed.duration", status));
            }
        }
    }

    /** The tracks as the service saves them, in order; only for a valid listing. */
    List<TrackDraft> toDrafts() {
        return rows.stream().map(TrackRow::toDraft).toList();
    }

    List<ReleaseReadiness.Track> toReadiness() {
        return rows.stream().map(TrackRow::toReadiness).toList();
    }

    List<Object> snapshot() {
        return rows.stream().map(TrackRow::snapshot).collect(Collectors.toList());
    }

    void revealAll() {
        rows.forEach(TrackRow::revealAll);
    }

    /** The row holding {@code normalizedIsrc}, if any. */
    Optional<TrackRow> withIsrc(String normalizedIsrc) {
        return rows.stream().filter(row -> normalizedIsrc.equals(row.normalizedIsrc())).findFirst();
    }

    public ObservableList<TrackRow> rows() { return rows; }
    public ObservableList<Disc> discs() { return discs; }
    public ObjectProperty<TrackRow> selectedProperty() { return selected; }
    /** "12 tracks · 48:10". */
    public ReadOnlyStringProperty totalProperty() { return total.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    public boolean isValid() { return valid.get(); }
}
