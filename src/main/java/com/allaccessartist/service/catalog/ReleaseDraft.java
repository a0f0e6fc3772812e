package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.catalog.ReleaseType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the release editor submits: every editable column of {@code releases} and the whole track
 * listing. Saving it is one transaction: the release row, and its tracks added, changed,
 * renumbered and removed to match {@code tracks} exactly. The status is not part of a draft; it
 * changes through {@link ReleaseService#changeStatus}. Links are platform key → URL (see
 * {@link com.allaccessartist.domain.catalog.LinkPlatform}).
 */
public record ReleaseDraft(String title, String slug, ReleaseType type, String description, String genre,
                           List<String> subgenres, String language, boolean explicitContent, LocalDate releaseDate,
                           LocalDate originalReleaseDate, String coverArtUrl, String coverArtHighResUrl, String upc,
                           String catalogNumber, String labelName, String distributor, Map<String, String> streamingLinks,
                           Map<String, String> purchaseLinks, Integer peakChartPosition, Integer copyrightYear,
                           String copyrightHolder, List<String> producerCredits, boolean isPublic,
                           boolean allowStreaming, boolean allowDownload, List<TrackDraft> tracks) {

    public ReleaseDraft {
        subgenres = subgenres == null ? List.of() : List.copyOf(subgenres);
        streamingLinks = streamingLinks == null ? Map.of() : Map.copyOf(streamingLinks);
        purchaseLinks = purchaseLinks == null ? Map.of() : Map.copyOf(purchaseLinks);
        producerCredits = producerCredits == null ? List.of() : List.copyOf(producerCredits);
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
    }
}
