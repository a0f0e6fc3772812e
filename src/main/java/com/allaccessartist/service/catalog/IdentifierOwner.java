package com.allaccessartist.service.catalog;

import java.util.UUID;

/**
 * Where an identifier (ISRC, UPC, catalogue number) is already used: the release (and, for an
 * ISRC, the track) that holds it, named so the person can find it. When the holder is a release
 * the person may not see, nothing about it is told: every component is null
 * ({@link #isHidden()}), and the person learns only that the identifier is taken.
 */
public record IdentifierOwner(UUID releaseId, String releaseTitle, String artistName, String trackTitle) {

    /** A holder the person may not see. */
    public static IdentifierOwner hidden() {
        return new IdentifierOwner(null, null, null, null);
    }

    /** Whether the holder is a release the person may not see (nothing about it is named). */
    public boolean isHidden() {
        return releaseId == null;
    }
}
