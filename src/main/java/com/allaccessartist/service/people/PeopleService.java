package com.allaccessartist.service.people;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.artist.ArtistPermission;
import com.allaccessartist.domain.artist.ArtistRights;
import com.allaccessartist.domain.artist.ArtistRole;
import com.allaccessartist.domain.identity.EmailAddress;
import com.allaccessartist.domain.org.Organization;
import com.allaccessartist.domain.org.OrganizationMembership;
import com.allaccessartist.domain.org.OrganizationRights;
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.persistence.ConstraintViolations;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.ConcurrentEdits;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.auth.ArtistAccess;
import com.allaccessartist.service.catalog.InvalidFieldException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Who has access to an organization or an artist, and changing it: inviting an existing person
 * by email, changing a grant's role, flags and expiry, revoking it (the row stays, inactive, for
 * history), and an artist grant's revenue share. Every rule is checked here, inside the one
 * transaction that then writes:
 * <ul>
 *   <li>organization grants are managed by people holding can_manage_users in the organization;
 *       artist grants by people who may invite collaborators to the artist (directly, or through
 *       can_manage_users in its organization: {@link AccessService#onArtist});</li>
 *   <li>nobody gives a right they do not hold themselves ({@code covers} of their own, effective
 *       rights), nor a role above their own (owner &gt; admin &gt; manager &gt; editor/collaborator
 *       &gt; viewer; on an artist, an organization role counts as the artist role of the same
 *       rank), nor changes or revokes a grant whose role is above their own;</li>
 *   <li>the last owner in force of an organization (or the last direct owner in force of an
 *       artist) is never revoked, given another role, or given an expiry;</li>
 *   <li>an expiry is in the future; only an active account is given access; a person holding a
 *       grant in force is not invited again (a revoked or expired grant is renewed instead, since
 *       one person has one row per organization/artist);</li>
 *   <li>revenue shares need can_manage_finances on the artist, have two decimals at most, and
 *       the shares of the artist's grants in force total at most {@link #FULL_SHARE}.</li>
 * </ul>
 * Changes are made from the row version the caller read ({@link ConcurrentEdits}): a stale one is
 * refused. The rules that count other rows (last owner, total share, one grant per person) are
 * checked while holding a lock on the organization or artist's grants, so two changes at the
 * same moment cannot both pass them.
 *
 * <p>On PostgreSQL a person reads {@code users} and {@code user_profiles} rows of their own only;
 * names and emails of others come from {@code app_organization_members()} (an organization's
 * members, for its members) and {@code app_artist_members()} (an artist's grantees and grantors,
 * for whoever sees it), and are null where the caller may not know them; the person to invite is
 * found with {@code app_person_by_email()}. The triggers of migration V6 hold people's own writes
 * to the same rules; should they refuse one all the same (a change made meanwhile), their refusal
 * is reported by the same key ({@link #guardRefusal}).
 */
public final class PeopleService {

    /** The most of an artist's revenue its grants in force may share, together. */
    public static final BigDecimal FULL_SHARE = new BigDecimal("100.00");
    /** Revenue shares are percentages with two decimals. */
    public static final int SHARE_SCALE = 2;

    private static final String LOCK_KEY = "all-access-artist:people:";
    private static final String[] ORGANIZATION_FLAGS = {"manageArtists", "manageReleases", "manageFinances", "manageUsers"};
    private static final String[] ARTIST_FLAGS = {"editProfile", "manageReleases", "manageSongs", "manageFinances",
        "manageSocial", "viewAnalytics", "inviteCollaborators"};

    private final Database database;
    private final CurrentUser user;
    private final Clock clock;
    private final AccessService access;

    public PeopleService(Database database, CurrentUser user, Clock clock) {
        this.database = database;
        this.user = user;
        this.clock = clock;
        this.access = new AccessService(database, user, clock);
    }

    // --- organizations ----------------------------------------------------------------------------

    /**
     * Every grant of the organization, in force or not, by name. The organization's members see
     * them all; its creator without a role in it sees none.
     *
     * @throws AppException "record.goneOrNoAccess" if the organization is not visible to the person
     */
    public List<OrganizationGrantRow> organizationGrants(UUID organizationId) {
        return run(session -> {
            visibleOrganization(session, organizationId);
            if (access.roleIn(session, organizationId) == null) {
                return List.of();
            }
            Instant now = clock.instant();
            List<OrganizationMembership> grants = session.createSelectionQuery(
                            "from OrganizationMembership r where r.organizationId = :organization", OrganizationMembership.class)
                    .setParameter("organization", organizationId)
                    .getResultList();
            Map<UUID, Known> people = people(session, grants.stream()
                    .flatMap(g -> java.util.stream.Stream.of(g.getUserId(), g.getGrantedBy())).toList(), organizationId, null);
            return grants.stream()
                    .map(g -> organizationRow(g, people, now))
                    .sorted(byPerson(OrganizationGrantRow::displayName, OrganizationGrantRow::email, OrganizationGrantRow::grantId))
                    .toList();
        });
    }

    /**
     * Gives the person with this email a role in the organization ({@code flags} null: the role's
     * defaults). A revoked or expired grant of theirs there is renewed with these terms.
     *
     * @throws AppException "record.goneOrNoAccess", "people.permission.organization", "people.roleAboveYours",
     *         "people.flagsNotHeld", "people.expiresAt.past", "people.unknownEmail", "people.inactiveAccount",
     *         "people.alreadyGranted", or a validation key of the email
     */
    public OrganizationGrantRow grantOrganization(UUID organizationId, String email, OrganizationRole role,
                                                  OrganizationRights flags, Instant expiresAt) {
        return run(session -> {
            Instant now = clock.instant();
            OrganizationMembership mine = organizationManager(session, organizationId);
            OrganizationRole wanted = required(role);
            OrganizationRights given = flags == null ? OrganizationRights.defaultsFor(wanted) : flags;
            checkRoleNotAbove(rank(wanted), rank(mine.getRole()), label(wanted), label(mine.getRole()));
            checkFlagsHeld(bits(rights(mine)), bits(given), ORGANIZATION_FLAGS);
            checkExpiry(expiresAt, now);
            Invitee invitee = invitee(session, email);
            lock(session, "organizations", organizationId);
            OrganizationMembership grant = session.createSelectionQuery(
                            "from OrganizationMembership r where r.userId = :person and r.organizationId = :organization",
                            OrganizationMembership.class)
                    .setParameter("person", invitee.id())
                    .setParameter("organization", organizationId)
                    .uniqueResult();
            if (grant != null && inForce(grant.getActive(), grant.getExpiresAt(), now)) {
                throw new AppException("people.alreadyGranted", invitee.email());
            }
            boolean renewed = grant != null;
            if (!renewed) {
                grant = OrganizationMembership.create();
                grant.setUserId(invitee.id());
                grant.setOrganizationId(organizationId);
            }
            grant.setRole(wanted);
            setFlags(grant, given);
            grant.setExpiresAt(expiresAt);
            grant.setActive(true);
            grant.setGrantedBy(user.id());
            if (!renewed) {
                session.persist(grant);
            }
            ConcurrentEdits.flush(session, OrganizationMembership.class, grant.getId());
            if (renewed) {
                grantedNow(session, "user_organization_roles", grant.getId(), now);
            }
            session.refresh(grant);
            return organizationRow(session, grant, now);
        });
    }

    /**
     * Changes a grant's role, flags ({@code null}: the role's defaults) and expiry ({@code null}:
     * none), made from {@code version}. Only flags the grant does not have yet count as given.
     *
     * @throws AppException as {@link #grantOrganization}, and "people.grantAboveYours", "people.lastOwner",
     *         "record.changedBySomeoneElse"
     */
    public OrganizationGrantRow changeOrganizationGrant(UUID grantId, long version, OrganizationRole role,
                                                        OrganizationRights flags, Instant expiresAt) {
        return run(session -> {
            Instant now = clock.instant();
            OrganizationMembership grant = existing(session, OrganizationMembership.class, grantId);
            OrganizationMembership mine = organizationManager(session, grant.getOrganizationId());
            OrganizationRole wanted = required(role);
            OrganizationRights given = flags == null ? OrganizationRights.defaultsFor(wanted) : flags;
            checkGrantNotAbove(rank(grant.getRole()), rank(mine.getRole()), label(grant.getRole()), label(mine.getRole()));
            checkRoleNotAbove(rank(wanted), rank(mine.getRole()), label(wanted), label(mine.getRole()));
            checkFlagsHeld(bits(rights(mine)), added(bits(given), bits(rights(grant))), ORGANIZATION_FLAGS);
            checkExpiry(expiresAt, now);
            lock(session, "organizations", grant.getOrganizationId());
            ConcurrentEdits.load(session, OrganizationMembership.class, grantId, version, OrganizationMembership::getVersion);
            if (wanted != OrganizationRole.OWNER || expiresAt != null) {
                checkNotLastOwner(session, grant, now);
            }
            grant.setRole(wanted);
            setFlags(grant, given);
            grant.setExpiresAt(expiresAt);
            ConcurrentEdits.flush(session, OrganizationMembership.class, grantId);
            session.refresh(grant);
            return organizationRow(session, grant, now);
        });
    }

    /**
     * Revokes a grant made from {@code version}: it stays, inactive, for history.
     *
     * @throws AppException "record.goneOrNoAccess", "people.permission.organization", "people.grantAboveYours",
     *         "people.lastOwner", "record.changedBySomeoneElse"
     */
    public OrganizationGrantRow revokeOrganizationGrant(UUID grantId, long version) {
        return run(session -> {
            Instant now = clock.instant();
            OrganizationMembership grant = existing(session, OrganizationMembership.class, grantId);
            OrganizationMembership mine = organizationManager(session, grant.getOrganizationId());
            checkGrantNotAbove(rank(grant.getRole()), rank(mine.getRole()), label(grant.getRole()), label(mine.getRole()));
            lock(session, "organizations", grant.getOrganizationId());
            ConcurrentEdits.load(session, OrganizationMembership.class, grantId, version, OrganizationMembership::getVersion);
            checkNotLastOwner(session, grant, now);
            grant.setActive(false);
            ConcurrentEdits.flush(session, OrganizationMembership.class, grantId);
            session.refresh(grant);
            return organizationRow(session, grant, now);
        });
    }

    // --- artists ----------------------------------------------------------------------------------

    /**
     * Every direct grant on the artist, in force or not, by name.
     *
     * @throws AppException "permission.artist.view" if the person may not see the artist
     */
    public List<ArtistGrantRow> artistGrants(UUID artistId) {
        return run(session -> {
            if (!access.onArtist(session, artistId).view()) {
                throw new AppException("permission.artist.view");
            }
            Instant now = clock.instant();
            List<ArtistPermission> grants = session.createSelectionQuery(
                            "from ArtistPermission p where p.artistId = :artist", ArtistPermission.class)
                    .setParameter("artist", artistId)
                    .getResultList();
            Map<UUID, Known> people = people(session, grants.stream()
                    .flatMap(g -> java.util.stream.Stream.of(g.getUserId(), g.getGrantedBy())).toList(),
                    organizationOf(session, artistId), artistId);
            return grants.stream()
                    .map(g -> artistRow(g, people, now))
                    .sorted(byPerson(ArtistGrantRow::displayName, ArtistGrantRow::email, ArtistGrantRow::grantId))
                    .toList();
        });
    }

    /**
     * Gives the person with this email a direct grant on the artist ({@code flags} null: the
     * role's defaults), with no revenue share. A revoked or expired grant of theirs there is
     * renewed with these terms (and its share set back to 0.00).
     *
     * @throws AppException "record.goneOrNoAccess", "people.permission.artist", "people.roleAboveYours",
     *         "people.flagsNotHeld", "people.expiresAt.past", "people.unknownEmail", "people.inactiveAccount",
     *         "people.alreadyGranted", or a validation key of the email
     */
    public ArtistGrantRow grantArtist(UUID artistId, String email, ArtistRole role, ArtistRights flags, Instant expiresAt) {
        return run(session -> {
            Instant now = clock.instant();
            ArtistManager mine = artistManager(session, artistId, now);
            ArtistRole wanted = required(role);
            ArtistRights given = flags == null ? ArtistRights.defaultsFor(wanted) : flags;
            checkRoleNotAbove(rank(wanted), mine.rank(), label(wanted), label(artistRole(mine.rank())));
            checkFlagsHeld(bits(mine.rights()), bits(given), ARTIST_FLAGS);
            checkExpiry(expiresAt, now);
            Invitee invitee = invitee(session, email);
            lock(session, "artists", artistId);
            ArtistPermission grant = session.createSelectionQuery(
                            "from ArtistPermission p where p.userId = :person and p.artistId = :artist", ArtistPermission.class)
                    .setParameter("person", invitee.id())
                    .setParameter("artist", artistId)
                    .uniqueResult();
            if (grant != null && inForce(grant.getActive(), grant.getExpiresAt(), now)) {
                throw new AppException("people.alreadyGranted", invitee.email());
            }
            boolean renewed = grant != null;
            if (!renewed) {
                grant = ArtistPermission.create();
                grant.setUserId(invitee.id());
                grant.setArtistId(artistId);
            }
            grant.setRole(wanted);
            setFlags(grant, given);
            grant.setRevenueSharePercentage(BigDecimal.ZERO.setScale(SHARE_SCALE));
            grant.setExpiresAt(expiresAt);
            grant.setActive(true);
            grant.setGrantedBy(user.id());
            if (!renewed) {
                session.persist(grant);
            }
            ConcurrentEdits.flush(session, ArtistPermission.class, grant.getId());
            if (renewed) {
                grantedNow(session, "user_artist_permissions", grant.getId(), now);
            }
            session.refresh(grant);
            return artistRow(session, grant, now);
        });
    }

    /**
     * Changes a direct artist grant's role, flags ({@code null}: the role's defaults) and expiry
     * ({@code null}: none), made from {@code version}. Only flags the grant does not have yet
     * count as given. A grant brought back into force by a new expiry brings its revenue share
     * back into the artist's total, which must stay within {@link #FULL_SHARE}.
     *
     * @throws AppException as {@link #grantArtist}, and "people.grantAboveYours", "people.lastOwner",
     *         "people.revenueShare.total", "record.changedBySomeoneElse"
     */
    public ArtistGrantRow changeArtistGrant(UUID grantId, long version, ArtistRole role, ArtistRights flags,
                                            Instant expiresAt) {
        return run(session -> {
            Instant now = clock.instant();
            ArtistPermission grant = existing(session, ArtistPermission.class, grantId);
            ArtistManager mine = artistManager(session, grant.getArtistId(), now);
            ArtistRole wanted = required(role);
            ArtistRights given = flags == null ? ArtistRights.defaultsFor(wanted) : flags;
            String myRole = label(artistRole(mine.rank()));
            checkGrantNotAbove(rank(grant.getRole()), mine.rank(), label(grant.getRole()), myRole);
            checkRoleNotAbove(rank(wanted), mine.rank(), label(wanted), myRole);
            checkFlagsHeld(bits(mine.rights()), added(bits(given), bits(rights(grant))), ARTIST_FLAGS);
            checkExpiry(expiresAt, now);
            lock(session, "artists", grant.getArtistId());
            ConcurrentEdits.load(session, ArtistPermission.class, grantId, version, ArtistPermission::getVersion);
            if (wanted != ArtistRole.OWNER || expiresAt != null) {
                checkNotLastOwner(session, grant, now);
            }
            if (inForce(grant.getActive(), expiresAt, now)) {
                checkShareTotal(session, grant, share(grant), now);
            }
            grant.setRole(wanted);
            setFlags(grant, given);
            grant.setExpiresAt(expiresAt);
            ConcurrentEdits.flush(session, ArtistPermission.class, grantId);
            session.refresh(grant);
            return artistRow(session, grant, now);
        });
    }

    /**
     * Revokes a direct artist grant made from {@code version}: it stays, inactive, for history
     * (its revenue share no longer counts).
     *
     * @throws AppException "record.goneOrNoAccess", "people.permission.artist", "people.grantAboveYours",
     *         "people.lastOwner", "record.changedBySomeoneElse"
     */
    public ArtistGrantRow revokeArtistGrant(UUID grantId, long version) {
        return run(session -> {
            Instant now = clock.instant();
            ArtistPermission grant = existing(session, ArtistPermission.class, grantId);
            ArtistManager mine = artistManager(session, grant.getArtistId(), now);
            checkGrantNotAbove(rank(grant.getRole()), mine.rank(), label(grant.getRole()), label(artistRole(mine.rank())));
            lock(session, "artists", grant.getArtistId());
            ConcurrentEdits.load(session, ArtistPermission.class, grantId, version, ArtistPermission::getVersion);
            checkNotLastOwner(session, grant, now);
            grant.setActive(false);
            ConcurrentEdits.flush(session, ArtistPermission.class, grantId);
            session.refresh(grant);
            return artistRow(session, grant, now);
        });
    }

    /**
     * Sets a direct artist grant's revenue share (a percentage, 0 to 100 with at most two
     * decimals), made from {@code version}. The shares of the artist's grants in force may total
     * at most {@link #FULL_SHARE}.
     *
     * @throws AppException "record.goneOrNoAccess", "people.permission.finances", "people.revenueShare.missing",
     *         "people.revenueShare.decimals", "people.revenueShare.range", "people.revenueShare.total" (naming the
     *         share the other grants in force hold, and what is left), "record.changedBySomeoneElse",
     *         "people.revenueShare.refusedByDatabase" (PostgreSQL: Row Level Security refused the write)
     */
    public ArtistGrantRow setRevenueShare(UUID grantId, long version, BigDecimal share) {
        return run(session -> {
            Instant now = clock.instant();
            ArtistPermission grant = existing(session, ArtistPermission.class, grantId);
            ArtistAccess rights = access.onArtist(session, grant.getArtistId());
            if (!rights.view()) {
                throw new AppException("record.goneOrNoAccess");
            }
            if (!rights.manageFinances()) {
                throw new AppException("people.permission.finances");
            }
            BigDecimal checked = checkedShare(share);
            lock(session, "artists", grant.getArtistId());
            ConcurrentEdits.load(session, ArtistPermission.class, grantId, version, ArtistPermission::getVersion);
            if (inForce(grant.getActive(), grant.getExpiresAt(), now)) {
                checkShareTotal(session, grant, checked, now);
            }
            grant.setRevenueSharePercentage(checked);
            try {
                ConcurrentEdits.flush(session, ArtistPermission.class, grantId);
            } catch (AppException e) {
                // the row is still at the version read, yet the versioned update changed nothing: on
                // PostgreSQL, Row Level Security let the person read it but not write it (since V6 the
                // policy user_artist_permissions_finances_update lets manage_finances write shares, so
                // this is a safety net only)
                ArtistPermission current = "record.changedBySomeoneElse".equals(e.key())
                        ? session.find(ArtistPermission.class, grantId) : null;
                if (current != null && current.getVersion() == version) {
                    throw new AppException(e, "people.revenueShare.refusedByDatabase");
                }
                throw e;
            }
            session.refresh(grant);
            return artistRow(session, grant, now);
        });
    }

    // --- who may manage ---------------------------------------------------------------------------

    /** The organization, if the person may see it (a role in force, or its creator). */
    private Organization visibleOrganization(Session session, UUID organizationId) {
        Organization organization = organizationId == null ? null : session.find(Organization.class, organizationId);
        if (organization == null || !access.isActivePerson(session)
                || (access.roleIn(session, organizationId) == null && !user.id().equals(organization.getCreatedBy()))) {
            throw new AppException("record.goneOrNoAccess");
        }
        return organization;
    }

    /** The person's own grant in force in the organization, if it holds can_manage_users. */
    private OrganizationMembership organizationManager(Session session, UUID organizationId) {
        visibleOrganization(session, organizationId);
        OrganizationMembership mine = PeopleRights.myOrganizationGrant(session, user.id(), organizationId, clock.instant());
        if (mine == null || !Boolean.TRUE.equals(mine.getCanManageUsers())) {
            throw new AppException("people.permission.organization");
        }
        return mine;
    }

    /** What the person holds on an artist they may invite collaborators to. */
    private record ArtistManager(ArtistRights rights, int rank) {
    }

    /**
     * The person's effective rights on the artist (direct grant and organization role together)
     * and their rank there (the higher of their direct role and their organization role), if they
     * may invite collaborators to it.
     */
    private ArtistManager artistManager(Session session, UUID artistId, Instant now) {
        PeopleRights.OnArtist mine = PeopleRights.onArtist(session, access, user.id(), artistId, now);
        if (!mine.visible()) {
            throw new AppException("record.goneOrNoAccess");
        }
        if (!mine.mayManage()) {
            throw new AppException("people.permission.artist");
        }
        return new ArtistManager(mine.held(), rank(mine.role()));
    }

    static UUID organizationOf(Session session, UUID artistId) {
        return session.createSelectionQuery("select a.organizationId from Artist a where a.id = :artist", UUID.class)
                .setParameter("artist", artistId)
                .uniqueResult();
    }

    // --- rules ------------------------------------------------------------------------------------

    private static void checkRoleNotAbove(int wanted, int mine, String wantedLabel, String myLabel) {
        if (wanted > mine) {
            throw new AppException("people.roleAboveYours", wantedLabel, myLabel);
        }
    }

    private static void checkGrantNotAbove(int grant, int mine, String grantLabel, String myLabel) {
        if (grant > mine) {
            throw new AppException("people.grantAboveYours", grantLabel, myLabel);
        }
    }

    /** Refuses flags set in {@code given} that {@code mine} lacks, naming them. */
    private static void checkFlagsHeld(boolean[] mine, boolean[] given, String[] names) {
        List<String> lacking = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (given[i] && !mine[i]) {
                lacking.add(Messages.get("people.flag." + names[i]));
            }
        }
        if (!lacking.isEmpty()) {
            throw new AppException("people.flagsNotHeld", String.join(", ", lacking));
        }
    }

    /** The flags set in {@code after} but not in {@code before}. */
    private static boolean[] added(boolean[] after, boolean[] before) {
        boolean[] added = new boolean[after.length];
        for (int i = 0; i < after.length; i++) {
            added[i] = after[i] && !before[i];
        }
        return added;
    }

    private static void checkExpiry(Instant expiresAt, Instant now) {
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidFieldException("expiresAt", "people.expiresAt.past", "A grant can only expire in the future.");
        }
    }

    private static <R> R required(R role) {
        if (role == null) {
            throw new InvalidFieldException("role", "people.role.missing", "Choose a role.");
        }
        return role;
    }

    /** The person to invite: an existing, active account with this email address. */
    private record Invitee(UUID id, String email) {
    }

    private Invitee invitee(Session session, String emailInput) {
        EmailAddress email;
        try {
            email = EmailAddress.parse(emailInput);
        } catch (AppException e) {
            throw InvalidFieldException.of("email", e);
        }
        // on PostgreSQL a person reads only their own users row (users_self_select): app_person_by_email
        // answers people who may invite someone
        Object[] found = database.vendor() == Vendor.POSTGRESQL
                ? session.createNativeQuery("SELECT id, is_active FROM app_person_by_email(:email)", Object[].class)
                        .setParameter("email", email.value())
                        .uniqueResult()
                : session.createSelectionQuery("select u.id, u.active from User u where u.email = :email", Object[].class)
                        .setParameter("email", email.value())
                        .uniqueResult();
        if (found == null) {
            throw new AppException("people.unknownEmail", email.value());
        }
        if (!Boolean.TRUE.equals(found[1])) {
            throw new AppException("people.inactiveAccount", email.value());
        }
        return new Invitee((UUID) found[0], email.value());
    }

    /** Refuses to take the last owner in force of the organization out of force or ownership. */
    private static void checkNotLastOwner(Session session, OrganizationMembership grant, Instant now) {
        if (grant.getRole() != OrganizationRole.OWNER || !inForce(grant.getActive(), grant.getExpiresAt(), now)) {
            return;
        }
        long others = session.createSelectionQuery(
                        "select count(r) from OrganizationMembership r where r.organizationId = :organization"
                                + " and r.id <> :grant and r.role = :owner and r.active = true"
                                + " and (r.expiresAt is null or r.expiresAt > :now)", Long.class)
                .setParameter("organization", grant.getOrganizationId())
                .setParameter("grant", grant.getId())
                .setParameter("owner", OrganizationRole.OWNER)
                .setParameter("now", now)
                .getSingleResult();
        if (others == 0) {
            throw new AppException("people.lastOwner");
        }
    }

    /** Refuses to take the artist's last direct owner in force out of force or ownership. */
    private static void checkNotLastOwner(Session session, ArtistPermission grant, Instant now) {
        if (grant.getRole() != ArtistRole.OWNER || !inForce(grant.getActive(), grant.getExpiresAt(), now)) {
            return;
        }
        long others = session.createSelectionQuery(
                        "select count(p) from ArtistPermission p where p.artistId = :artist"
                                + " and p.id <> :grant and p.role = :owner and p.active = true"
                                + " and (p.expiresAt is null or p.expiresAt > :now)", Long.class)
                .setParameter("artist", grant.getArtistId())
                .setParameter("grant", grant.getId())
                .setParameter("owner", ArtistRole.OWNER)
                .setParameter("now", now)
                .getSingleResult();
        if (others == 0) {
            throw new AppException("people.lastOwner");
        }
    }

    /** A share as stored: two decimals, between 0 and 100. */
    private static BigDecimal checkedShare(BigDecimal share) {
        if (share == null) {
            throw new InvalidFieldException("revenueShare", "people.revenueShare.missing", "Enter a share.");
        }
        if (share.stripTrailingZeros().scale() > SHARE_SCALE) {
            throw new InvalidFieldException("revenueShare", "people.revenueShare.decimals",
                    "A share has at most two decimals.", share.toPlainString());
        }
        if (share.signum() < 0 || share.compareTo(FULL_SHARE) > 0) {
            throw new InvalidFieldException("revenueShare", "people.revenueShare.range",
                    "A share is between 0 and 100 %.", share.toPlainString());
        }
        return share.setScale(SHARE_SCALE, RoundingMode.UNNECESSARY);
    }

    /**
     * Refuses a share for {@code grant} that takes the total of the artist's grants in force
     * above {@link #FULL_SHARE}; names the share the others hold and what is left.
     */
    private static void checkShareTotal(Session session, ArtistPermission grant, BigDecimal share, Instant now) {
        if (share.signum() == 0) {
            return;
        }
        List<BigDecimal> others = session.createSelectionQuery(
                        "select p.revenueSharePercentage from ArtistPermission p where p.artistId = :artist"
                                + " and p.id <> :grant and p.active = true and (p.expiresAt is null or p.expiresAt > :now)"
                                + " and p.revenueSharePercentage is not null", BigDecimal.class)
                .setParameter("artist", grant.getArtistId())
                .setParameter("grant", grant.getId())
                .setParameter("now", now)
                .getResultList();
        BigDecimal taken = others.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(SHARE_SCALE, RoundingMode.UNNECESSARY);
        if (taken.add(share).compareTo(FULL_SHARE) > 0) {
            BigDecimal left = FULL_SHARE.subtract(taken).max(BigDecimal.ZERO.setScale(SHARE_SCALE));
            throw new AppException("people.revenueShare.total", taken.toPlainString(), left.toPlainString());
        }
    }

    // --- transactions and locks -------------------------------------------------------------------

    /** One use case, one transaction; a row the database still refuses is explained by its constraint. */
    private <T> T run(Function<Session, T> work) {
        try {
            return database.inTransaction(work);
        } catch (AppException e) {
            throw e;
        } catch (RuntimeException e) {
            Optional<AppException> refusal = guardRefusal(e).or(() -> ConstraintViolations.translate(e));
            if (refusal.isPresent()) {
                throw refusal.get();
            }
            throw e;
        }
    }

    /**
     * A refusal by the grant triggers of migration V6 (PostgreSQL), as the key the service itself
     * refuses with: the error's message is the key, its detail the arguments separated by '|'; an
     * argument made of message keys (separated by ", ") is given as their sentences.
     */
    static Optional<AppException> guardRefusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            ServerErrorMessage server = t instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
            if (server != null && ("42501".equals(server.getSQLState()) || "23514".equals(server.getSQLState()))
                    && server.getMessage() != null && server.getMessage().startsWith("people.")
                    && Messages.has(server.getMessage())) {
                String detail = server.getDetail();
                Object[] args = detail == null || detail.isEmpty() ? new Object[0]
                        : Arrays.stream(detail.split("\\|", -1))
                                .map(arg -> Arrays.stream(arg.split(", "))
                                        .map(part -> Messages.has(part) ? Messages.get(part) : part)
                                        .collect(Collectors.joining(", ")))
                                .toArray();
                return Optional.of(new AppException(failure, server.getMessage(), args));
            }
        }
        return Optional.empty();
    }

    /**
     * Serializes changes to the grants of one organization or artist until the transaction ends,
     * so rules counting its other grants hold. PostgreSQL: a transaction-level advisory lock (a
     * person may not lock the organization's or artist's row: FOR UPDATE needs their UPDATE
     * policy); H2 (no Row Level Security): the row itself.
     */
    private void lock(Session session, String table, UUID id) {
        session.doWork(connection -> {
            String sql = database.vendor() == Vendor.POSTGRESQL
                    ? "SELECT pg_advisory_xact_lock(hashtext(?))"
                    : "SELECT id FROM " + table + " WHERE id = ? FOR UPDATE";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, database.vendor() == Vendor.POSTGRESQL ? lockKey(table, id) : id);
                statement.executeQuery().close();
            }
        });
    }

    /** The PostgreSQL advisory lock key ({@code hashtext} of it) of one organization's or artist's grants. */
    static String lockKey(String table, UUID id) {
        return LOCK_KEY + table + ":" + id;
    }

    /** A renewed grant is granted again now (granted_at is written by the database only on insert). */
    private static void grantedNow(Session session, String table, UUID id, Instant now) {
        session.createNativeMutationQuery("UPDATE " + table + " SET granted_at = :now WHERE id = :id")
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate();
    }

    private static <E> E existing(Session session, Class<E> type, UUID id) {
        E row = id == null ? null : session.find(type, id);
        if (row == null) {
            throw new AppException("record.goneOrNoAccess");
        }
        return row;
    }

    // --- rows -------------------------------------------------------------------------------------

    /** What the caller may know of a person. */
    private record Known(String displayName, String email) {
        String name() {
            return displayName != null ? displayName : email;
        }
    }

    /**
     * Names and emails of these people, as far as the caller may read them: {@code users} and
     * {@code user_profiles} (on PostgreSQL the caller's own rows only), then, on PostgreSQL, the
     * members of {@code organizationId} ({@code app_organization_members}, for its members) and the
     * people of {@code artistId}'s grants ({@code app_artist_members}, for whoever sees it).
     */
    private Map<UUID, Known> people(Session session, Collection<UUID> ids, UUID organizationId, UUID artistId) {
        Set<UUID> wanted = new LinkedHashSet<>(ids);
        wanted.remove(null);
        Map<UUID, Known> known = new HashMap<>();
        if (wanted.isEmpty()) {
            return known;
        }
        List<Object[]> rows = session.createSelectionQuery(
                        "select u.id, p.displayName, u.email from User u left join UserProfile p on p.userId = u.id"
                                + " where u.id in (:ids)", Object[].class)
                .setParameter("ids", wanted)
                .getResultList();
        rows.forEach(row -> known.put((UUID) row[0], new Known((String) row[1], (String) row[2])));
        if (database.vendor() == Vendor.POSTGRESQL && organizationId != null && !known.keySet().containsAll(wanted)) {
            List<Object[]> members = session.createNativeQuery(
                            "SELECT user_id, display_name, email FROM app_organization_members(:id)", Object[].class)
                    .setParameter("id", organizationId)
                    .getResultList();
            members.forEach(row -> known.putIfAbsent((UUID) row[0], new Known((String) row[1], (String) row[2])));
        }
        if (database.vendor() == Vendor.POSTGRESQL && artistId != null && !known.keySet().containsAll(wanted)) {
            List<Object[]> members = session.createNativeQuery(
                            "SELECT user_id, display_name, email FROM app_artist_members(:id)", Object[].class)
                    .setParameter("id", artistId)
                    .getResultList();
            members.forEach(row -> known.putIfAbsent((UUID) row[0], new Known((String) row[1], (String) row[2])));
        }
        return known;
    }

    private OrganizationGrantRow organizationRow(Session session, OrganizationMembership grant, Instant now) {
        return organizationRow(grant, people(session, List.of(grant.getUserId(), grant.getGrantedBy()),
                grant.getOrganizationId(), null), now);
    }

    private static OrganizationGrantRow organizationRow(OrganizationMembership g, Map<UUID, Known> people, Instant now) {
        Known person = people.getOrDefault(g.getUserId(), new Known(null, null));
        Known granter = people.getOrDefault(g.getGrantedBy(), new Known(null, null));
        return new OrganizationGrantRow(g.getId(), g.getOrganizationId(), g.getUserId(), person.displayName(),
                person.email(), g.getRole(), rights(g), g.getGrantedBy(), granter.name(), g.getGrantedAt(),
                g.getExpiresAt(), Boolean.TRUE.equals(g.getActive()), inForce(g.getActive(), g.getExpiresAt(), now),
                g.getVersion());
    }

    private ArtistGrantRow artistRow(Session session, ArtistPermission grant, Instant now) {
        return artistRow(grant, people(session, List.of(grant.getUserId(), grant.getGrantedBy()),
                organizationOf(session, grant.getArtistId()), grant.getArtistId()), now);
    }

    private static ArtistGrantRow artistRow(ArtistPermission g, Map<UUID, Known> people, Instant now) {
        Known person = people.getOrDefault(g.getUserId(), new Known(null, null));
        Known granter = people.getOrDefault(g.getGrantedBy(), new Known(null, null));
        return new ArtistGrantRow(g.getId(), g.getArtistId(), g.getUserId(), person.displayName(), person.email(),
                g.getRole(), rights(g), share(g), g.getGrantedBy(), granter.name(), g.getGrantedAt(), g.getExpiresAt(),
                Boolean.TRUE.equals(g.getActive()), inForce(g.getActive(), g.getExpiresAt(), now), g.getVersion());
    }

    /** By display name (people without one last), then email, then id; ignoring case. */
    private static <R> Comparator<R> byPerson(Function<R, String> name, Function<R, String> email, Function<R, UUID> id) {
        Function<String, String> folded = s -> s == null ? null : s.toLowerCase(Locale.ROOT);
        return Comparator.comparing(name.andThen(folded), Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .thenComparing(email.andThen(folded), Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .thenComparing(id);
    }

    /** In force: active (as the policies read is_active: only TRUE counts) and not expired. */
    private static boolean inForce(Boolean active, Instant expiresAt, Instant now) {
        return Boolean.TRUE.equals(active) && (expiresAt == null || expiresAt.isAfter(now));
    }

    private static BigDecimal share(ArtistPermission g) {
        BigDecimal share = g.getRevenueSharePercentage();
        return (share == null ? BigDecimal.ZERO : share).setScale(SHARE_SCALE, RoundingMode.UNNECESSARY);
    }

    // --- flags and roles --------------------------------------------------------------------------

    static OrganizationRights rights(OrganizationMembership g) {
        return new OrganizationRights(isTrue(g.getCanManageArtists()), isTrue(g.getCanManageReleases()),
                isTrue(g.getCanManageFinances()), isTrue(g.getCanManageUsers()));
    }

    private static ArtistRights rights(ArtistPermission g) {
        return new ArtistRights(isTrue(g.getCanEditProfile()), isTrue(g.getCanManageReleases()),
                isTrue(g.getCanManageSongs()), isTrue(g.getCanManageFinances()), isTrue(g.getCanManageSocial()),
                isTrue(g.getCanViewAnalytics()), isTrue(g.getCanInviteCollaborators()));
    }

    private static boolean[] bits(OrganizationRights r) {
        return new boolean[] {r.manageArtists(), r.manageReleases(), r.manageFinances(), r.manageUsers()};
    }

    private static boolean[] bits(ArtistRights r) {
        return new boolean[] {r.editProfile(), r.manageReleases(), r.manageSongs(), r.manageFinances(), r.manageSocial(),
            r.viewAnalytics(), r.inviteCollaborators()};
    }

    private static void setFlags(OrganizationMembership g, OrganizationRights r) {
        g.setCanManageArtists(r.manageArtists());
        g.setCanManageReleases(r.manageReleases());
        g.setCanManageFinances(r.manageFinances());
        g.setCanManageUsers(r.manageUsers());
    }

    private static void setFlags(ArtistPermission g, ArtistRights r) {
        g.setCanEditProfile(r.editProfile());
        g.setCanManageReleases(r.manageReleases());
        g.setCanManageSongs(r.manageSongs());
        g.setCanManageFinances(r.manageFinances());
        g.setCanManageSocial(r.manageSocial());
        g.setCanViewAnalytics(r.viewAnalytics());
        g.setCanInviteCollaborators(r.inviteCollaborators());
    }

    /** owner 4 &gt; admin 3 &gt; manager 2 &gt; editor 1 &gt; viewer 0. */
    static int rank(OrganizationRole role) {
        return switch (role) {
            case OWNER -> 4;
            case ADMIN -> 3;
            case MANAGER -> 2;
            case EDITOR -> 1;
            case VIEWER -> 0;
        };
    }

    /** owner 4 &gt; admin 3 &gt; manager 2 &gt; collaborator 1 &gt; viewer 0 (the ranks of {@link #rank(OrganizationRole)}). */
    static int rank(ArtistRole role) {
        return switch (role) {
            case OWNER -> 4;
            case ADMIN -> 3;
            case MANAGER -> 2;
            case COLLABORATOR -> 1;
            case VIEWER -> 0;
        };
    }

    static ArtistRole artistRole(int rank) {
        return switch (rank) {
            case 4 -> ArtistRole.OWNER;
            case 3 -> ArtistRole.ADMIN;
            case 2 -> ArtistRole.MANAGER;
            case 1 -> ArtistRole.COLLABORATOR;
            default -> ArtistRole.VIEWER;
        };
    }

    private static String label(OrganizationRole role) {
        return Messages.get("organization.role." + role.dbValue());
    }

    private static String label(ArtistRole role) {
        return Messages.get("people.artistRole." + role.dbValue());
    }

    private static boolean isTrue(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
