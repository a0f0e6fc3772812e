package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;
import com.allaccessartist.service.auth.ArtistAccess;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A release with its track listing, as the editor shows it.
 *
 * @param version      the row version the editor saves against
 * @param allowedMoves the statuses the signed-in person may move it to now (workflow table and
 *                     their rights; content rules are checked when moving)
 * @param access       the person's effective rights on the release's artist
 */
public record ReleaseDetails(UUID id, UUID artistId, String artistName, String title, String slug, ReleaseType type,
                             ReleaseStatus status, String description, String genre, List<String> subgenres,
                             String language, boolean explicitContent, LocalDate releaseDate,
                             LocalDate originalReleaseDate, String coverArtUrl, String coverArtHighResUrl, String upc,
                             String catalogNumber, String labelName, String distributor,
                             Map<String, String> streamingLinks, Map<String, String> purchaseLinks, long totalStreams,
                             long totalDownloads, Integer peakChartPosition, Integer copyrightYear,
                             String copyrightHolder, List<String> producerCredits, boolean isPublic,
                             boolean allowStreaming, boolean allowDownload, Instant createdAt, Instant updatedAt,
                             long version, List<TrackDetails> tracks, Set<ReleaseStatus> allowedMoves,
                             ArtistAccess access) {

    public ReleaseDetails {
        subgenres = List.copyOf(subgenres);
        streamingLinks = Map.copyOf(streamingLinks);
        purchaseLinks = Map.copyOf(purchaseLinks);
        producerCredits = List.copyOf(producerCredits);
        tracks = List.copyOf(tracks);
        allowedMoves = Set.copyOf(allowedMoves);
    }

    /** The fields and tracks as a draft, for an editor to start from. */
    public ReleaseDraft toDraft() {
        return new ReleaseDraft(title, slug, type, description, genre, subgenres, language, explicitContent, releaseDate,
                originalReleaseDate, coverArtUrl, coverArtHighResUrl, upc, catalogNumber, labelName, distributor,
                streamingLinks, purchaseLinks, peakChartPosition, copyrightYear, copyrightHolder, producerCredits,
                isPublic, allowStreaming, allowDownload, tracks.stream().map(TrackDetails::toDraft).toList());
    }
}
