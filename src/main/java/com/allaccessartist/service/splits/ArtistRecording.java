package com.allaccessartist.service.splits;

import java.util.UUID;

/**
 * A recording (song) of an artist, as offered for linking to a work: its title, ISRC and release,
 * and the work it is linked to now, if any (null id and title otherwise).
 */
public record ArtistRecording(UUID songId, String title, String isrc, UUID releaseId, String releaseTitle, UUID workId,
                              String workTitle) {
}
