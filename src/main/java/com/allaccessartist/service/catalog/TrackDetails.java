package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.catalog.ReleaseReadiness;
import java.util.List;
import java.util.UUID;

/**
 * A saved track of a release ({@code songs} row), in listing order. {@code isrc} is the stored 12
 * characters; {@code splits} the state of its recording's and its work's split sheets.
 */
public record TrackDetails(UUID id, long version, int discNumber, int trackNumber, String title, Integer durationSeconds,
                           String isrc, Integer tempoBpm, String keySignature, String timeSignature, boolean explicit,
                           boolean instrumental, String language, List<String> writers, List<String> producers,
                           List<String> featuredArtists, ReleaseReadiness.Splits splits) {

    /** A track whose split sheets are not known: read as none (see {@link ReleaseReadiness.Splits#NONE}). */
    public TrackDetails(UUID id, long version, int discNumber, int trackNumber, String title, Integer durationSeconds,
                        String isrc, Integer tempoBpm, String keySignature, String timeSignature, boolean explicit,
                        boolean instrumental, String language, List<String> writers, List<String> producers,
                        List<String> featuredArtists) {
        this(id, version, discNumber, trackNumber, title, durationSeconds, isrc, tempoBpm, keySignature, timeSignature,
                explicit, instrumental, language, writers, producers, featuredArtists, ReleaseReadiness.Splits.NONE);
    }

    public TrackDetails {
        splits = splits == null ? ReleaseReadiness.Splits.NONE : splits;
        writers = List.copyOf(writers);
        producers = List.copyOf(producers);
        featuredArtists = List.copyOf(featuredArtists);
    }

    public TrackDraft toDraft() {
        return new TrackDraft(id, version, discNumber, trackNumber, title, durationSeconds, isrc, tempoBpm, keySignature,
                timeSignature, explicit, instrumental, language, writers, producers, featuredArtists);
    }
}
