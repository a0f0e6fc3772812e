package com.allaccessartist.domain.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a release needs before it may be {@code scheduled} or {@code released}, as a checklist
 * the editor shows (each item met or not, with the field that fails) and services enforce.
 *
 * <ul>
 *   <li>scheduled: a release date, a valid UPC/EAN, at least one track, every track a valid ISRC
 *       and a duration;</li>
 *   <li>released: all of that, and the release date is today or past.</li>
 * </ul>
 * A release already scheduled or released must keep meeting its status's rules when edited.
 *
 * <p>Split sheets gate the move to {@code scheduled}: every track's recording has a complete
 * master sheet (exactly 100.00 %), every track's recording is linked to its work, and every linked
 * work has a complete publishing sheet. A recording realises a work (see DOMAIN.md: the
 * publishing pie is the work's), so a recording without a work has no publishing pie at all and
 * blocks too. These items are checked only for tracks whose {@link Splits} are known (saved
 * tracks, read from the catalogue); an edit of a scheduled release is not refused for a track
 * that cannot have a sheet before it is saved.
 */
public final class ReleaseReadiness {

    /** What the checklist looks at: the release's fields as entered (raw text, not yet parsed). */
    public record Snapshot(LocalDate releaseDate, String upc, List<Track> tracks) {
        public Snapshot {
            tracks = List.copyOf(tracks);
        }
    }

    /**
     * One track as entered. {@code position} is what people see, e.g. "1-3" for disc 1 track 3.
     * {@code splits} is the state of its split sheets, null when not known (a draft not saved yet).
     */
    public record Track(String position, String title, String isrc, Integer durationSeconds, Splits splits) {
        /** A track whose split sheets are not looked at. */
        public Track(String position, String title, String isrc, Integer durationSeconds) {
            this(position, title, isrc, durationSeconds, null);
        }
    }

    /**
     * The split sheets of a track's recording: whether its master sheet totals exactly 100.00,
     * whether the recording is linked to a work, and whether that work's publishing sheet totals
     * exactly 100.00.
     */
    public record Splits(boolean masterComplete, boolean workLinked, boolean publishingComplete) {
        /** A recording without sheets or work (a new track). */
        public static final Splits NONE = new Splits(false, false, false);
    }

    /**
     * One rule of the checklist.
     *
     * @param key     message key of the rule ("readiness.releaseDate", "readiness.upc", ...)
     * @param met     whether the release meets it
     * @param field   the field to go to when it is not met: "releaseDate", "upc", "tracks", or
     *                "track:&lt;index&gt;:isrc" / "track:&lt;index&gt;:duration" (index in the list)
     * @param args    arguments of the message (e.g. the tracks that fail)
     */
    public record Item(String key, boolean met, String field, Object... args) {
    }

    private ReleaseReadiness() {
    }

    /** The checklist for moving to {@code target}: empty for statuses without content rules. */
    public static List<Item> check(Snapshot release, ReleaseStatus target, LocalDate today) {
        List<Item> items = new ArrayList<>();
        if (target != ReleaseStatus.SCHEDULED && target != ReleaseStatus.RELEASED) {
            return items;
        }
        items.add(new Item("readiness.releaseDate", release.releaseDate() != null, "releaseDate"));
        boolean upc = release.upc() != null && !release.upc().isBlank() && Upc.isValid(release.upc());
        items.add(new Item("readiness.upc", upc, "upc"));
        items.add(new Item("readiness.tracks", !release.tracks().isEmpty(), "tracks"));
        int firstWithoutIsrc = -1;
        int firstWithoutDuration = -1;
        List<String> withoutIsrc = new ArrayList<>();
        List<String> withoutDuration = new ArrayList<>();
        for (int i = 0; i < release.tracks().size(); i++) {
            Track track = release.tracks().get(i);
            if (track.isrc() == null || track.isrc().isBlank() || !Isrc.isValid(track.isrc())) {
                withoutIsrc.add(track.position());
                firstWithoutIsrc = firstWithoutIsrc < 0 ? i : firstWithoutIsrc;
            }
            if (track.durationSeconds() == null || track.durationSeconds() <= 0) {
                withoutDuration.add(track.position());
                firstWithoutDuration = firstWithoutDuration < 0 ? i : firstWithoutDuration;
            }
        }
        items.add(new Item("readiness.isrc", withoutIsrc.isEmpty(),
                firstWithoutIsrc < 0 ? "tracks" : "track:" + firstWithoutIsrc + ":isrc", String.join(", ", withoutIsrc)));
        items.add(new Item("readiness.duration", withoutDuration.isEmpty(),
                firstWithoutDuration < 0 ? "tracks" : "track:" + firstWithoutDuration + ":duration",
                String.join(", ", withoutDuration)));
        if (target == ReleaseStatus.SCHEDULED) {
            items.addAll(splitItems(release.tracks()));
        }
        if (target == ReleaseStatus.RELEASED) {
            boolean reached = release.releaseDate() != null && !release.releaseDate().isAfter(today);
            items.add(new Item("readiness.dateReached", reached, "releaseDate", release.releaseDate()));
        }
        return items;
    }

    /** The split-sheet items, over the tracks whose sheets are known (none when no track's are). */
    private static List<Item> splitItems(List<Track> tracks) {
        List<Integer> known = new ArrayList<>();
        for (int i = 0; i < tracks.size(); i++) {
            if (tracks.get(i).splits() != null) {
                known.add(i);
            }
        }
        if (known.isEmpty()) {
            return List.of();
        }
        return List.of(
                splitItem("readiness.masterSplit", tracks, known, s -> s.masterComplete()),
                splitItem("readiness.work", tracks, known, s -> s.workLinked()),
                splitItem("readiness.publishingSplit", tracks, known, s -> !s.workLinked() || s.publishingComplete()));
    }

    private static Item splitItem(String key, List<Track> tracks, List<Integer> known,
                                  java.util.function.Predicate<Splits> rule) {
        List<String> failing = new ArrayList<>();
        int first = -1;
        for (int i : known) {
            if (!rule.test(tracks.get(i).splits())) {
                failing.add(tracks.get(i).position());
                first = first < 0 ? i : first;
            }
        }
        return new Item(key, failing.isEmpty(), first < 0 ? "tracks" : "track:" + first + ":splits",
                String.join(", ", failing));
    }

    /** Whether every item is met. */
    public static boolean ready(List<Item> items) {
        return items.stream().allMatch(Item::met);
    }
}
