package com.allaccessartist.service.auth;

/**
 * HQL conditions for what the signed-in person may see, the same rules as the PostgreSQL
 * policies (app_visible_artists(), app_member_organizations()): an active, unexpired direct
 * artist grant, or an active, unexpired role in the artist's organization. On PostgreSQL
 * Row Level Security applies them again; on H2 these conditions are the only guard.
 * Queries using them bind {@code :me} (the person's id) and {@code :now}.
 */
public final class AccessScope {

    /** Organizations the person is an active member of. */
    public static final String MEMBER_ORGANIZATION_IDS =
            "(select r.organizationId from OrganizationMembership r where r.userId = :me and r.active = true"
                    + " and (r.expiresAt is null or r.expiresAt > :now))";

    /** Artists granted to the person directly. */
    public static final String DIRECT_ARTIST_IDS =
            "(select p.artistId from ArtistPermission p where p.userId = :me and p.active = true"
                    + " and (p.expiresAt is null or p.expiresAt > :now))";

    private AccessScope() {
    }

    /** A condition on an artist id column and an organization id column of the same artist. */
    public static String artistVisible(String artistIdPath, String organizationIdPath) {
        return "(" + artistIdPath + " in " + DIRECT_ARTIST_IDS + " or " + organizationIdPath + " in "
                + MEMBER_ORGANIZATION_IDS + ")";
    }
}
