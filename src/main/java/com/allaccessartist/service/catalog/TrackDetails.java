package com.allaccessartist.service.catalog;

import java.util.List;
import java.util.UUID;

/** A saved track of a release ({@code songs} row), in listing order. {@code isrc} is the stored 12 characters. */
public record TrackDetails(UUID id, long version, int discNumber, int trackNumber, String title, Integer durationSeconds,
                           String isrc, Integer tempoBpm, String keySignature, String timeSignature, boolean explicit,
                           boolean instrumental, String language, List<String> writers, List<String> producers,
                           List<String> featuredArtists) {

    public TrackDetails {
        writers = List.copyOf(writers);
        producers = List.copyOf(producers);
        featuredArtists = List.copyOf(featuredArtists);
    }

    public TrackDraft toDraft() {
        return new TrackDraft(id, version, discNumber, trackNumber, title, durationSeconds, isrc, tempoBpm, keySignature,
                timeSignature, explicit, instrumental, language, writers, producers, featuredArtists);
    }
}
