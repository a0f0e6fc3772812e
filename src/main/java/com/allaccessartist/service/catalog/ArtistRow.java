package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.artist.ArtistType;
import java.time.Instant;
import java.util.UUID;

/** A row of the artist list. {@code organizationName} is null for independent artists. */
public record ArtistRow(UUID id, String name, String slug, ArtistType type, String genre, String location,
                        UUID organizationId, String organizationName, boolean isPublic, boolean verified, boolean active,
                        long releases, Instant updatedAt) {
}
