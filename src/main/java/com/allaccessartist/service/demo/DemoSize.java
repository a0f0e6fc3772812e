package com.allaccessartist.service.demo;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;
import java.util.Locale;

/**
 * How much demo data to generate. {@link #SMALL} is the default for trying the application;
 * {@link #LARGE} is for benchmarks. Custom sizes (tests, experiments) must leave room for every
 * artist type, release type and release status, and for at least one track per release.
 *
 * @param organizations organizations (labels, management companies, publishers, distributors,
 *                      studios); each has a founding person, so at most {@code people}
 * @param people        people (users with a profile)
 * @param artists       artists, at least one per {@link ArtistType}
 * @param releases      releases, at least one per {@link ReleaseType} and per {@link ReleaseStatus}
 * @param songs         songs (recordings) across all releases: at least one per release and at
 *                      most {@link #MAX_TRACKS_PER_RELEASE} per release
 * @param splitSheetArtists the first this many artists (in plan order) get split sheets for
 *                      their recordings and works; every recording gets a work either way. All
 *                      artists unless said otherwise; the large demo limits it to keep its load
 *                      time moderate
 */
public record DemoSize(int organizations, int people, int artists, int releases, int songs, int splitSheetArtists) {

    /** The most tracks the generator puts on one release. */
    public static final int MAX_TRACKS_PER_RELEASE = 40;

    /** How many of the large demo's artists have split sheets. */
    public static final int LARGE_SPLIT_SHEET_ARTISTS = 1_000;

    /** A label group of about five organizations: quick to load, enough to try every screen. */
    public static final DemoSize SMALL = new DemoSize(5, 40, 50, 300, 3_000);

    /**
     * A catalogue the size of a large label group, for benchmarks. Split sheets are written for the
     * recordings and works of its first {@value #LARGE_SPLIT_SHEET_ARTISTS} artists (about a tenth
     * of the catalogue): sheets for all million recordings would more than double its load time.
     */
    public static final DemoSize LARGE = new DemoSize(50, 500, 10_000, 100_000, 1_000_000,
            LARGE_SPLIT_SHEET_ARTISTS);

    /** A size whose every artist gets split sheets. */
    public DemoSize(int organizations, int people, int artists, int releases, int songs) {
        this(organizations, people, artists, releases, songs, artists);
    }

    /**
     * @throws IllegalArgumentException if the counts cannot make a consistent catalogue
     */
    public DemoSize {
        require(organizations >= 1, "at least one organization");
        require(people >= organizations, "at least one person per organization (its founder)");
        require(artists >= ArtistType.values().length, "at least one artist per artist type");
        int kinds = Math.max(ReleaseType.values().length, ReleaseStatus.values().length);
        require(releases >= kinds, "at least " + kinds + " releases (every type and status)");
        require(songs >= releases, "at least one song per release");
        require((long) songs <= (long) releases * MAX_TRACKS_PER_RELEASE,
                "at most " + MAX_TRACKS_PER_RELEASE + " songs per release");
        require(splitSheetArtists >= 0 && splitSheetArtists <= artists, "split sheets for 0 to every artist");
    }

    /**
     * The size called {@code small} or {@code large} (any case), as the CLI's {@code --size} names it.
     *
     * @throws AppException {@code demo.size.unknown} for any other name
     */
    public static DemoSize named(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        switch (key) {
            case "small":
                return SMALL;
            case "large":
                return LARGE;
            default:
                throw new AppException("demo.size.unknown", name);
        }
    }

    /** Rows of the catalogue proper: organizations, people, artists, releases and songs. */
    public long catalogueRows() {
        return (long) organizations + people + artists + releases + songs;
    }

    private static void require(boolean condition, String rule) {
        if (!condition) {
            throw new IllegalArgumentException("Demo size needs " + rule);
        }
    }
}
