package com.allaccessartist.service.people;

import com.allaccessartist.domain.artist.ArtistRights;
import com.allaccessartist.domain.artist.ArtistRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One person's direct grant on an artist (a {@code user_artist_permissions} row), as the people
 * list shows it.
 *
 * @param grantId       the grant's id (changing, revoking and setting the revenue share name it)
 * @param displayName   the person's display name; null when unknown to the caller (no profile, or
 *                      on PostgreSQL a person the caller may not read)
 * @param email         the person's email address; null when unknown to the caller
 * @param revenueShare  {@code revenue_share_percentage}, 0.00 to 100.00, always with two decimals
 * @param grantedByName the display name (or, without one, the email) of who granted it; null when unknown
 * @param active        {@code is_active}: false once revoked (the row stays for history)
 * @param inForce       active and not expired now: the grant gives its rights (and its share counts)
 * @param version       the row version a change, revocation or share is made from
 */
public record ArtistGrantRow(UUID grantId, UUID artistId, UUID userId, String displayName, String email,
                             ArtistRole role, ArtistRights flags, BigDecimal revenueShare, UUID grantedById,
                             String grantedByName, Instant grantedAt, Instant expiresAt, boolean active,
                             boolean inForce, long version) {
}
