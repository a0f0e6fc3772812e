package com.allaccessartist.service.auth;

/**
 * The signed-in person's effective rights on one artist: a direct grant's flags, combined
 * (never reduced) with what their role in the artist's organization covers. An inactive or
 * expired grant gives nothing. Organization flags map as the PostgreSQL policies map them:
 * can_manage_artists → edit profile, manage social, delete; can_manage_releases → manage
 * releases and songs; can_manage_finances → finances and analytics; can_manage_users → invite
 * collaborators. {@code administrator}: owner or admin of the artist or of its organization (may
 * move releases back in the workflow).
 */
public record ArtistAccess(boolean view, boolean editProfile, boolean manageReleases, boolean manageSongs,
                           boolean manageFinances, boolean manageSocial, boolean viewAnalytics,
                           boolean inviteCollaborators, boolean delete, boolean administrator) {

    public static final ArtistAccess NONE = new ArtistAccess(false, false, false, false, false, false, false, false, false, false);
}
