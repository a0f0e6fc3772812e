package com.allaccessartist.service.splits;

import java.util.UUID;

/** A recording of a work: the song, its ISRC, its release and artist. */
public record WorkSong(UUID songId, String title, String isrc, UUID releaseId, String releaseTitle, UUID artistId,
                       String artistName) {
}
