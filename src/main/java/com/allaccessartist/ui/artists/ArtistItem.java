package com.allaccessartist.ui.artists;

import com.allaccessartist.domain.artist.ArtistType;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of the Artists list, ready to show.
 *
 * @param organization the organization's name, empty for independent artists
 */
public record ArtistItem(UUID id, String name, String slug, ArtistType type, String typeLabel, String genre,
                         String location, String organization, boolean isPublic, boolean verified, boolean active,
                         long releases, Instant updatedAt) {
}
