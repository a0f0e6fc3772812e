package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.artist.ArtistType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the artist editor submits: every editable column of {@code artists}. URLs and texts are
 * as typed; the service checks each (slug shape and uniqueness, each link against its platform's
 * URL shape) and stores the normal forms. Images are {@code media:} references from
 * {@link MediaService}.
 */
public record ArtistDraft(String name, String slug, ArtistType type, String bio, String genre, List<String> subgenres,
                          String location, LocalDate formedDate, String profileImageUrl, String bannerImageUrl,
                          String websiteUrl, String spotifyUrl, String appleMusicUrl, String youtubeUrl,
                          String instagramUrl, String tiktokUrl, String twitterUrl, UUID organizationId,
                          boolean isPublic, boolean verified, boolean active) {

    public ArtistDraft {
        subgenres = subgenres == null ? List.of() : List.copyOf(subgenres);
    }
}
