package com.allaccessartist.service.auth;

import com.allaccessartist.domain.artist.ArtistPermission;
import com.allaccessartist.domain.artist.ArtistRole;
import com.allaccessartist.domain.org.OrganizationMembership;
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.service.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The signed-in person's effective rights, computed the way the PostgreSQL policies compute them
 * (see migration V3), for services to check before acting and for the UI to offer only what
 * would be allowed.
 *
 * <p>The rules of {@code app_uid()}, {@code app_member_organizations()},
 * {@code app_organizations_with(p)}, {@code app_visible_artists()} and {@code app_artists_with(p)}:
 * <ul>
 *   <li>nothing at all for a person whose account is deactivated ({@code users.is_active});</li>
 *   <li>a grant counts only while it is active and not expired ({@code expires_at} in the future
 *       or none);</li>
 *   <li>an artist is visible through a direct grant, or through any role in its organization;</li>
 *   <li>a direct grant gives its own flags (can_manage_releases also covers songs; role owner or
 *       admin may delete); an organization role covers the organization's artists:
 *       can_manage_artists → edit profile, manage social, delete; can_manage_releases → releases
 *       and songs; can_manage_finances → finances and analytics; can_manage_users → invite
 *       collaborators;</li>
 *   <li>an organization may be edited by its owners and admins, and artists created in it by
 *       those with can_manage_artists there.</li>
 * </ul>
 * Each question comes in two forms: on its own (one transaction), and inside a service's own
 * transaction ({@code Session} parameter), so a use case checks and acts in one transaction.
 */
public final class AccessService {

    private final Database database;
    private final CurrentUser user;
    private final Clock clock;

    public AccessService(Database database, CurrentUser user, Clock clock) {
        this.database = database;
        this.user = user;
        this.clock = clock;
    }

    /** Rights on one artist ({@link ArtistAccess#NONE} if they may not even see it). */
    public ArtistAccess onArtist(UUID artistId) {
        return database.inTransaction(session -> onArtist(session, artistId));
    }

    /** Whether the person may create artists in the organization (can_manage_artists there). */
    public boolean mayCreateArtistIn(UUID organizationId) {
        return database.inTransaction(session -> mayCreateArtistIn(session, organizationId));
    }

    /** Whether the person may edit or deactivate the organization (its owner or admin). */
    public boolean mayEditOrganization(UUID organizationId) {
        return database.inTransaction(session -> mayEditOrganization(session, organizationId));
    }

    /** {@link #onArtist(UUID)} inside the caller's transaction. */
    public ArtistAccess onArtist(Session session, UUID artistId) {
        if (artistId == null || !isActivePerson(session)) {
            return ArtistAccess.NONE;
        }
        List<UUID> organization = session.createSelectionQuery(
                        "select a.organizationId from Artist a where a.id = :artist", UUID.class)
                .setParameter("artist", artistId)
                .getResultList();
        if (organization.isEmpty()) {
            return ArtistAccess.NONE;
        }
        Instant now = clock.instant();
        ArtistPermission direct = session.createSelectionQuery(
                        "from ArtistPermission p where p.userId = :me and p.artistId = :artist and p.active = true"
                                + " and (p.expiresAt is null or p.expiresAt > :now)", ArtistPermission.class)
                .setParameter("me", user.id())
                .setParameter("artist", artistId)
                .setParameter("now", now)
                .uniqueResult();
        OrganizationMembership member = organization.get(0) == null ? null : membership(session, organization.get(0), now);
        return combine(direct, member);
    }

    /** {@link #mayCreateArtistIn(UUID)} inside the caller's transaction. */
    public boolean mayCreateArtistIn(Session session, UUID organizationId) {
        if (organizationId == null || !isActivePerson(session)) {
            return false;
        }
        OrganizationMembership member = membership(session, organizationId, clock.instant());
        return member != null && isTrue(member.getCanManageArtists());
    }

    /** {@link #mayEditOrganization(UUID)} inside the caller's transaction. */
    public boolean mayEditOrganization(Session session, UUID organizationId) {
        if (organizationId == null || !isActivePerson(session)) {
            return false;
        }
        OrganizationMembership member = membership(session, organizationId, clock.instant());
        return member != null && isAdministrator(member.getRole());
    }

    /**
     * The person's active, unexpired role in the organization, or null ({@code
     * app_member_organizations()}); inside the caller's transaction.
     */
    public OrganizationRole roleIn(Session session, UUID organizationId) {
        if (organizationId == null || !isActivePerson(session)) {
            return null;
        }
        OrganizationMembership member = membership(session, organizationId, clock.instant());
        return member == null ? null : member.getRole();
    }

    /** Whether the signed-in person's account exists and is active ({@code app_uid()} is not null). */
    public boolean isActivePerson(Session session) {
        return Boolean.TRUE.equals(session.createSelectionQuery("select u.active from User u where u.id = :me", Boolean.class)
                .setParameter("me", user.id())
                .uniqueResult());
    }

    /** The person's id, as the services act on their behalf. */
    public UUID userId() {
        return user.id();
    }

    /** The moment the rules are evaluated at (grants expire against it). */
    public Instant now() {
        return clock.instant();
    }

    private OrganizationMembership membership(Session session, UUID organizationId, Instant now) {
        return session.createSelectionQuery(
                        "from OrganizationMembership r where r.userId = :me and r.organizationId = :organization"
                                + " and r.active = true and (r.expiresAt is null or r.expiresAt > :now)",
                        OrganizationMembership.class)
                .setParameter("me", user.id())
                .setParameter("organization", organizationId)
                .setParameter("now", now)
                .uniqueResult();
    }

    /** A direct grant's flags, combined (never reduced) with what the organization role covers. */
    static ArtistAccess combine(ArtistPermission direct, OrganizationMembership member) {
        if (direct == null && member == null) {
            return ArtistAccess.NONE;
        }
        boolean manageArtists = member != null && isTrue(member.getCanManageArtists());
        boolean orgReleases = member != null && isTrue(member.getCanManageReleases());
        boolean orgFinances = member != null && isTrue(member.getCanManageFinances());
        boolean orgUsers = member != null && isTrue(member.getCanManageUsers());
        boolean editProfile = direct != null && isTrue(direct.getCanEditProfile());
        boolean releases = direct != null && isTrue(direct.getCanManageReleases());
        boolean songs = direct != null && isTrue(direct.getCanManageSongs());
        boolean finances = direct != null && isTrue(direct.getCanManageFinances());
        boolean social = direct != null && isTrue(direct.getCanManageSocial());
        boolean analytics = direct != null && isTrue(direct.getCanViewAnalytics());
        boolean invite = direct != null && isTrue(direct.getCanInviteCollaborators());
        boolean directAdministrator = direct != null
                && (direct.getRole() == ArtistRole.OWNER || direct.getRole() == ArtistRole.ADMIN);
        boolean organizationAdministrator = member != null && isAdministrator(member.getRole());
        return new ArtistAccess(true,
                editProfile || manageArtists,
                releases || orgReleases,
                songs || releases || orgReleases,
                finances || orgFinances,
                social || manageArtists,
                analytics || orgFinances,
                invite || orgUsers,
                directAdministrator || manageArtists,
                directAdministrator || organizationAdministrator);
    }

    private static boolean isAdministrator(OrganizationRole role) {
        return role == OrganizationRole.OWNER || role == OrganizationRole.ADMIN;
    }

    private static boolean isTrue(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
