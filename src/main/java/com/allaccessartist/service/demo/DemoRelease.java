package com.allaccessartist.service.demo;

import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A generated releases row with its songs, ready to write. Nullable components are those a
 * release may lack in its status (drafts have no UPC, date or copyright year).
 */
record DemoRelease(UUID id, UUID artistId, String title, String slug, ReleaseType type, ReleaseStatus status,
                   String description, String genre, List<String> subgenres, boolean explicit, LocalDate releaseDate,
                   LocalDate originalReleaseDate, String upc, String catalogNumber, String labelName,
                   String distributor, String streamingLinksJson, long totalStreams, long totalDownloads,
                   Integer peakChartPosition, Integer copyrightYear, String copyrightHolder,
                   List<String> producerCredits, boolean isPublic, boolean allowDownload, List<DemoSong> songs) {
}
