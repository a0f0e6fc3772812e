package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.artist.ArtistType;
import java.util.UUID;

/**
 * One page of the artist list: search text (matched, case-insensitively, anywhere in the name,
 * genre or location), filters (null = any), sort and the page window.
 */
public record ArtistQuery(String text, UUID organizationId, ArtistType type, Boolean isPublic, Boolean verified,
                          Boolean active, ArtistSort sort, boolean descending, int offset, int limit) {

    /** Everything the person may see, by name, first page of {@code limit}. */
    public static ArtistQuery all(int limit) {
        return new ArtistQuery(null, null, null, null, null, null, ArtistSort.NAME, false, 0, limit);
    }

    public ArtistQuery withPage(int newOffset, int newLimit) {
        return new ArtistQuery(text, organizationId, type, isPublic, verified, active, sort, descending, newOffset, newLimit);
    }
}
