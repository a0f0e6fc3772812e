package com.allaccessartist.ui.releases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The listing's order as plain list operations: where a track goes when it is added, moved one
 * place, moved to another disc or dropped on another track, and the numbering that follows
 * (discs 1, 2, 3… with no gap, tracks 1, 2, 3… on each disc).
 */
final class TrackOrder {

    private TrackOrder() {
    }

    /** Puts {@code row} at the end of {@code disc} (a new disc: at the end). */
    static void append(List<TrackRow> rows, TrackRow row, int disc) {
        row.discProperty().set(disc);
        int last = lastIndexOfDisc(rows, disc);
        rows.add(last < 0 ? rows.size() : last + 1, row);
    }

    /** One place up; the first track of a disc goes to the end of the disc before. */
    static void moveUp(List<TrackRow> rows, TrackRow row) {
        int index = rows.indexOf(row);
        if (index <= 0) {
            return;
        }
        TrackRow previous = rows.get(index - 1);
        if (previous.discProperty().get() == row.discProperty().get()) {
            Collections.swap(rows, index - 1, index);
        } else {
            row.discProperty().set(previous.discProperty().get());
        }
    }

    /** One place down; the last track of a disc goes to the start of the disc after. */
    static void moveDown(List<TrackRow> rows, TrackRow row) {
        int index = rows.indexOf(row);
        if (index < 0 || index >= rows.size() - 1) {
            return;
        }
        TrackRow next = rows.get(index + 1);
        if (next.discProperty().get() == row.discProperty().get()) {
            Collections.swap(rows, index, index + 1);
        } else {
            row.discProperty().set(next.discProperty().get());
        }
    }

    /** {@code row} takes the place of {@code target} on its disc: after it when dragged down its own disc, else before. */
    static void moveOnto(List<TrackRow> rows, TrackRow row, TrackRow target) {
        boolean downSameDisc = row.discProperty().get() == target.discProperty().get()
                && rows.indexOf(row) < rows.indexOf(target);
        rows.remove(row);
        row.discProperty().set(target.discProperty().get());
        rows.add(rows.indexOf(target) + (downSameDisc ? 1 : 0), row);
    }

    /** The rows in disc order (stable within a disc), renumbered. */
    static List<TrackRow> renumbered(List<TrackRow> rows) {
        List<TrackRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingInt(row -> row.discProperty().get()));
        int disc = 0;
        int previousDisc = Integer.MIN_VALUE;
        int number = 0;
        for (TrackRow row : ordered) {
            if (row.discProperty().get() != previousDisc) {
                previousDisc = row.discProperty().get();
                disc++;
                number = 0;
            }
            row.discProperty().set(disc);
            row.numberProperty().set(++number);
        }
        return ordered;
    }

    private static int lastIndexOfDisc(List<TrackRow> rows, int disc) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).discProperty().get() == disc) {
                return i;
            }
        }
        return -1;
    }
}
