package com.allaccessartist.service.demo;

import com.allaccessartist.domain.artist.ArtistRole;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A planned user_artist_permissions row (the owner row of an independent artist's creator is
 * made by the database's trigger and is not planned).
 *
 * @param id           row id
 * @param userId       the person
 * @param artist       the artist
 * @param role         their role
 * @param flags        their can_* flags
 * @param revenueShare revenue_share_percentage; an artist's shares add up to at most 100.00
 * @param grantedBy    who gave it
 * @param terms        when, until when, revoked or not
 */
record ArtistGrant(UUID id, UUID userId, DemoArtist artist, ArtistRole role, Flags flags, BigDecimal revenueShare,
                   UUID grantedBy, GrantTerms terms) {

    /** The can_* flags of user_artist_permissions, in column order. */
    record Flags(boolean editProfile, boolean manageReleases, boolean manageSongs, boolean manageFinances,
                 boolean manageSocial, boolean viewAnalytics, boolean inviteCollaborators) {
    }

    ArtistGrant withTerms(GrantTerms newTerms) {
        return new ArtistGrant(id, userId, artist, role, flags, revenueShare, grantedBy, newTerms);
    }
}
