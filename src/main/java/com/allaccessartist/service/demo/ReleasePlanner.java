package com.allaccessartist.service.demo;

import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plans the releases: type, status and track count of each, and whose it is. The first six
 * cover every type and every status; track counts follow the type (single 1–3, EP 4–6, album
 * 8–16, mixtape 10–20, compilation 12–24, live 10–20) and are then nudged, within those ranges
 * where possible, until they add up to exactly the requested number of songs. Every artist gets
 * a release when there are enough; beyond that, popular artists get more.
 */
final class ReleasePlanner {

    /** Weights in {@link ReleaseType} order: single, EP, album, mixtape, compilation, live. */
    private static final double[] TYPE_WEIGHTS = {0.28, 0.18, 0.34, 0.06, 0.06, 0.08};
    /** Weights in {@link ReleaseStatus} order: draft, in progress, mastered, scheduled, released, archived. */
    private static final double[] STATUS_WEIGHTS = {0.10, 0.10, 0.07, 0.08, 0.57, 0.08};
    private static final int[] MIN_TRACKS = {1, 4, 8, 10, 12, 10};
    private static final int[] MAX_TRACKS = {3, 6, 16, 20, 24, 20};

    private final DemoRandom random;

    ReleasePlanner(DemoRandom random) {
        this.random = random;
    }

    List<ReleaseSlot> plan(DemoSize size, List<DemoArtist> artists) {
        int count = size.releases();
        ReleaseType[] types = new ReleaseType[count];
        ReleaseStatus[] statuses = new ReleaseStatus[count];
        int[] tracks = new int[count];
        for (int i = 0; i < count; i++) {
            types[i] = i < ReleaseType.values().length ? ReleaseType.values()[i]
                    : ReleaseType.values()[random.weighted(TYPE_WEIGHTS)];
            statuses[i] = i < ReleaseStatus.values().length ? ReleaseStatus.values()[i]
                    : ReleaseStatus.values()[random.weighted(STATUS_WEIGHTS)];
            int t = types[i].ordinal();
            tracks[i] = random.between(MIN_TRACKS[t], MAX_TRACKS[t]);
        }
        fitTotal(types, tracks, size.songs());
        ArtistPicker picker = new ArtistPicker(artists);
        List<ReleaseSlot> slots = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            DemoArtist artist = i < artists.size() ? artists.get(i) : picker.next();
            slots.add(new ReleaseSlot(artist, types[i], statuses[i], tracks[i]));
        }
        return slots;
    }

    /** Changes track counts one at a time, at random releases, until they add up to {@code target}. */
    private void fitTotal(ReleaseType[] types, int[] tracks, int target) {
        long sum = Arrays.stream(tracks).asLongStream().sum();
        // first within each type's range, then (only for unusual custom sizes) from 1 to the maximum
        for (int phase = 0; phase < 2 && sum != target; phase++) {
            boolean grow = sum < target;
            int[] candidates = new int[tracks.length];
            int size = 0;
            for (int i = 0; i < tracks.length; i++) {
                if (canMove(types[i], tracks[i], grow, phase)) {
                    candidates[size++] = i;
                }
            }
            while (sum != target && size > 0) {
                int k = random.between(0, size - 1);
                int i = candidates[k];
                tracks[i] += grow ? 1 : -1;
                sum += grow ? 1 : -1;
                if (!canMove(types[i], tracks[i], grow, phase)) {
                    candidates[k] = candidates[--size];
                }
            }
        }
    }

    private static boolean canMove(ReleaseType type, int tracks, boolean grow, int phase) {
        int t = type.ordinal();
        int max = phase == 0 ? MAX_TRACKS[t] : DemoSize.MAX_TRACKS_PER_RELEASE;
        int min = phase == 0 ? MIN_TRACKS[t] : 1;
        return grow ? tracks < max : tracks > min;
    }

    /** Picks artists in proportion to a long-tailed popularity, so some have many releases. */
    private final class ArtistPicker {
        private final List<DemoArtist> artists;
        private final double[] cumulative;

        ArtistPicker(List<DemoArtist> artists) {
            this.artists = artists;
            this.cumulative = new double[artists.size()];
            double total = 0;
            for (int i = 0; i < cumulative.length; i++) {
                total += StrictMath.exp(0.9 * random.gaussian());
                cumulative[i] = total;
            }
        }

        DemoArtist next() {
            double point = random.unit() * cumulative[cumulative.length - 1];
            int index = Arrays.binarySearch(cumulative, point);
            int i = index >= 0 ? index : -index - 1;
            return artists.get(Math.min(i, artists.size() - 1));
        }
    }
}
