package com.allaccessartist.service.catalog;

import java.util.List;
import java.util.UUID;

/**
 * A track of the listing being edited, as entered. {@code id} and {@code version} are null for a
 * new track. Disc and track numbers are what the editor shows after its own renumbering; the
 * service checks they run 1, 2, 3… on every disc. {@code isrc} is raw (hyphens, lower case and an
 * "ISRC" prefix are accepted) and stored as its 12 characters.
 */
public record TrackDraft(UUID id, Long version, int discNumber, int trackNumber, String title, Integer durationSeconds,
                         String isrc, Integer tempoBpm, String keySignature, String timeSignature, boolean explicit,
                         boolean instrumental, String language, List<String> writers, List<String> producers,
                         List<String> featuredArtists) {

    public TrackDraft {
        writers = writers == null ? List.of() : List.copyOf(writers);
        producers = producers == null ? List.of() : List.copyOf(producers);
        featuredArtists = featuredArtists == null ? List.of() : List.copyOf(featuredArtists);
    }
}
