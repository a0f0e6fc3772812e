package com.allaccessartist.service.people;

import static com.allaccessartist.testsupport.TestWorld.flags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.artist.ArtistRights;
import com.allaccessartist.domain.artist.ArtistRole;
import com.allaccessartist.domain.org.OrganizationRights;
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.catalog.InvalidFieldException;
import com.allaccessartist.testsupport.TestWorld.Person;
import com.allaccessartist.testsupport.BothVendorsTest;
import com.allaccessartist.testsupport.MutableClock;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;

/**
 * Who has access to organizations and artists: listing grants (in force, expired, revoked),
 * inviting existing people, changing and revoking grants, and revenue shares, with every guard
 * refused by its key and allowed in the case next to it; on both vendors.
 */
class PeopleServiceTest extends BothVendorsTest {

    private static final Instant YESTERDAY = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final Instant NEXT_MONTH = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    private static PeopleWorld world;
    /** An organization owned by "owner", with an admin, a manager (may manage users), an editor and a viewer. */
    private UUID label;
    /** An artist of the label (no direct grants). */
    private UUID signed;

    @BeforeEach
    void labelWithPeople() {
        if (world == null || world.database() != database) {
            world = PeopleWorld.create(testDatabase, database, "owner", "coowner", "admin", "manager", "editor", "viewer",
                    "invitee", "other", "outsider", "inactive", "finance", "collab");
            world.sql("UPDATE users SET is_active = FALSE WHERE id = ?", world.person("inactive").id());
        }
        Person owner = world.person("owner");
        label = world.organization(owner);
        world.grantOrganization(world.person("admin"), label, "admin", true, true, true, true, null, true, owner);
        world.grantOrganization(world.person("manager"), label, "manager", true, true, false, true, null, true, owner);
        world.grantOrganization(world.person("editor"), label, "editor", false, true, false, false, null, true, owner);
        world.grantOrganization(world.person("viewer"), label, "viewer", false, false, false, false, null, true, owner);
        signed = world.artist(label, owner);
    }

    @AfterParameterizedClassInvocation
    static void closeWorld() {
        if (world != null) {
            world.close();
            world = null;
        }
    }

    private static PeopleService service(String person) {
        return service(database, world.person(person));
    }

    private static PeopleService service(Database on, Person person) {
        return new PeopleService(on, person.user(), Clock.systemUTC());
    }

    private static String email(String person) {
        return world.person(person).email();
    }

    private static UUID id(String person) {
        return world.person(person).id();
    }

    /** The refusal {@code call} ends with: its key and arguments, with a sentence for the key. */
    private static AppException refused(ThrowingCallable call, String key, Object... args) {
        AppException refusal = catchThrowableOfType(AppException.class, call);
        assertThat(refusal).as("refused with %s", key).isNotNull();
        assertThat(refusal.key()).isEqualTo(key);
        assertThat(refusal.args()).containsExactly(args);
        assertThat(Messages.has(key)).as("a sentence for %s", key).isTrue();
        assertThat(refusal.getLocalizedMessage()).doesNotContain("{").doesNotContain("[people");
        return refusal;
    }

    private static void refusedField(ThrowingCallable call, String field, String key) {
        InvalidFieldException refusal = catchThrowableOfType(InvalidFieldException.class, call);
        assertThat(refusal).as("%s refused", field).isNotNull();
        assertThat(refusal.field()).isEqualTo(field);
        assertThat(refusal.key()).isEqualTo(key);
        assertThat(Messages.has(key)).as("a sentence for %s", key).isTrue();
    }

    private long organizationRows() {
        return world.count("SELECT COUNT(*) FROM user_organization_roles WHERE organization_id = ?", label);
    }

    private OrganizationGrantRow organizationRow(String viewer, String person) {
        return service(viewer).organizationGrants(label).stream().filter(r -> r.userId().equals(id(person))).findFirst()
                .orElseThrow();
    }

    private ArtistGrantRow artistRow(UUID artist, String person) {
        return service("owner").artistGrants(artist).stream().filter(r -> r.userId().equals(id(person))).findFirst()
                .orElseThrow();
    }

    // --- listing -----------------------------------------------------------------------------------

    @Test
    void organizationGrantsListEveryGrantAndWhetherItIsInForce() {
        Person owner = world.person("owner");
        world.grantOrganization(world.person("other"), label, "editor", false, true, false, false, YESTERDAY, true, owner);
        world.grantOrganization(world.person("invitee"), label, "manager", true, true, false, false, null, false, owner);
        world.grantOrganization(world.person("finance"), label, "viewer", false, false, false, false, NEXT_MONTH, true,
                world.person("admin"));

        List<OrganizationGrantRow> rows = service("viewer").organizationGrants(label);

        assertThat(rows).extracting(OrganizationGrantRow::displayName, OrganizationGrantRow::role,
                        OrganizationGrantRow::active, OrganizationGrantRow::inForce)
                .containsExactly(
                        tuple("admin", OrganizationRole.ADMIN, true, true),
                        tuple("editor", OrganizationRole.EDITOR, true, true),
                        tuple("finance", OrganizationRole.VIEWER, true, true),
                        tuple("invitee", OrganizationRole.MANAGER, false, false),
                        tuple("manager", OrganizationRole.MANAGER, true, true),
                        tuple("other", OrganizationRole.EDITOR, true, false),
                        tuple("owner", OrganizationRole.OWNER, true, true),
                        tuple("viewer", OrganizationRole.VIEWER, true, true));
        OrganizationGrantRow finance = rows.get(2);
        assertThat(finance.grantId()).isEqualTo(world.organizationGrant(world.person("finance"), label));
        assertThat(finance.organizationId()).isEqualTo(label);
        assertThat(finance.userId()).isEqualTo(id("finance"));
        assertThat(finance.email()).isEqualTo(email("finance"));
        assertThat(finance.flags()).isEqualTo(OrganizationRights.NONE);
        assertThat(finance.grantedById()).isEqualTo(id("admin"));
        assertThat(finance.grantedByName()).isEqualTo("admin");
        assertThat(finance.grantedAt()).isNotNull();
        assertThat(finance.expiresAt()).isEqualTo(NEXT_MONTH);
        assertThat(finance.version()).isZero();
        assertThat(rows.get(4).flags()).isEqualTo(new OrganizationRights(true, true, false, true));
        assertThat(rows.get(6).grantedByName()).isEqualTo("owner");
        assertThat(rows.get(5).expiresAt()).isEqualTo(YESTERDAY);

        refused(() -> service("outsider").organizationGrants(label), "record.goneOrNoAccess");
        refused(() -> service("other").organizationGrants(label), "record.goneOrNoAccess");
    }

    @Test
    void artistGrantsListDirectGrantsWithTheirShareForAnyoneWhoSeesTheArtist() {
        Person owner = world.person("owner");
        world.grantArtist(world.person("collab"), signed, "collaborator", flags("manage_songs", "view_analytics"), "12.50",
                null, true, owner);
        world.grantArtist(world.person("other"), signed, "viewer", flags(), "0.00", YESTERDAY, true, owner);
        world.grantArtist(world.person("invitee"), signed, "manager", flags("edit_profile"), "5.00", null, false, owner);

        List<ArtistGrantRow> rows = service("viewer").artistGrants(signed);

        assertThat(rows).extracting(ArtistGrantRow::displayName, ArtistGrantRow::role, ArtistGrantRow::revenueShare,
                        ArtistGrantRow::active, ArtistGrantRow::inForce)
                .containsExactly(
                        tuple("collab", ArtistRole.COLLABORATOR, new BigDecimal("12.50"), true, true),
                        tuple("invitee", ArtistRole.MANAGER, new BigDecimal("5.00"), false, false),
                        tuple("other", ArtistRole.VIEWER, new BigDecimal("0.00"), true, false));
        ArtistGrantRow collab = rows.get(0);
        assertThat(collab.grantId()).isEqualTo(world.artistGrant(world.person("collab"), signed));
        assertThat(collab.artistId()).isEqualTo(signed);
        assertThat(collab.email()).isEqualTo(email("collab"));
        assertThat(collab.flags()).isEqualTo(new ArtistRights(false, false, true, false, false, true, false));
        assertThat(collab.grantedByName()).isEqualTo("owner");
        assertThat(collab.expiresAt()).isNull();

        assertThat(service("collab").artistGrants(signed)).hasSize(3);
        refused(() -> service("outsider").artistGrants(signed), "permission.artist.view");
        refused(() -> service("other").artistGrants(signed), "permission.artist.view");
    }

    // --- inviting to an organization ---------------------------------------------------------------

    @Test
    void invitingAppliesTheRoleDefaultsWhenNoFlagsAreGivenAndTheFlagsGivenOtherwise() {
        OrganizationGrantRow editor = service("owner").grantOrganization(label, "  " + email("invitee").toUpperCase() + " ",
                OrganizationRole.EDITOR, null, NEXT_MONTH);
        OrganizationGrantRow custom = service("manager").grantOrganization(label, email("other"), OrganizationRole.MANAGER,
                new OrganizationRights(false, true, false, true), null);

        assertThat(editor.userId()).isEqualTo(id("invitee"));
        assertThat(editor.email()).isEqualTo(email("invitee"));
        assertThat(editor.role()).isEqualTo(OrganizationRole.EDITOR);
        assertThat(editor.flags()).isEqualTo(OrganizationRights.defaultsFor(OrganizationRole.EDITOR))
                .isEqualTo(new OrganizationRights(false, true, false, false));
        assertThat(editor.expiresAt()).isEqualTo(NEXT_MONTH);
        assertThat(editor.grantedById()).isEqualTo(id("owner"));
        assertThat(editor.grantedByName()).isEqualTo("owner");
        assertThat(editor.grantedAt()).isNotNull();
        assertThat(editor.active()).isTrue();
        assertThat(editor.inForce()).isTrue();
        assertThat(custom.flags()).isEqualTo(new OrganizationRights(false, true, false, true));
        assertThat(custom.grantedByName()).isEqualTo("manager");
        assertThat(organizationRow("viewer", "invitee")).isEqualTo(editor);
        assertThat(world.value("SELECT can_manage_users FROM user_organization_roles WHERE id = ?", custom.grantId()))
                .isEqualTo(true);
    }

    @Test
    void onlyPeopleWhoManageTheOrganizationsUsersInvite() {
        long before = organizationRows();

        refused(() -> service("editor").grantOrganization(label, email("invitee"), OrganizationRole.VIEWER, null, null),
                "people.permission.organization");
        refused(() -> service("outsider").grantOrganization(label, email("invitee"), OrganizationRole.VIEWER, null, null),
                "record.goneOrNoAccess");
        world.grantOrganization(world.person("inactive"), label, "admin", true, true, true, true, null, true,
                world.person("owner"));
        refused(() -> service("inactive").grantOrganization(label, email("invitee"), OrganizationRole.VIEWER, null, null),
                "record.goneOrNoAccess");
        world.grantOrganization(world.person("other"), label, "admin", true, true, true, true, YESTERDAY, true,
                world.person("owner"));
        refused(() -> service("other").grantOrganization(label, email("invitee"), OrganizationRole.VIEWER, null, null),
                "record.goneOrNoAccess");
        refused(() -> service("viewer").grantOrganization(label, email("invitee"), OrganizationRole.VIEWER, null, null),
                "people.permission.organization");
        assertThat(organizationRows()).isEqualTo(before + 2);

        assertThat(service("manager").grantOrganization(label, email("invitee"), OrganizationRole.VIEWER, null, null)
                .inForce()).isTrue();
    }

    @Test
    void onlyExistingActiveAccountsWithoutAGrantInForceAreInvited() {
        long before = organizationRows();
        PeopleService owner = service("owner");
        String unknown = "Nobody." + UUID.randomUUID() + "@Label.example";

        refused(() -> owner.grantOrganization(label, unknown, OrganizationRole.VIEWER, null, null), "people.unknownEmail",
                unknown.toLowerCase(java.util.Locale.ROOT));
        refused(() -> owner.grantOrganization(label, email("inactive"), OrganizationRole.VIEWER, null, null),
                "people.inactiveAccount", email("inactive"));
        refused(() -> owner.grantOrganization(label, email("viewer"), OrganizationRole.EDITOR, null, null),
                "people.alreadyGranted", email("viewer"));
        refused(() -> owner.grantOrganization(label, email("owner"), OrganizationRole.OWNER, null, null),
                "people.alreadyGranted", email("owner"));
        refusedField(() -> owner.grantOrganization(label, "not an email", OrganizationRole.VIEWER, null, null), "email",
                "validation.email.shape");
        refusedField(() -> owner.grantOrganization(label, email("invitee"), null, null, null), "role", "people.role.missing");
        assertThat(organizationRows()).isEqualTo(before);
    }

    @Test
    void anExpiryMustBeInTheFuture() {
        MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        PeopleService owner = new PeopleService(database, world.person("owner").user(), clock);
        long before = organizationRows();

        refusedField(() -> owner.grantOrganization(label, email("invitee"), OrganizationRole.VIEWER, null, YESTERDAY),
                "expiresAt", "people.expiresAt.past");
        refusedField(() -> owner.grantOrganization(label, email("invitee"), OrganizationRole.VIEWER, null, clock.instant()),
                "expiresAt", "people.expiresAt.past");
        UUID viewerGrant = world.organizationGrant(world.person("viewer"), label);
        refusedField(() -> owner.changeOrganizationGrant(viewerGrant, 0, OrganizationRole.VIEWER, null, YESTERDAY),
                "expiresAt", "people.expiresAt.past");
        refusedField(() -> owner.grantArtist(signed, email("invitee"), ArtistRole.VIEWER, null, YESTERDAY), "expiresAt",
                "people.expiresAt.past");
        assertThat(organizationRows()).isEqualTo(before);

        Instant inASecond = clock.instant().plusSeconds(1);
        assertThat(owner.grantOrganization(label, email("invitee"), OrganizationRole.VIEWER, null, inASecond).expiresAt())
                .isEqualTo(inASecond);
    }

    @Test
    void nobodyGivesRightsOrARoleAboveTheirOwn() {
        long before = organizationRows();

        AppException finances = refused(() -> service("manager").grantOrganization(label, email("invitee"),
                        OrganizationRole.EDITOR, new OrganizationRights(false, true, true, false), null),
                "people.flagsNotHeld", "manage finances");
        assertThat(finances.getLocalizedMessage()).contains("manage finances");
        refused(() -> service("manager").grantOrganization(label, email("invitee"), OrganizationRole.ADMIN,
                        new OrganizationRights(false, false, false, false), null),
                "people.roleAboveYours", "Administrator", "Manager");
        refused(() -> service("admin").grantOrganization(label, email("invitee"), OrganizationRole.OWNER, null, null),
                "people.roleAboveYours", "Owner", "Administrator");
        assertThat(organizationRows()).isEqualTo(before);

        assertThat(service("manager").grantOrganization(label, email("invitee"), OrganizationRole.MANAGER,
                new OrganizationRights(true, true, false, true), null).role()).isEqualTo(OrganizationRole.MANAGER);
        assertThat(service("admin").grantOrganization(label, email("other"), OrganizationRole.ADMIN, null, null).flags())
                .isEqualTo(OrganizationRights.ALL);
        assertThat(service("owner").grantOrganization(label, email("coowner"), OrganizationRole.OWNER, null, null).role())
                .as("only an owner makes owners").isEqualTo(OrganizationRole.OWNER);
    }

    @Test
    void aRevokedOrExpiredGrantIsRenewedInPlace() {
        Person owner = world.person("owner");
        UUID revoked = world.grantOrganization(world.person("invitee"), label, "admin", true, true, true, true, null, false,
                owner);
        UUID expired = world.grantOrganization(world.person("other"), label, "editor", false, true, false, false, YESTERDAY,
                true, owner);

        OrganizationGrantRow renewed = service("manager").grantOrganization(label, email("invitee"), OrganizationRole.VIEWER,
                null, null);
        OrganizationGrantRow extended = service("manager").grantOrganization(label, email("other"), OrganizationRole.EDITOR,
                null, NEXT_MONTH);

        assertThat(renewed.grantId()).isEqualTo(revoked);
        assertThat(renewed.role()).isEqualTo(OrganizationRole.VIEWER);
        assertThat(renewed.flags()).isEqualTo(OrganizationRights.NONE);
        assertThat(renewed.inForce()).isTrue();
        assertThat(renewed.grantedByName()).isEqualTo("manager");
        assertThat(renewed.version()).isEqualTo(1);
        assertThat(extended.grantId()).isEqualTo(expired);
        assertThat(extended.expiresAt()).isEqualTo(NEXT_MONTH);
        assertThat(extended.inForce()).isTrue();
        assertThat(world.count("SELECT COUNT(*) FROM user_organization_roles WHERE organization_id = ? AND user_id IN (?, ?)",
                label, id("invitee"), id("other"))).isEqualTo(2);
    }

    // --- changing and revoking organization grants -------------------------------------------------

    @Test
    void aGrantIsChangedFromItsVersionAndAStaleChangeIsRefused() {
        UUID grant = world.organizationGrant(world.person("viewer"), label);

        OrganizationGrantRow changed = service("owner").changeOrganizationGrant(grant, 0, OrganizationRole.MANAGER, null,
                NEXT_MONTH);

        assertThat(changed.role()).isEqualTo(OrganizationRole.MANAGER);
        assertThat(changed.flags()).isEqualTo(OrganizationRights.defaultsFor(OrganizationRole.MANAGER));
        assertThat(changed.expiresAt()).isEqualTo(NEXT_MONTH);
        assertThat(changed.version()).isEqualTo(1);
        refused(() -> service("admin").changeOrganizationGrant(grant, 0, OrganizationRole.VIEWER, null, null),
                "record.changedBySomeoneElse");
        refused(() -> service("admin").revokeOrganizationGrant(grant, 0), "record.changedBySomeoneElse");
        assertThat(organizationRow("owner", "viewer")).isEqualTo(changed);

        OrganizationGrantRow again = service("admin").changeOrganizationGrant(grant, 1, OrganizationRole.EDITOR,
                new OrganizationRights(false, false, false, false), null);
        assertThat(again.role()).isEqualTo(OrganizationRole.EDITOR);
        assertThat(again.flags()).isEqualTo(OrganizationRights.NONE);
        assertThat(again.expiresAt()).isNull();
        assertThat(again.version()).isEqualTo(2);
        refused(() -> service("owner").changeOrganizationGrant(UUID.randomUUID(), 0, OrganizationRole.VIEWER, null, null),
                "record.goneOrNoAccess");
    }

    @Test
    void changingAndRevokingNeedTheRightAndARoleNotBelowTheGrants() {
        UUID admin = world.organizationGrant(world.person("admin"), label);
        UUID editor = world.organizationGrant(world.person("editor"), label);
        UUID viewer = world.organizationGrant(world.person("viewer"), label);

        refused(() -> service("editor").changeOrganizationGrant(viewer, 0, OrganizationRole.EDITOR, null, null),
                "people.permission.organization");
        refused(() -> service("editor").revokeOrganizationGrant(viewer, 0), "people.permission.organization");
        refused(() -> service("outsider").revokeOrganizationGrant(viewer, 0), "record.goneOrNoAccess");
        refused(() -> service("manager").changeOrganizationGrant(admin, 0, OrganizationRole.VIEWER, null, null),
                "people.grantAboveYours", "Administrator", "Manager");
        refused(() -> service("manager").revokeOrganizationGrant(admin, 0), "people.grantAboveYours", "Administrator",
                "Manager");
        refused(() -> service("manager").changeOrganizationGrant(editor, 0, OrganizationRole.ADMIN,
                        new OrganizationRights(false, true, false, false), null),
                "people.roleAboveYours", "Administrator", "Manager");
        refused(() -> service("manager").changeOrganizationGrant(editor, 0, OrganizationRole.EDITOR,
                        new OrganizationRights(false, true, true, false), null),
                "people.flagsNotHeld", "manage finances");
        refused(() -> service("manager").changeOrganizationGrant(world.organizationGrant(world.person("manager"), label), 0,
                        OrganizationRole.MANAGER, OrganizationRights.ALL, null),
                "people.flagsNotHeld", "manage finances");
        assertThat(world.value("SELECT version FROM user_organization_roles WHERE id = ?", editor)).isEqualTo(0L);

        // a right the grant has already is kept, not given: the manager may still change the grant
        world.sql("UPDATE user_organization_roles SET can_manage_finances = TRUE WHERE id = ?", viewer);
        OrganizationGrantRow kept = service("manager").changeOrganizationGrant(viewer, 0, OrganizationRole.EDITOR,
                new OrganizationRights(false, true, true, false), NEXT_MONTH);
        assertThat(kept.flags()).isEqualTo(new OrganizationRights(false, true, true, false));
        OrganizationGrantRow revoked = service("manager").revokeOrganizationGrant(editor, 0);
        assertThat(revoked.active()).isFalse();
    }

    @Test
    void aRevokedGrantStaysForHistoryAndGivesNothing() {
        UUID viewer = world.organizationGrant(world.person("viewer"), label);

        OrganizationGrantRow revoked = service("admin").revokeOrganizationGrant(viewer, 0);

        assertThat(revoked.active()).isFalse();
        assertThat(revoked.inForce()).isFalse();
        assertThat(revoked.version()).isEqualTo(1);
        assertThat(revoked.role()).isEqualTo(OrganizationRole.VIEWER);
        assertThat(world.value("SELECT is_active FROM user_organization_roles WHERE id = ?", viewer)).isEqualTo(false);
        assertThat(organizationRow("owner", "viewer")).isEqualTo(revoked);
        refused(() -> service("viewer").organizationGrants(label), "record.goneOrNoAccess");
    }

    @Test
    void theLastOwnerOfAnOrganizationIsNeverRevokedDemotedOrGivenAnExpiry() {
        Person owner = world.person("owner");
        UUID own = world.organizationGrant(owner, label);
        world.grantOrganization(world.person("coowner"), label, "owner", true, true, true, true, YESTERDAY, true, owner);
        UUID formerOwner = world.organizationGrant(world.person("coowner"), label);
        world.grantOrganization(world.person("other"), label, "owner", true, true, true, true, null, false, owner);

        refused(() -> service("owner").revokeOrganizationGrant(own, 0), "people.lastOwner");
        refused(() -> service("owner").changeOrganizationGrant(own, 0, OrganizationRole.ADMIN, null, null),
                "people.lastOwner");
        refused(() -> service("owner").changeOrganizationGrant(own, 0, OrganizationRole.OWNER, null, NEXT_MONTH),
                "people.lastOwner");
        refused(() -> service("admin").revokeOrganizationGrant(own, 0), "people.grantAboveYours", "Owner",
                "Administrator");
        assertThat(organizationRow("owner", "owner").inForce()).isTrue();
        // an owner may still change their own flags while staying the owner
        OrganizationGrantRow fewerRights = service("owner").changeOrganizationGrant(own, 0, OrganizationRole.OWNER,
                new OrganizationRights(true, true, false, true), null);
        assertThat(fewerRights.flags()).isEqualTo(new OrganizationRights(true, true, false, true));
        assertThat(fewerRights.version()).isEqualTo(1);

        OrganizationGrantRow second = service("owner").changeOrganizationGrant(formerOwner, 0, OrganizationRole.OWNER, null,
                null);
        assertThat(second.inForce()).isTrue();
        OrganizationGrantRow demoted = service("owner").changeOrganizationGrant(own, 1, OrganizationRole.ADMIN,
                fewerRights.flags(), null);
        assertThat(demoted.role()).isEqualTo(OrganizationRole.ADMIN);
        refused(() -> service("coowner").revokeOrganizationGrant(formerOwner, second.version()), "people.lastOwner");
        refused(() -> service("owner").revokeOrganizationGrant(formerOwner, second.version()), "people.grantAboveYours",
                "Owner", "Administrator");
    }

    @Test
    void twoOwnersRevokingEachOtherAtOnceLeaveOneOwner() throws Exception {
        Person owner = world.person("owner");
        UUID own = world.organizationGrant(owner, label);
        UUID other = world.grantOrganization(world.person("coowner"), label, "owner", true, true, true, true, null, true,
                owner);
        try (Connection coowner = world.adminTransaction()) {
            // the co-owner's revocation of the owner, half done: lock taken, row written, not committed
            try (PreparedStatement lock = coowner.prepareStatement(vendor == Vendor.POSTGRESQL
                    ? "SELECT pg_advisory_xact_lock(hashtext(?))" : "SELECT id FROM organizations WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, vendor == Vendor.POSTGRESQL ? PeopleService.lockKey("organizations", label) : label);
                lock.executeQuery().close();
            }
            try (PreparedStatement revoke = coowner.prepareStatement(
                    "UPDATE user_organization_roles SET is_active = FALSE, version = version + 1 WHERE id = ?")) {
                revoke.setObject(1, own);
                assertThat(revoke.executeUpdate()).isEqualTo(1);
            }
            // the common pool, not an executor of the test's own: ArchitectureTest counts these classes as
            // main code when the build directory is not target/
            Future<OrganizationGrantRow> ownerRevokes = ForkJoinPool.commonPool()
                    .submit(() -> service("owner").revokeOrganizationGrant(other, 0));
            assertThatThrownBy(() -> ownerRevokes.get(500, TimeUnit.MILLISECONDS))
                    .as("waits for the other change to the organization's grants").isInstanceOf(TimeoutException.class);
            coowner.commit();

            assertThatThrownBy(() -> ownerRevokes.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(AppException.class, e -> assertThat(e.key()).isEqualTo("people.lastOwner"));
        }
        assertThat(world.count("SELECT COUNT(*) FROM user_organization_roles WHERE organization_id = ? AND role = 'owner'"
                + " AND is_active = TRUE", label)).isEqualTo(1);
    }

    // --- artist grants -----------------------------------------------------------------------------

    @Test
    void artistGrantsAreManagedWithTheRightToInviteDirectOrThroughTheOrganization() {
        Person owner = world.person("owner");
        world.grantArtist(world.person("collab"), signed, "manager", flags("manage_songs", "view_analytics"), "0.00", null,
                true, owner);

        refused(() -> service("editor").grantArtist(signed, email("invitee"), ArtistRole.VIEWER, null, null),
                "people.permission.artist");
        refused(() -> service("collab").grantArtist(signed, email("invitee"), ArtistRole.VIEWER, null, null),
                "people.permission.artist");
        refused(() -> service("outsider").grantArtist(signed, email("invitee"), ArtistRole.VIEWER, null, null),
                "record.goneOrNoAccess");
        refused(() -> service("admin").grantArtist(signed, email("inactive"), ArtistRole.VIEWER, null, null),
                "people.inactiveAccount", email("inactive"));
        // the manager's can_manage_users on the label counts; without its finances they have no analytics to give
        refused(() -> service("manager").grantArtist(signed, email("invitee"), ArtistRole.COLLABORATOR, null, null),
                "people.flagsNotHeld", "view analytics");
        refused(() -> service("manager").grantArtist(signed, email("invitee"), ArtistRole.ADMIN, ArtistRights.NONE, null),
                "people.roleAboveYours", "Administrator", "Manager");
        assertThat(world.count("SELECT COUNT(*) FROM user_artist_permissions WHERE artist_id = ?", signed)).isEqualTo(1);

        ArtistGrantRow songs = service("manager").grantArtist(signed, email("invitee"), ArtistRole.COLLABORATOR,
                new ArtistRights(false, false, true, false, false, false, false), null);
        assertThat(songs.flags()).isEqualTo(new ArtistRights(false, false, true, false, false, false, false));
        assertThat(songs.revenueShare()).isEqualTo(new BigDecimal("0.00"));
        assertThat(songs.grantedByName()).isEqualTo("manager");
        ArtistGrantRow defaults = service("admin").grantArtist(signed, " " + email("other") + " ", ArtistRole.COLLABORATOR,
                null, NEXT_MONTH);
        assertThat(defaults.flags()).isEqualTo(ArtistRights.defaultsFor(ArtistRole.COLLABORATOR));
        assertThat(defaults.expiresAt()).isEqualTo(NEXT_MONTH);
        assertThat(defaults.inForce()).isTrue();
        refused(() -> service("admin").grantArtist(signed, email("other"), ArtistRole.VIEWER, null, null),
                "people.alreadyGranted", email("other"));
        String unknown = "nobody." + UUID.randomUUID() + "@label.example";
        refused(() -> service("admin").grantArtist(signed, unknown, ArtistRole.VIEWER, null, null), "people.unknownEmail",
                unknown);
    }

    @Test
    void aDirectArtistGrantGivesOnlyWhatItHolds() {
        Person owner = world.person("owner");
        UUID indie = world.artist(null, owner);
        world.grantArtist(world.person("manager"), indie, "manager",
                flags("edit_profile", "manage_releases", "manage_songs", "manage_social", "view_analytics",
                        "invite_collaborators"), "0.00", null, true, owner);
        world.grantArtist(world.person("admin"), indie, "admin", flags("invite_collaborators", "manage_songs"), "0.00", null,
                true, owner);

        refused(() -> service("manager").grantArtist(indie, email("invitee"), ArtistRole.MANAGER,
                        new ArtistRights(true, true, true, true, false, false, false), null),
                "people.flagsNotHeld", "manage finances");
        refused(() -> service("admin").grantArtist(indie, email("invitee"), ArtistRole.ADMIN, null, null),
                "people.flagsNotHeld", "edit profile, manage releases, manage finances, manage social media, view analytics");
        refused(() -> service("admin").grantArtist(indie, email("invitee"), ArtistRole.OWNER, ArtistRights.NONE, null),
                "people.roleAboveYours", "Owner", "Administrator");

        ArtistGrantRow manager = service("manager").grantArtist(indie, email("invitee"), ArtistRole.MANAGER, null, null);
        assertThat(manager.flags()).isEqualTo(ArtistRights.defaultsFor(ArtistRole.MANAGER));
        ArtistGrantRow changed = service("admin").changeArtistGrant(manager.grantId(), manager.version(), ArtistRole.VIEWER,
                null, null);
        assertThat(changed.flags()).isEqualTo(ArtistRights.NONE);
        refused(() -> service("admin").changeArtistGrant(manager.grantId(), changed.version(), ArtistRole.COLLABORATOR, null,
                null), "people.flagsNotHeld", "view analytics");
        refused(() -> service("admin").changeArtistGrant(manager.grantId(), manager.version(), ArtistRole.VIEWER, null,
                null), "record.changedBySomeoneElse");
        refused(() -> service("manager").revokeArtistGrant(world.artistGrant(world.person("admin"), indie), 0),
                "people.grantAboveYours", "Administrator", "Manager");
        assertThat(service("manager").revokeArtistGrant(manager.grantId(), changed.version()).inForce()).isFalse();
    }

    @Test
    void theLastOwnerOfAnArtistIsNeverRevokedDemotedOrGivenAnExpiry() {
        Person owner = world.person("owner");
        UUID indie = world.artist(null, owner);
        UUID own = world.artistGrant(owner, indie);
        world.grantArtist(world.person("coowner"), indie, "owner", flags(), "0.00", YESTERDAY, true, owner);

        refused(() -> service("owner").revokeArtistGrant(own, 0), "people.lastOwner");
        refused(() -> service("owner").changeArtistGrant(own, 0, ArtistRole.ADMIN, null, null), "people.lastOwner");
        refused(() -> service("owner").changeArtistGrant(own, 0, ArtistRole.OWNER, null, NEXT_MONTH), "people.lastOwner");
        assertThat(artistRow(indie, "owner").inForce()).isTrue();

        UUID coowner = world.artistGrant(world.person("coowner"), indie);
        ArtistGrantRow second = service("owner").changeArtistGrant(coowner, 0, ArtistRole.OWNER, null, null);
        assertThat(second.inForce()).isTrue();
        assertThat(second.flags()).isEqualTo(ArtistRights.ALL);
        ArtistGrantRow revoked = service("coowner").revokeArtistGrant(own, 0);
        assertThat(revoked.active()).isFalse();
        refused(() -> service("coowner").changeArtistGrant(coowner, second.version(), ArtistRole.MANAGER, null, null),
                "people.lastOwner");
    }

    // --- revenue shares ----------------------------------------------------------------------------

    @Test
    void revenueSharesNeedTheFinancesRightAndTotalAtMostOneHundredExactly() {
        Person owner = world.person("owner");
        UUID a = world.grantArtist(world.person("collab"), signed, "collaborator", flags("manage_songs"), "0.00", null, true,
                owner);
        UUID b = world.grantArtist(world.person("invitee"), signed, "collaborator", flags("manage_songs"), "0.00", null, true,
                owner);
        UUID c = world.grantArtist(world.person("finance"), signed, "manager", flags("manage_finances"), "0.00", null, true,
                owner);
        world.grantArtist(world.person("other"), signed, "viewer", flags(), "90.00", YESTERDAY, true, owner);
        PeopleService finance = service("finance");

        refused(() -> service("manager").setRevenueShare(a, 0, new BigDecimal("10")), "people.permission.finances");
        refused(() -> service("collab").setRevenueShare(a, 0, new BigDecimal("10")), "people.permission.finances");
        refused(() -> service("outsider").setRevenueShare(a, 0, new BigDecimal("10")), "record.goneOrNoAccess");

        assertThat(finance.setRevenueShare(a, 0, new BigDecimal("33.33")).revenueShare()).isEqualTo(new BigDecimal("33.33"));
        assertThat(finance.setRevenueShare(b, 0, new BigDecimal("33.330")).revenueShare()).isEqualTo(new BigDecimal("33.33"));
        ArtistGrantRow full = finance.setRevenueShare(c, 0, new BigDecimal("33.34"));
        assertThat(full.revenueShare()).isEqualTo(new BigDecimal("33.34"));
        assertThat(world.value("SELECT SUM(revenue_share_percentage) FROM user_artist_permissions WHERE artist_id = ?"
                + " AND is_active = TRUE AND (expires_at IS NULL OR expires_at > CURRENT_TIMESTAMP)", signed))
                .as("exactly 100.00 is allowed").isInstanceOfSatisfying(BigDecimal.class,
                        sum -> assertThat(sum).isEqualByComparingTo("100.00"));

        AppException over = refused(() -> finance.setRevenueShare(a, 1, new BigDecimal("33.34")), "people.revenueShare.total",
                "66.67", "33.33");
        assertThat(over.getLocalizedMessage()).contains("66.67 %").contains("33.33 %");
        refused(() -> service("admin").setRevenueShare(c, 1, new BigDecimal("33.35")), "people.revenueShare.total", "66.66",
                "33.34");
        assertThat(artistRow(signed, "collab").revenueShare()).isEqualTo(new BigDecimal("33.33"));

        refusedField(() -> finance.setRevenueShare(a, 1, new BigDecimal("10.005")), "revenueShare",
                "people.revenueShare.decimals");
        refusedField(() -> finance.setRevenueShare(a, 1, new BigDecimal("-0.01")), "revenueShare",
                "people.revenueShare.range");
        refusedField(() -> finance.setRevenueShare(a, 1, new BigDecimal("100.01")), "revenueShare",
                "people.revenueShare.range");
        refusedField(() -> finance.setRevenueShare(a, 1, null), "revenueShare", "people.revenueShare.missing");
        refused(() -> finance.setRevenueShare(a, 0, new BigDecimal("1")), "record.changedBySomeoneElse");

        // a revoked grant's share no longer counts
        service("admin").revokeArtistGrant(b, 1);
        assertThat(finance.setRevenueShare(a, 1, new BigDecimal("66.66")).revenueShare()).isEqualTo(new BigDecimal("66.66"));
        refused(() -> finance.setRevenueShare(a, 2, new BigDecimal("66.67")), "people.revenueShare.total", "33.34", "66.66");
    }

    @Test
    void aGrantBroughtBackIntoForceMayNotTakeTheTotalAboveOneHundred() {
        Person owner = world.person("owner");
        world.grantArtist(world.person("collab"), signed, "collaborator", flags(), "60.00", null, true, owner);
        UUID expired = world.grantArtist(world.person("other"), signed, "viewer", flags(), "40.01", YESTERDAY, true, owner);
        UUID revoked = world.grantArtist(world.person("invitee"), signed, "viewer", flags(), "50.00", null, false, owner);

        refused(() -> service("admin").changeArtistGrant(expired, 0, ArtistRole.VIEWER, null, NEXT_MONTH),
                "people.revenueShare.total", "60.00", "40.00");
        refused(() -> service("admin").changeArtistGrant(expired, 0, ArtistRole.VIEWER, null, null),
                "people.revenueShare.total", "60.00", "40.00");
        // inviting again renews the revoked grant without its old share
        ArtistGrantRow renewed = service("admin").grantArtist(signed, email("invitee"), ArtistRole.VIEWER, null, null);
        assertThat(renewed.grantId()).isEqualTo(revoked);
        assertThat(renewed.revenueShare()).isEqualTo(new BigDecimal("0.00"));
        assertThat(renewed.inForce()).isTrue();

        world.sql("UPDATE user_artist_permissions SET revenue_share_percentage = 40.00 WHERE id = ?", expired);
        ArtistGrantRow back = service("admin").changeArtistGrant(expired, 0, ArtistRole.VIEWER, null, NEXT_MONTH);
        assertThat(back.inForce()).isTrue();
        assertThat(back.revenueShare()).isEqualTo(new BigDecimal("40.00"));
    }

    // --- as the person: on PostgreSQL their own login role, under Row Level Security -----------------

    /** Where a person works: their own login role on PostgreSQL (RLS applies), the file on H2. */
    private com.allaccessartist.persistence.Database asPerson(Person person) {
        return vendor == Vendor.POSTGRESQL ? world.own(person) : database;
    }

    @Test
    void underRowLevelSecurityTheServiceWorksAsThePerson() {
        Person owner = world.person("owner");
        Person manager = world.person("manager");
        world.grantArtist(world.person("collab"), signed, "collaborator", flags("manage_songs"), "0.00", null, true, owner);

        List<OrganizationGrantRow> asViewer = service(asPerson(world.person("viewer")), world.person("viewer"))
                .organizationGrants(label);
        assertThat(asViewer).isEqualTo(service("viewer").organizationGrants(label));
        assertThat(asViewer).extracting(OrganizationGrantRow::email).doesNotContainNull();

        UUID viewer = world.organizationGrant(world.person("viewer"), label);
        OrganizationGrantRow changed = service(asPerson(manager), manager).changeOrganizationGrant(viewer, 0,
                OrganizationRole.EDITOR, null, NEXT_MONTH);
        assertThat(changed.role()).isEqualTo(OrganizationRole.EDITOR);
        assertThat(changed.email()).isEqualTo(email("viewer"));
        assertThat(service(asPerson(manager), manager).revokeOrganizationGrant(viewer, 1).active()).isFalse();
        refused(() -> service(asPerson(manager), manager).revokeOrganizationGrant(world.organizationGrant(owner, label), 0),
                "people.grantAboveYours", "Owner", "Manager");

        UUID collab = world.artistGrant(world.person("collab"), signed);
        ArtistGrantRow viewerNow = service(asPerson(manager), manager).changeArtistGrant(collab, 0, ArtistRole.VIEWER, null,
                null);
        assertThat(viewerNow.flags()).isEqualTo(ArtistRights.NONE);
        assertThat(viewerNow.grantedByName()).isEqualTo("owner");

        Person editor = world.person("editor");
        refused(() -> service(asPerson(editor), editor).revokeOrganizationGrant(world.organizationGrant(editor, label), 0),
                "people.permission.organization");
        if (vendor == Vendor.POSTGRESQL) {
            long sneaked = asPerson(editor).inTransaction(s -> (long) s.createMutationQuery(
                            "update OrganizationMembership r set r.canManageUsers = true where r.id = :id")
                    .setParameter("id", world.organizationGrant(editor, label)).executeUpdate());
            assertThat(sneaked).as("and Row Level Security refuses the same write").isZero();
        }
    }

    /**
     * Since V6 the policy user_artist_permissions_finances_update lets a person with
     * can_manage_finances alone write a grant's revenue share, and the trigger guard_artist_grant
     * lets them change nothing else; the database's own refusals come back by the service's keys.
     */
    @Test
    void underRowLevelSecurityAFinanceManagerSetsSharesWithoutTheRightToInvite() {
        Person owner = world.person("owner");
        Person finance = world.person("finance");
        UUID collab = world.grantArtist(world.person("collab"), signed, "collaborator", flags(), "0.00", null, true, owner);
        world.grantArtist(finance, signed, "viewer", flags("manage_finances"), "0.00", null, true, owner);
        PeopleService asFinance = service(asPerson(finance), finance);

        ArtistGrantRow shared = asFinance.setRevenueShare(collab, 0, new BigDecimal("10.00"));
        assertThat(shared.revenueShare()).isEqualTo(new BigDecimal("10.00"));
        assertThat(world.value("SELECT revenue_share_percentage FROM user_artist_permissions WHERE id = ?", collab))
                .isEqualTo(new BigDecimal("10.00"));
        UUID own = world.artistGrant(finance, signed);
        refused(() -> asFinance.setRevenueShare(own, 0, new BigDecimal("95.00")), "people.revenueShare.total", "10.00",
                "90.00");
        refused(() -> asFinance.changeArtistGrant(collab, shared.version(), ArtistRole.VIEWER, null, null),
                "people.permission.artist");

        if (vendor == Vendor.POSTGRESQL) {
            // the same writes below the service: the trigger refuses them, and the service reads its refusal
            RuntimeException roleChange = catchThrowableOfType(RuntimeException.class, () -> asPerson(finance).inTransaction(
                    s -> s.createNativeMutationQuery("UPDATE user_artist_permissions SET role = 'viewer' WHERE id = :id")
                            .setParameter("id", collab).executeUpdate()));
            assertThat(PeopleService.guardRefusal(roleChange)).get().extracting(AppException::key)
                    .isEqualTo("people.permission.artist");
            RuntimeException overfull = catchThrowableOfType(RuntimeException.class, () -> asPerson(finance).inTransaction(
                    s -> s.createNativeMutationQuery("UPDATE user_artist_permissions SET revenue_share_percentage = 95"
                                    + " WHERE id = :id").setParameter("id", own).executeUpdate()));
            AppException total = PeopleService.guardRefusal(overfull).orElseThrow();
            assertThat(total.key()).isEqualTo("people.revenueShare.total");
            assertThat(total.args()).containsExactly("10.00", "90.00");
            assertThat(world.value("SELECT revenue_share_percentage FROM user_artist_permissions WHERE id = ?", own))
                    .isEqualTo(new BigDecimal("0.00"));
        }
    }

    /** app_person_by_email finds the invitee for a person who may invite; others' users rows stay unreadable. */
    @Test
    void underRowLevelSecurityAPersonInvitesByEmail() {
        Person manager = world.person("manager");
        Person owner = world.person("owner");
        PeopleService asManager = service(asPerson(manager), manager);

        OrganizationGrantRow invited = asManager.grantOrganization(label, email("invitee").toUpperCase(),
                OrganizationRole.EDITOR, null, NEXT_MONTH);
        assertThat(invited.userId()).isEqualTo(id("invitee"));
        assertThat(invited.email()).isEqualTo(email("invitee"));
        assertThat(invited.grantedByName()).isEqualTo("manager");
        refused(() -> asManager.grantOrganization(label, email("inactive"), OrganizationRole.VIEWER, null, null),
                "people.inactiveAccount", email("inactive"));
        String unknown = "nobody." + UUID.randomUUID() + "@label.example";
        refused(() -> asManager.grantOrganization(label, unknown, OrganizationRole.VIEWER, null, null),
                "people.unknownEmail", unknown);

        ArtistGrantRow collaborator = asManager.grantArtist(signed, email("collab"), ArtistRole.COLLABORATOR,
                new ArtistRights(false, true, true, false, false, false, false), null);
        assertThat(collaborator.email()).isEqualTo(email("collab"));
        assertThat(collaborator.grantedByName()).isEqualTo("manager");

        // an independent artist: its people's names come from app_artist_members
        UUID solo = world.artist(null, owner);
        world.grantArtist(manager, solo, "manager", flags("invite_collaborators", "manage_songs"), "0.00", null, true, owner);
        ArtistGrantRow onSolo = asManager.grantArtist(solo, email("other"), ArtistRole.VIEWER, null, null);
        assertThat(onSolo.email()).isEqualTo(email("other"));
        assertThat(service(asPerson(manager), manager).artistGrants(solo))
                .extracting(ArtistGrantRow::email, ArtistGrantRow::grantedByName)
                .contains(tuple(email("owner"), "owner"), tuple(email("manager"), "owner"), tuple(email("other"), "manager"));

        Person editor = world.person("editor");
        refused(() -> service(asPerson(editor), editor).grantOrganization(label, email("other"), OrganizationRole.VIEWER,
                null, null), "people.permission.organization");
    }
}
