package com.allaccessartist.service.people;

import com.allaccessartist.domain.artist.ArtistPermission;
import com.allaccessartist.domain.artist.ArtistRights;
import com.allaccessartist.domain.artist.ArtistRole;
import com.allaccessartist.domain.org.OrganizationMembership;
import com.allaccessartist.domain.org.OrganizationRights;
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.auth.ArtistAccess;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.Session;

/**
 * What the signed-in person may do on the people of one organization or artist, for the People
 * screens to offer only what {@link PeopleService} would allow (it checks again, with the same
 * rules computed here): whether they may change access at all, the role they act with (roles
 * above it are not theirs to give) and the rights they hold (nobody gives a right they lack).
 */
public final class PeopleRights {

    /**
     * The person's standing in an organization.
     *
     * @param role      their role in force there, or null
     * @param held      the flags of that grant ({@link OrganizationRights#NONE} without one)
     * @param mayManage whether they hold can_manage_users there (in force)
     */
    public record OnOrganization(OrganizationRole role, OrganizationRights held, boolean mayManage) {
        public static final OnOrganization NONE = new OnOrganization(null, OrganizationRights.NONE, false);
    }

    /**
     * The person's standing on an artist.
     *
     * @param visible           whether they may see the artist at all
     * @param role              the artist role of their rank there: the higher of their direct role and
     *                          their organization role (same ranks); viewer without either
     * @param held              their effective rights (direct grant and organization role together)
     * @param mayManage         whether they may invite collaborators (change access)
     * @param mayManageFinances whether they may set revenue shares
     */
    public record OnArtist(boolean visible, ArtistRole role, ArtistRights held, boolean mayManage,
                           boolean mayManageFinances) {
        public static final OnArtist NONE = new OnArtist(false, ArtistRole.VIEWER, ArtistRights.NONE, false, false);
    }

    private final Database database;
    private final CurrentUser user;
    private final Clock clock;
    private final AccessService access;

    public PeopleRights(Database database, CurrentUser user, Clock clock) {
        this.database = database;
        this.user = user;
        this.clock = clock;
        this.access = new AccessService(database, user, clock);
    }

    /** The person's standing in the organization (one transaction). */
    public OnOrganization onOrganization(UUID organizationId) {
        return database.inTransaction(session -> {
            if (!access.isActivePerson(session)) {
                return OnOrganization.NONE;
            }
            OrganizationMembership mine = myOrganizationGrant(session, user.id(), organizationId, clock.instant());
            if (mine == null) {
                return OnOrganization.NONE;
            }
            OrganizationRights held = PeopleService.rights(mine);
            return new OnOrganization(mine.getRole(), held, held.manageUsers());
        });
    }

    /** The person's standing on the artist (one transaction). */
    public OnArtist onArtist(UUID artistId) {
        return database.inTransaction(session -> onArtist(session, access, user.id(), artistId, clock.instant()));
    }

    /** The person's grant in force in the organization, or null. */
    static OrganizationMembership myOrganizationGrant(Session session, UUID me, UUID organizationId, Instant now) {
        return session.createSelectionQuery(
                        "from OrganizationMembership r where r.userId = :me and r.organizationId = :organization"
                                + " and r.active = true and (r.expiresAt is null or r.expiresAt > :now)",
                        OrganizationMembership.class)
                .setParameter("me", me)
                .setParameter("organization", organizationId)
                .setParameter("now", now)
                .uniqueResult();
    }

    /** {@link #onArtist(UUID)} inside the caller's transaction. */
    static OnArtist onArtist(Session session, AccessService access, UUID me, UUID artistId, Instant now) {
        ArtistAccess rights = access.onArtist(session, artistId);
        if (!rights.view()) {
            return OnArtist.NONE;
        }
        int rank = 0;
        ArtistPermission direct = session.createSelectionQuery(
                        "from ArtistPermission p where p.userId = :me and p.artistId = :artist and p.active = true"
                                + " and (p.expiresAt is null or p.expiresAt > :now)", ArtistPermission.class)
                .setParameter("me", me)
                .setParameter("artist", artistId)
                .setParameter("now", now)
                .uniqueResult();
        if (direct != null) {
            rank = PeopleService.rank(direct.getRole());
        }
        UUID organization = PeopleService.organizationOf(session, artistId);
        OrganizationRole member = organization == null ? null : access.roleIn(session, organization);
        if (member != null) {
            rank = Math.max(rank, PeopleService.rank(member));
        }
        ArtistRights held = new ArtistRights(rights.editProfile(), rights.manageReleases(), rights.manageSongs(),
                rights.manageFinances(), rights.manageSocial(), rights.viewAnalytics(), rights.inviteCollaborators());
        return new OnArtist(true, PeopleService.artistRole(rank), held, rights.inviteCollaborators(), rights.manageFinances());
    }
}
