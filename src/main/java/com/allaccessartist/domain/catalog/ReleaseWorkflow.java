package com.allaccessartist.domain.catalog;

import static com.allaccessartist.domain.catalog.ReleaseStatus.ARCHIVED;
import static com.allaccessartist.domain.catalog.ReleaseStatus.DRAFT;
import static com.allaccessartist.domain.catalog.ReleaseStatus.IN_PROGRESS;
import static com.allaccessartist.domain.catalog.ReleaseStatus.MASTERED;
import static com.allaccessartist.domain.catalog.ReleaseStatus.RELEASED;
import static com.allaccessartist.domain.catalog.ReleaseStatus.SCHEDULED;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The moves a release's status may make. People who may manage releases move it forward, and
 * may archive work that will not come out; only an administrator (owner or admin of the artist
 * or of its organization) moves it back.
 *
 * <pre>
 * from          forward (can_manage_releases)         back (administrators only)
 * draft         in_progress, archived                 -
 * in_progress   mastered, archived                    draft
 * mastered      scheduled, archived                   in_progress
 * scheduled     released                              mastered
 * released      archived                              scheduled
 * archived      -                                     released, draft
 * </pre>
 *
 * Whether a release may enter {@code scheduled} or {@code released} also depends on its content:
 * see {@link ReleaseReadiness}.
 */
public final class ReleaseWorkflow {

    private static final Map<ReleaseStatus, EnumSet<ReleaseStatus>> FORWARD = new EnumMap<>(ReleaseStatus.class);
    private static final Map<ReleaseStatus, EnumSet<ReleaseStatus>> BACK = new EnumMap<>(ReleaseStatus.class);

    static {
        FORWARD.put(DRAFT, EnumSet.of(IN_PROGRESS, ARCHIVED));
        FORWARD.put(IN_PROGRESS, EnumSet.of(MASTERED, ARCHIVED));
        FORWARD.put(MASTERED, EnumSet.of(SCHEDULED, ARCHIVED));
        FORWARD.put(SCHEDULED, EnumSet.of(RELEASED));
        FORWARD.put(RELEASED, EnumSet.of(ARCHIVED));
        FORWARD.put(ARCHIVED, EnumSet.noneOf(ReleaseStatus.class));
        BACK.put(DRAFT, EnumSet.noneOf(ReleaseStatus.class));
        BACK.put(IN_PROGRESS, EnumSet.of(DRAFT));
        BACK.put(MASTERED, EnumSet.of(IN_PROGRESS));
        BACK.put(SCHEDULED, EnumSet.of(MASTERED));
        BACK.put(RELEASED, EnumSet.of(SCHEDULED));
        BACK.put(ARCHIVED, EnumSet.of(RELEASED, DRAFT));
    }

    private ReleaseWorkflow() {
    }

    /** The statuses a release in {@code from} may move to, for an administrator or not. */
    public static Set<ReleaseStatus> moves(ReleaseStatus from, boolean administrator) {
        EnumSet<ReleaseStatus> moves = EnumSet.copyOf(FORWARD.get(from));
        if (administrator) {
            moves.addAll(BACK.get(from));
        }
        return Collections.unmodifiableSet(moves);
    }

    /** Whether {@code from → to} is a move back (administrators only). */
    public static boolean isMoveBack(ReleaseStatus from, ReleaseStatus to) {
        return BACK.get(from).contains(to);
    }

    /** Whether {@code from → to} is in the table at all (for anyone). */
    public static boolean exists(ReleaseStatus from, ReleaseStatus to) {
        return FORWARD.get(from).contains(to) || BACK.get(from).contains(to);
    }

    /** Archived releases are read-only: only their status may change (administrators). */
    public static boolean isReadOnly(ReleaseStatus status) {
        return status == ARCHIVED;
    }
}
