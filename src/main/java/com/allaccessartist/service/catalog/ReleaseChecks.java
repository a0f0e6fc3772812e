package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.DbEnum;
import com.allaccessartist.domain.catalog.Isrc;
import com.allaccessartist.domain.catalog.KeySignature;
import com.allaccessartist.domain.catalog.LanguageCode;
import com.allaccessartist.domain.catalog.LinkPlatform;
import com.allaccessartist.domain.catalog.ReleaseReadiness;
import com.allaccessartist.domain.catalog.ReleaseType;
import com.allaccessartist.domain.catalog.Slug;
import com.allaccessartist.domain.catalog.TimeSignature;
import com.allaccessartist.domain.catalog.TrackDuration;
import com.allaccessartist.domain.catalog.Upc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Checks every field of a release draft and its track listing against the schema's lengths and
 * the domain's rules, and returns the values to store (trimmed, normalized). Nothing here looks
 * at other releases; uniqueness is the service's part.
 */
final class ReleaseChecks {

    static final int MAX_TITLE = 300;
    static final int MAX_GENRE = 100;
    static final int MAX_CATALOG_NUMBER = 50;
    static final int MAX_LABEL = 200;
    static final int MAX_DISTRIBUTOR = 200;
    static final int MAX_HOLDER = 200;
    static final int MIN_COPYRIGHT_YEAR = 1877;
    static final int MIN_BPM = 1;
    static final int MAX_BPM = 299;

    /** A release draft as it will be stored. {@code slug} is null when one is to be made from the title. */
    record CheckedRelease(String title, String slug, ReleaseType type, String description, String genre,
                          List<String> subgenres, String language, boolean explicitContent, LocalDate releaseDate,
                          LocalDate originalReleaseDate, String coverArtUrl, String coverArtHighResUrl, String upc,
                          String catalogNumber, String labelName, String distributor, Map<String, String> streamingLinks,
                          Map<String, String> purchaseLinks, Integer peakChartPosition, Integer copyrightYear,
                          String copyrightHolder, List<String> producerCredits, boolean isPublic, boolean allowStreaming,
                          boolean allowDownload, List<CheckedTrack> tracks) {

        /** What the readiness rules look at. */
        ReleaseReadiness.Snapshot snapshot() {
            return new ReleaseReadiness.Snapshot(releaseDate, upc, tracks.stream()
                    .map(t -> new ReleaseReadiness.Track(t.position(), t.title(), t.isrc(), t.durationSeconds())).toList());
        }
    }

    /** A track as it will be stored; {@code index} is its place in the draft's list. */
    record CheckedTrack(int index, UUID id, Long version, int discNumber, int trackNumber, String title,
                        Integer durationSeconds, String isrc, Integer tempoBpm, String keySignature, String timeSignature,
                        boolean explicit, boolean instrumental, String language, List<String> writers,
                        List<String> producers, List<String> featuredArtists) {

        String position() {
            return discNumber + "-" + trackNumber;
        }
    }

    private ReleaseChecks() {
    }

    static CheckedRelease check(Session session, ReleaseDraft draft, LocalDate today) {
        String title = Fields.required("title", draft.title(), MAX_TITLE, "validation.release.title");
        String slug = draft.slug() == null || draft.slug().isBlank() ? null
                : Fields.checked("slug", () -> Slug.parse(draft.slug()).value());
        if (draft.type() == null) {
            throw new InvalidFieldException("type", "validation.release.type", "Choose the type of release.");
        }
        String description = Fields.optional("description", draft.description(), 0, "validation.release.description");
        String genre = Fields.optional("genre", draft.genre(), MAX_GENRE, "validation.release.genre");
        List<String> subgenres = Fields.tags("subgenres", draft.subgenres(), "validation.release.subgenres");
        String language = language("language", draft.language());
        String cover = Fields.image(session, "coverArtUrl", draft.coverArtUrl());
        String coverHighRes = Fields.image(session, "coverArtHighResUrl", draft.coverArtHighResUrl());
        String upc = draft.upc() == null || draft.upc().isBlank() ? null
                : Fields.checked("upc", () -> Upc.parse(draft.upc()).value());
        String catalogNumber = Fields.optional("catalogNumber", draft.catalogNumber(), MAX_CATALOG_NUMBER,
                "validation.release.catalogNumber");
        String labelName = Fields.optional("labelName", draft.labelName(), MAX_LABEL, "validation.release.labelName");
        String distributor = Fields.optional("distributor", draft.distributor(), MAX_DISTRIBUTOR,
                "validation.release.distributor");
        Map<String, String> streaming = links("streamingLinks", draft.streamingLinks());
        Map<String, String> purchase = links("purchaseLinks", draft.purchaseLinks());
        if (draft.peakChartPosition() != null && draft.peakChartPosition() < 1) {
            throw new InvalidFieldException("peakChartPosition", "validation.release.peakChartPosition",
                    "A chart position starts at 1.", draft.peakChartPosition());
        }
        int latestYear = today.getYear() + 1;
        if (draft.copyrightYear() != null
                && (draft.copyrightYear() < MIN_COPYRIGHT_YEAR || draft.copyrightYear() > latestYear)) {
            throw new InvalidFieldException("copyrightYear", "validation.release.copyrightYear",
                    "A copyright year is between " + MIN_COPYRIGHT_YEAR + " and " + latestYear + ".",
                    MIN_COPYRIGHT_YEAR, latestYear, draft.copyrightYear());
        }
        String holder = Fields.optional("copyrightHolder", draft.copyrightHolder(), MAX_HOLDER,
                "validation.release.copyrightHolder");
        List<String> producers = Fields.tags("producerCredits", draft.producerCredits(), "validation.release.producerCredits");
        List<CheckedTrack> tracks = tracks(draft.tracks());
        return new CheckedRelease(title, slug, draft.type(), description, genre, subgenres, language, draft.explicitContent(),
                draft.releaseDate(), draft.originalReleaseDate(), cover, coverHighRes, upc, catalogNumber, labelName,
                distributor, streaming, purchase, draft.peakChartPosition(), draft.copyrightYear(), holder, producers,
                draft.isPublic(), draft.allowStreaming(), draft.allowDownload(), tracks);
    }

    /** Platform key → URL, each URL checked as a release page of its platform; blank URLs dropped. */
    private static Map<String, String> links(String field, Map<String, String> links) {
        Map<String, String> checked = new TreeMap<>();
        for (Map.Entry<String, String> link : links.entrySet()) {
            String key = link.getKey() == null ? "" : link.getKey().strip();
            LinkPlatform platform;
            try {
                platform = DbEnum.fromDb(LinkPlatform.class, key);
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(field + ":" + key, "validation.link.platform",
                        "There is no link platform \"" + key + "\".", key);
            }
            String url = Fields.releaseLink(field + ":" + key, platform, link.getValue());
            if (url != null) {
                checked.put(platform.dbValue(), url);
            }
        }
        return new LinkedHashMap<>(checked);
    }

    private static List<CheckedTrack> tracks(List<TrackDraft> drafts) {
        List<CheckedTrack> tracks = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            TrackDraft draft = drafts.get(i);
            int index = i;
            String position = draft.discNumber() + "-" + draft.trackNumber();
            if (draft.id() != null && !ids.add(draft.id())) {
                throw new InvalidFieldException("tracks", "validation.tracks.duplicateId",
                        "The same track appears twice in the listing.", draft.id());
            }
            if (draft.id() != null && draft.version() == null) {
                throw new InvalidFieldException("track:" + i + ":version", "validation.tracks.version",
                        "A saved track must come with the version it was loaded at.", position);
            }
            String title = track(index, position, "title",
                    () -> Fields.required("title", draft.title(), MAX_TITLE, "validation.track.title"));
            Integer duration = draft.durationSeconds();
            if (duration != null && (duration <= 0 || duration > TrackDuration.MAX_SECONDS)) {
                throw InvalidFieldException.ofTrack(index, position, "duration", new InvalidFieldException("duration",
                        "validation.track.duration", "A duration is longer than zero and shorter than 24 hours.",
                        duration));
            }
            String isrc = draft.isrc() == null || draft.isrc().isBlank() ? null
                    : track(index, position, "isrc", () -> Isrc.parse(draft.isrc()).value());
            Integer bpm = draft.tempoBpm();
            if (bpm != null && (bpm < MIN_BPM || bpm > MAX_BPM)) {
                throw InvalidFieldException.ofTrack(index, position, "bpm", new InvalidFieldException("bpm",
                        "validation.track.bpm", "A tempo is between " + MIN_BPM + " and " + MAX_BPM + " BPM.",
                        MIN_BPM, MAX_BPM, bpm));
            }
            String key = draft.keySignature() == null || draft.keySignature().isBlank() ? null
                    : track(index, position, "key", () -> KeySignature.parse(draft.keySignature()));
            String timeSignature = draft.timeSignature() == null || draft.timeSignature().isBlank() ? null
                    : track(index, position, "timeSignature", () -> TimeSignature.parse(draft.timeSignature()));
            String language = draft.language() == null || draft.language().isBlank() ? null
                    : track(index, position, "language", () -> LanguageCode.parse(draft.language()));
            List<String> writers = track(index, position, "writers",
                    () -> Fields.tags("writers", draft.writers(), "validation.track.writers"));
            List<String> producers = track(index, position, "producers",
                    () -> Fields.tags("producers", draft.producers(), "validation.track.producers"));
            List<String> featured = track(index, position, "featuredArtists",
                    () -> Fields.tags("featuredArtists", draft.featuredArtists(), "validation.track.featuredArtists"));
            tracks.add(new CheckedTrack(index, draft.id(), draft.version(), draft.discNumber(), draft.trackNumber(), title,
                    duration, isrc, bpm, key, timeSignature, draft.explicit(), draft.instrumental(), language, writers,
                    producers, featured));
        }
        checkNumbering(tracks);
        checkIsrcsWithinListing(tracks);
        return tracks;
    }

    private static <T> T track(int index, String position, String component, Supplier<T> check) {
        try {
            return check.get();
        } catch (com.allaccessartist.domain.AppException e) {
            throw InvalidFieldException.ofTrack(index, position, component, e);
        }
    }

    /** Discs run 1..d without gaps; on every disc the tracks run 1..n, each number once. */
    private static void checkNumbering(List<CheckedTrack> tracks) {
        Map<Integer, List<CheckedTrack>> discs = new TreeMap<>();
        for (CheckedTrack track : tracks) {
            if (track.discNumber() < 1 || track.trackNumber() < 1) {
                throw new InvalidFieldException("track:" + track.index() + ":number", "validation.tracks.position",
                        "Disc and track numbers start at 1; found " + track.position() + ".", track.position());
            }
            discs.computeIfAbsent(track.discNumber(), d -> new ArrayList<>()).add(track);
        }
        int expectedDisc = 1;
        for (Map.Entry<Integer, List<CheckedTrack>> disc : discs.entrySet()) {
            if (disc.getKey() != expectedDisc) {
                throw new InvalidFieldException("tracks", "validation.tracks.discGap",
                        "Discs are numbered 1, 2, 3… without gaps; disc " + expectedDisc + " is missing.", expectedDisc);
            }
            Map<Integer, CheckedTrack> numbers = new HashMap<>();
            for (CheckedTrack track : disc.getValue()) {
                CheckedTrack other = numbers.putIfAbsent(track.trackNumber(), track);
                if (other != null) {
                    throw new InvalidFieldException("track:" + track.index() + ":number", "validation.tracks.duplicatePosition",
                            "Two tracks are at " + track.position() + ".", track.position());
                }
            }
            for (int number = 1; number <= numbers.size(); number++) {
                if (!numbers.containsKey(number)) {
                    throw new InvalidFieldException("tracks", "validation.tracks.numberGap",
                            "The tracks of disc " + disc.getKey() + " are numbered 1, 2, 3… without gaps; track " + number
                                    + " is missing.", disc.getKey(), number);
                }
            }
            expectedDisc++;
        }
    }

    /** No ISRC twice in one listing: each recording appears once. */
    private static void checkIsrcsWithinListing(List<CheckedTrack> tracks) {
        Map<String, CheckedTrack> seen = new HashMap<>();
        for (CheckedTrack track : tracks) {
            if (track.isrc() == null) {
                continue;
            }
            CheckedTrack first = seen.putIfAbsent(track.isrc(), track);
            if (first != null) {
                throw InvalidFieldException.ofTrack(track.index(), track.position(), "isrc", new InvalidFieldException("isrc",
                        "validation.tracks.duplicateIsrc", "Tracks " + first.position() + " and " + track.position()
                                + " have the same ISRC " + track.isrc() + ".", track.isrc(), first.position(),
                        track.position()));
            }
        }
    }

    private static String language(String field, String value) {
        return value == null || value.isBlank() ? null : Fields.checked(field, () -> LanguageCode.parse(value));
    }
}
