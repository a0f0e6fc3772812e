package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.service.auth.ArtistAccess;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An artist as the editor shows it, with what the signed-in person may do with it.
 *
 * @param version the row version the editor saves against
 * @param access  the person's effective rights on this artist
 */
public record ArtistDetails(UUID id, String name, String slug, ArtistType type, String bio, String genre,
                            List<String> subgenres, String location, LocalDate formedDate, String profileImageUrl,
                            String bannerImageUrl, String websiteUrl, String spotifyUrl, String appleMusicUrl,
                            String youtubeUrl, String instagramUrl, String tiktokUrl, String twitterUrl,
                            UUID organizationId, String organizationName, boolean isPublic, boolean verified,
                            boolean active, Instant createdAt, Instant updatedAt, long version, ArtistAccess access) {

    public ArtistDetails {
        subgenres = List.copyOf(subgenres);
    }

    /** The fields as a draft, for an editor to start from. */
    public ArtistDraft toDraft() {
        return new ArtistDraft(name, slug, type, bio, genre, subgenres, location, formedDate, profileImageUrl,
                bannerImageUrl, websiteUrl, spotifyUrl, appleMusicUrl, youtubeUrl, instagramUrl, tiktokUrl, twitterUrl,
                organizationId, isPublic, verified, active);
    }
}
