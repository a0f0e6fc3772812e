package com.allaccessartist.service.demo;

import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Generates the songs of one release: titles (a single's lead track carries the release's
 * title, live recordings say so), disc and track numbers, durations of 2 to 7 minutes with a
 * few longer, tempos around the genre's, keys, explicit and instrumental flags, writers,
 * producers and the odd featured artist, and ISRCs where the release's status needs them.
 */
final class TrackListGenerator {

    private static final List<String> SINGLE_VERSIONS = List.of("Radio Edit", "Instrumental", "Acoustic",
            "Extended Mix", "Live Session");
    private static final List<String> TIME_SIGNATURES = List.of("4/4", "3/4", "6/8", "5/4");
    private static final double[] TIME_SIGNATURE_WEIGHTS = {0.88, 0.06, 0.05, 0.01};
    private static final int TITLE_ATTEMPTS = 6;

    private final DemoRandom random;
    private final NameGenerator names;
    private final IsrcAllocator isrcs;
    private final List<DemoArtist> artists;

    TrackListGenerator(DemoRandom random, IsrcAllocator isrcs, List<DemoArtist> artists) {
        this.random = random;
        this.names = new NameGenerator(random);
        this.isrcs = isrcs;
        this.artists = artists;
    }

    /**
     * @param isrcYear the year the release's ISRCs are assigned in
     */
    List<DemoSong> generate(ReleaseSlot slot, UUID releaseId, String releaseTitle, int isrcYear) {
        DemoArtist artist = slot.artist();
        int discs = discs(slot);
        int firstDisc = (slot.tracks() + discs - 1) / discs;
        List<String> producers = List.of(names.personName(), names.personName());
        List<String> writers = List.of(artist.type() == ArtistType.INDIVIDUAL ? artist.name() : names.personName(),
                names.personName(), names.personName());
        Set<String> titles = new HashSet<>();
        List<DemoSong> songs = new ArrayList<>(slot.tracks());
        for (int n = 0; n < slot.tracks(); n++) {
            int disc = n < firstDisc ? 1 : 2;
            int track = n < firstDisc ? n + 1 : n - firstDisc + 1;
            String title = title(slot.type(), releaseTitle, n, titles);
            songs.add(song(slot, releaseId, disc, track, title, isrcYear, writers, producers));
        }
        return songs;
    }

    private int discs(ReleaseSlot slot) {
        int tracks = slot.tracks();
        if (tracks > 26) {
            return 2;
        }
        return switch (slot.type()) {
            case ALBUM -> tracks >= 14 && random.chance(0.3) ? 2 : 1;
            case LIVE -> tracks >= 14 && random.chance(0.4) ? 2 : 1;
            case COMPILATION -> tracks >= 18 && random.chance(0.5) ? 2 : 1;
            default -> 1;
        };
    }

    private String title(ReleaseType type, String releaseTitle, int n, Set<String> titles) {
        if (type == ReleaseType.SINGLE) {
            String title = n == 0 ? releaseTitle : releaseTitle + " (" + random.pick(SINGLE_VERSIONS) + ")";
            return titles.add(title) ? title : unique(releaseTitle + " (Version " + (n + 1) + ")", titles);
        }
        String suffix = type == ReleaseType.LIVE ? " (Live)" : "";
        for (int attempt = 0; attempt < TITLE_ATTEMPTS; attempt++) {
            String title = names.trackTitle() + suffix;
            if (titles.add(title)) {
                return title;
            }
        }
        return unique(names.trackTitle() + " (Reprise)" + suffix, titles);
    }

    private static String unique(String title, Set<String> titles) {
        String candidate = title;
        for (int n = 2; !titles.add(candidate); n++) {
            candidate = title + " " + n;
        }
        return candidate;
    }

    private DemoSong song(ReleaseSlot slot, UUID releaseId, int disc, int track, String title, int isrcYear,
                          List<String> writers, List<String> producers) {
        ReleaseStatus status = slot.status();
        DemoArtist artist = slot.artist();
        DemoGenre genre = artist.genre();
        boolean finished = status != ReleaseStatus.DRAFT && status != ReleaseStatus.IN_PROGRESS;
        boolean out = status == ReleaseStatus.RELEASED || status == ReleaseStatus.ARCHIVED;
        boolean instrumental = title.contains("(Instrumental)") || random.chance(genre.instrumentalRate());
        boolean explicit = !instrumental && random.chance(genre.explicitRate());
        Integer duration = finished || random.chance(status == ReleaseStatus.DRAFT ? 0.5 : 0.8)
                ? duration(slot.type(), title) : null;
        Integer tempo = finished || random.chance(0.5) ? random.gaussian(genre.meanBpm(), 14, 60, 180) : null;
        String key = tempo == null ? null : random.pick(WordLists.KEYS);
        String timeSignature = TIME_SIGNATURES.get(random.weighted(TIME_SIGNATURE_WEIGHTS));
        String isrc = finished || (status == ReleaseStatus.IN_PROGRESS && random.chance(0.5))
                ? isrcs.next(artist.issuer(), isrcYear).value() : null;
        List<String> songWriters = writers.subList(0, random.between(1, writers.size()));
        List<String> songProducers = producers.subList(0, random.chance(0.7) ? 1 : 2);
        List<String> featured = random.chance(0.07) ? List.of(featuredArtist(artist)) : List.of();
        long plays = out ? random.logNormal(20_000, 1.6) : 0;
        BigDecimal skipRate = out ? BigDecimal.valueOf(random.between(500, 4500), 2) : BigDecimal.ZERO.setScale(2);
        BigDecimal completionRate = out ? BigDecimal.valueOf(random.between(4000, 9500), 2)
                : BigDecimal.ZERO.setScale(2);
        return new DemoSong(random.uuid(), releaseId, artist.id(), title, track, disc, duration, tempo, key,
                timeSignature, explicit, instrumental, isrc, songWriters, songProducers, featured, plays, skipRate,
                completionRate);
    }

    private int duration(ReleaseType type, String title) {
        if (title.contains("(Radio Edit)")) {
            return random.between(150, 210);
        }
        if (random.chance(0.03)) {
            return random.between(421, 640);
        }
        return random.gaussian(type == ReleaseType.LIVE ? 262 : 215, 48, 120, 420);
    }

    private String featuredArtist(DemoArtist artist) {
        DemoArtist guest = random.pick(artists);
        return guest.id().equals(artist.id()) ? names.personName() : guest.name();
    }
}
