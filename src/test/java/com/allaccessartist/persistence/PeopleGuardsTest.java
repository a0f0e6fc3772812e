package com.allaccessartist.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.people.AccountAdminService;
import com.allaccessartist.testsupport.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The people guards of V6 on PostgreSQL, over plain JDBC connections as people's own login roles:
 * the triggers on user_organization_roles and user_artist_permissions refuse what PeopleService
 * refuses (a role or flag above the writer's own, taking out the last owner, a past expiry, a
 * revenue share without manage_finances or above 100 % in total, rewriting who granted a grant),
 * people no longer delete grants, and the allowed cases next to each still work; the functions
 * app_person_by_email and app_artist_members answer only whom they should.
 */
class PeopleGuardsTest {

    private static final String PASSWORD = "a long passphrase";
    private static final String PRIVILEGE = "42501";
    private static final String CHECK = "23514";

    @TempDir
    static Path temp;

    private static TestDatabase testDatabase;
    private static Database database;

    private static Person owner;
    private static Person coowner;
    private static Person manager;
    private static Person inviter;
    private static Person finance;
    private static Person newbie;
    private static Person outsider;
    private static Person inactive;

    record Person(UUID id, String role, String email) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(testDatabase.adminTarget().jdbcUrl(), role, PASSWORD);
        }
    }

    /** An organization owned by {@code owner}, with {@code manager} (manage artists and users) and an artist of it. */
    record Label(UUID id, UUID artist) {
    }

    @BeforeAll
    static void people() {
        testDatabase = TestDatabase.create(Vendor.POSTGRESQL, temp);
        database = testDatabase.openMigrated();
        owner = person("gowner");
        coowner = person("gcoowner");
        manager = person("gmanager");
        inviter = person("ginviter");
        finance = person("gfinance");
        newbie = person("gnewbie");
        outsider = person("goutsider");
        inactive = person("ginactive");
        admin("UPDATE users SET is_active = FALSE WHERE id = ?", inactive.id());
    }

    @AfterAll
    static void drop() {
        if (database != null) {
            database.close();
        }
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    // --- the six holes -----------------------------------------------------------------------------

    @Test
    void aManagerNeitherMakesTheirOwnGrantOwnerNorGivesThemselvesFlagsTheyLack() throws Exception {
        Label label = label();
        UUID mine = orgGrant(manager, label);
        try (Connection c = manager.connect()) {
            refused(c, PRIVILEGE, "people.roleAboveYours", "UPDATE user_organization_roles SET role = 'owner',"
                    + " can_manage_artists = TRUE, can_manage_releases = TRUE, can_manage_finances = TRUE,"
                    + " can_manage_users = TRUE WHERE id = ?", mine);
            refused(c, PRIVILEGE, "people.flagsNotHeld", "UPDATE user_organization_roles SET can_manage_finances = TRUE"
                    + " WHERE id = ?", mine);
        }
        assertThat(adminValue("SELECT role || can_manage_finances FROM user_organization_roles WHERE id = ?", mine))
                .isEqualTo("managerfalse");
    }

    @Test
    void nobodyTakesOutTheOnlyOwnerAndAnOwnerMakesAnotherOwner() throws Exception {
        Label label = label();
        UUID ownerGrant = orgGrant(owner, label);
        try (Connection c = manager.connect()) {
            refused(c, PRIVILEGE, "people.grantAboveYours", "UPDATE user_organization_roles SET is_active = FALSE WHERE id = ?",
                    ownerGrant);
        }
        try (Connection c = owner.connect()) {
            refused(c, CHECK, "people.lastOwner", "UPDATE user_organization_roles SET is_active = FALSE WHERE id = ?",
                    ownerGrant);
            refused(c, CHECK, "people.lastOwner", "UPDATE user_organization_roles SET role = 'admin' WHERE id = ?",
                    ownerGrant);
            refused(c, CHECK, "people.lastOwner", "UPDATE user_organization_roles SET expires_at = NOW() + INTERVAL '1 day'"
                    + " WHERE id = ?", ownerGrant);
            assertThat(update(c, "INSERT INTO user_organization_roles (user_id, organization_id, role, can_manage_artists,"
                    + " can_manage_releases, can_manage_finances, can_manage_users, granted_by)"
                    + " VALUES (?, ?, 'owner', TRUE, TRUE, TRUE, TRUE, ?)", coowner.id(), label.id(), owner.id()))
                    .as("an owner makes another owner").isEqualTo(1);
            assertThat(update(c, "UPDATE user_organization_roles SET is_active = FALSE WHERE id = ?", ownerGrant))
                    .as("with another owner in force, the first may go").isEqualTo(1);
        }
        // the same on an artist's direct owner
        UUID solo = independentArtist(owner);
        UUID soloOwner = artistGrant(owner, solo);
        try (Connection c = owner.connect()) {
            refused(c, CHECK, "people.lastOwner", "UPDATE user_artist_permissions SET role = 'manager' WHERE id = ?", soloOwner);
        }
    }

    @Test
    void anExpiryIsInTheFutureAndOnlyActiveAccountsAreGranted() throws Exception {
        Label label = label();
        try (Connection c = owner.connect()) {
            refused(c, CHECK, "people.expiresAt.past", "INSERT INTO user_organization_roles (user_id, organization_id, role,"
                    + " granted_by, expires_at) VALUES (?, ?, 'owner', ?, NOW() - INTERVAL '1 day')", newbie.id(), label.id(),
                    owner.id());
        }
        try (Connection c = manager.connect()) {
            refused(c, CHECK, "people.expiresAt.past", "INSERT INTO user_organization_roles (user_id, organization_id, role,"
                    + " granted_by, expires_at) VALUES (?, ?, 'viewer', ?, NOW() - INTERVAL '1 day')", newbie.id(), label.id(),
                    manager.id());
            refused(c, CHECK, "people.inactiveAccount", "INSERT INTO user_organization_roles (user_id, organization_id, role,"
                    + " granted_by) VALUES (?, ?, 'viewer', ?)", inactive.id(), label.id(), manager.id());
            assertThat(update(c, "INSERT INTO user_organization_roles (user_id, organization_id, role, granted_by, expires_at)"
                    + " VALUES (?, ?, 'viewer', ?, NOW() + INTERVAL '1 day')", newbie.id(), label.id(), manager.id()))
                    .isEqualTo(1);
            refused(c, CHECK, "people.expiresAt.past", "UPDATE user_organization_roles SET expires_at = NOW() - INTERVAL '1 hour'"
                    + " WHERE user_id = ? AND organization_id = ?", newbie.id(), label.id());
        }
    }

    @Test
    void peopleNoLongerDeleteGrantsTheyRevokeThem() throws Exception {
        Label label = label();
        UUID viewer = adminGrantOrg(newbie, label, "viewer");
        UUID artistViewer = adminGrantArtist(newbie, label.artist(), "viewer", "0.00");
        try (Connection c = manager.connect()) {
            for (String table : new String[] {"user_organization_roles", "user_artist_permissions"}) {
                SQLException refused = catchThrowableOfType(SQLException.class,
                        () -> update(c, "DELETE FROM " + table + " WHERE id IN (?, ?)", viewer, artistViewer));
                assertThat((Throwable) refused).as("DELETE on %s", table).isNotNull();
                assertThat(refused.getSQLState()).isEqualTo(PRIVILEGE);
                assertThat(refused.getMessage()).contains("permission denied");
            }
            assertThat(update(c, "UPDATE user_organization_roles SET is_active = FALSE WHERE id = ?", viewer)).isEqualTo(1);
            assertThat(update(c, "UPDATE user_artist_permissions SET is_active = FALSE WHERE id = ?", artistViewer)).isEqualTo(1);
        }
        assertThat(adminValue("SELECT COUNT(*) FROM user_organization_roles WHERE id = ? AND is_active = FALSE", viewer))
                .isEqualTo(1L);
        assertThat(adminValue("SELECT COUNT(*) FROM user_artist_permissions WHERE id = ? AND is_active = FALSE", artistViewer))
                .isEqualTo(1L);
    }

    @Test
    void revenueSharesNeedFinancesAndTotalAtMostOneHundred() throws Exception {
        Label label = label();
        UUID artist = label.artist();
        adminGrantArtist(inviter, artist, "manager", "0.00", "can_invite_collaborators", "can_manage_songs");
        adminGrantArtist(finance, artist, "viewer", "0.00", "can_manage_finances");
        UUID collab = adminGrantArtist(newbie, artist, "collaborator", "0.00", "can_manage_songs");
        try (Connection c = inviter.connect()) {
            refused(c, PRIVILEGE, "people.permission.finances",
                    "UPDATE user_artist_permissions SET revenue_share_percentage = 10 WHERE id = ?", collab);
            refused(c, PRIVILEGE, "people.permission.finances", "INSERT INTO user_artist_permissions (user_id, artist_id, role,"
                    + " revenue_share_percentage, granted_by) VALUES (?, ?, 'viewer', 5, ?)", coowner.id(), artist, inviter.id());
            assertThat(update(c, "INSERT INTO user_artist_permissions (user_id, artist_id, role, can_manage_songs, granted_by)"
                    + " VALUES (?, ?, 'collaborator', TRUE, ?)", coowner.id(), artist, inviter.id()))
                    .as("inviting with flags they hold").isEqualTo(1);
            refused(c, PRIVILEGE, "people.flagsNotHeld", "UPDATE user_artist_permissions SET can_manage_releases = TRUE"
                    + " WHERE user_id = ? AND artist_id = ?", coowner.id(), artist);
        }
        try (Connection c = finance.connect()) {
            assertThat(update(c, "UPDATE user_artist_permissions SET revenue_share_percentage = 60 WHERE id = ?", collab))
                    .as("a finance manager sets a share within 100").isEqualTo(1);
            SQLException total = refused(c, CHECK, "people.revenueShare.total",
                    "UPDATE user_artist_permissions SET revenue_share_percentage = 50 WHERE user_id = ? AND artist_id = ?",
                    coowner.id(), artist);
            assertThat(total.getMessage()).contains("60.00|40.00");
            assertThat(update(c, "UPDATE user_artist_permissions SET revenue_share_percentage = 40 WHERE user_id = ?"
                    + " AND artist_id = ?", coowner.id(), artist)).isEqualTo(1);
            refused(c, PRIVILEGE, "people.permission.artist", "UPDATE user_artist_permissions SET role = 'viewer',"
                    + " revenue_share_percentage = 30 WHERE id = ?", collab);
        }
        assertThat(adminValue("SELECT SUM(revenue_share_percentage)::TEXT FROM user_artist_permissions WHERE artist_id = ?",
                artist)).isEqualTo("100.00");
        // a revoked grant's share comes back into the total only if it fits
        admin("UPDATE user_artist_permissions SET is_active = FALSE WHERE id = ?", collab);
        admin("UPDATE user_artist_permissions SET revenue_share_percentage = 70 WHERE user_id = ? AND artist_id = ?",
                coowner.id(), artist);
        try (Connection c = inviter.connect()) {
            refused(c, CHECK, "people.revenueShare.total", "UPDATE user_artist_permissions SET is_active = TRUE WHERE id = ?",
                    collab);
        }
    }

    @Test
    void nobodyRewritesWhoGrantedAGrantOrMovesIt() throws Exception {
        Label label = label();
        UUID viewer = adminGrantOrg(newbie, label, "viewer");
        UUID artistViewer = adminGrantArtist(newbie, label.artist(), "viewer", "0.00");
        try (Connection c = manager.connect()) {
            refused(c, PRIVILEGE, "people.grantedBy", "UPDATE user_organization_roles SET granted_by = ? WHERE id = ?",
                    coowner.id(), viewer);
            refused(c, PRIVILEGE, "people.grantedBy", "UPDATE user_artist_permissions SET granted_by = ? WHERE id = ?",
                    coowner.id(), artistViewer);
            refused(c, PRIVILEGE, "people.grantMoved", "UPDATE user_organization_roles SET user_id = ? WHERE id = ?",
                    coowner.id(), viewer);
            assertThat(update(c, "UPDATE user_organization_roles SET granted_by = ?, role = 'editor' WHERE id = ?",
                    manager.id(), viewer)).as("the writer may sign a change").isEqualTo(1);
        }
        assertThat(adminValue("SELECT granted_by FROM user_artist_permissions WHERE id = ?", artistViewer)).isEqualTo(owner.id());
    }

    // --- allowed cases ---------------------------------------------------------------------------

    @Test
    void aManagerGrantsACollaboratorWithFlagsTheyHoldUnderTheServicesLock() throws Exception {
        Label label = label();
        try (Connection c = manager.connect()) {
            c.setAutoCommit(false);
            assertThat(update(c, "INSERT INTO user_artist_permissions (user_id, artist_id, role, can_edit_profile,"
                    + " can_manage_releases, can_invite_collaborators, granted_by) VALUES (?, ?, 'collaborator', TRUE, TRUE, TRUE, ?)",
                    newbie.id(), label.artist(), manager.id())).isEqualTo(1);
            assertThat(value(c, "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()"
                    + " AND objid::BIGINT = (hashtext(?) & 4294967295)",
                    "all-access-artist:people:artists:" + label.artist())).as("PeopleService.lockKey's lock").isEqualTo(1L);
            c.commit();
            refused(c, PRIVILEGE, "people.flagsNotHeld", "INSERT INTO user_artist_permissions (user_id, artist_id, role,"
                    + " can_manage_finances, granted_by) VALUES (?, ?, 'viewer', TRUE, ?)", coowner.id(), label.artist(), manager.id());
            c.rollback();
            refused(c, PRIVILEGE, "people.roleAboveYours", "INSERT INTO user_artist_permissions (user_id, artist_id, role,"
                    + " granted_by) VALUES (?, ?, 'admin', ?)", coowner.id(), label.artist(), manager.id());
            c.rollback();
        }
    }

    @Test
    void aPersonCreatingAnOrganizationOrAnArtistBecomesItsOwner() throws Exception {
        UUID organization = UUID.randomUUID();
        UUID artist = UUID.randomUUID();
        String slug = "guard-" + artist.toString().substring(0, 8);
        try (Connection c = outsider.connect()) {
            assertThat(update(c, "INSERT INTO organizations (id, name, type, created_by) VALUES (?, 'Own Label', 'label', ?)",
                    organization, outsider.id())).isEqualTo(1);
            assertThat(update(c, "INSERT INTO artists (id, name, slug, created_by) VALUES (?, 'Own Artist', '" + slug + "', ?)",
                    artist, outsider.id())).isEqualTo(1);
            assertThat(value(c, "SELECT role FROM user_organization_roles WHERE organization_id = ? AND user_id = ?",
                    organization, outsider.id())).isEqualTo("owner");
            assertThat(value(c, "SELECT role FROM user_artist_permissions WHERE artist_id = ? AND user_id = ?",
                    artist, outsider.id())).isEqualTo("owner");
        }
    }

    // --- functions -------------------------------------------------------------------------------

    @Test
    void appPersonByEmailAnswersOnlyPeopleWhoMayInviteAndOnlyTheExactEmail() throws Exception {
        label();
        try (Connection c = manager.connect()) {
            assertThat(rows(c, "SELECT id::TEXT || ':' || is_active FROM app_person_by_email(?)", newbie.email().toUpperCase()))
                    .containsExactly(newbie.id() + ":true");
            assertThat(rows(c, "SELECT id::TEXT || ':' || is_active FROM app_person_by_email(?)", inactive.email()))
                    .containsExactly(inactive.id() + ":false");
            assertThat(rows(c, "SELECT id FROM app_person_by_email(?)", "%")).isEmpty();
            assertThat(rows(c, "SELECT id FROM app_person_by_email(?)", newbie.email().substring(0, 5) + "%")).isEmpty();
            assertThat(rows(c, "SELECT id FROM app_person_by_email(?)", " " + newbie.email())).isEmpty();
        }
        try (Connection c = finance.connect()) {
            assertThat(rows(c, "SELECT id FROM app_person_by_email(?)", manager.email())).as("no right to invite").isEmpty();
        }
    }

    @Test
    void appArtistMembersAnswersWhoeverSeesTheArtist() throws Exception {
        UUID solo = independentArtist(owner);
        adminGrantArtist(newbie, solo, "viewer", "0.00");
        try (Connection c = newbie.connect()) {
            assertThat(rows(c, "SELECT email FROM app_artist_members(?)", solo))
                    .containsExactlyInAnyOrder(owner.email(), newbie.email());
            assertThat(rows(c, "SELECT display_name FROM app_artist_members(?) WHERE user_id = ?", solo, owner.id()))
                    .containsExactly("gowner");
        }
        try (Connection c = outsider.connect()) {
            assertThat(rows(c, "SELECT email FROM app_artist_members(?)", solo)).isEmpty();
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static Person person(String hint) {
        String role = testDatabase.uniqueRoleName(hint);
        AccountAdminService.CreatedAccount account = new AccountAdminService(database, new PasswordHasher(4), Clock.systemUTC())
                .create(hint + "@guards.example", hint, PASSWORD.toCharArray(), role);
        return new Person(account.userId(), account.loginRole(), account.email());
    }

    private static Label label() {
        UUID organization = UUID.randomUUID();
        admin("INSERT INTO organizations (id, name, type, created_by) VALUES (?, 'Guarded Label', 'label', ?)", organization,
                owner.id());
        admin("INSERT INTO user_organization_roles (user_id, organization_id, role, can_manage_artists, can_manage_releases,"
                + " can_manage_users, granted_by) VALUES (?, ?, 'manager', TRUE, TRUE, TRUE, ?)", manager.id(), organization,
                owner.id());
        UUID artist = UUID.randomUUID();
        admin("INSERT INTO artists (id, name, slug, organization_id, created_by) VALUES (?, 'Signed', ?, ?, ?)", artist,
                "signed-" + artist, organization, owner.id());
        return new Label(organization, artist);
    }

    private static UUID independentArtist(Person creator) {
        UUID artist = UUID.randomUUID();
        admin("INSERT INTO artists (id, name, slug, created_by) VALUES (?, 'Solo', ?, ?)", artist, "solo-" + artist, creator.id());
        return artist;
    }

    private static UUID adminGrantOrg(Person person, Label label, String role) {
        UUID id = UUID.randomUUID();
        admin("INSERT INTO user_organization_roles (id, user_id, organization_id, role, granted_by) VALUES (?, ?, ?, ?, ?)",
                id, person.id(), label.id(), role, owner.id());
        return id;
    }

    private static UUID adminGrantArtist(Person person, UUID artist, String role, String share, String... flags) {
        UUID id = UUID.randomUUID();
        StringBuilder columns = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (String flag : flags) {
            columns.append(", ").append(flag);
            values.append(", TRUE");
        }
        admin("INSERT INTO user_artist_permissions (id, user_id, artist_id, role, revenue_share_percentage, granted_by" + columns
                + ") VALUES (?, ?, ?, ?, " + share + ", ?" + values + ")", id, person.id(), artist, role, owner.id());
        return id;
    }

    private static UUID orgGrant(Person person, Label label) {
        return (UUID) adminValue("SELECT id FROM user_organization_roles WHERE user_id = ? AND organization_id = ?",
                person.id(), label.id());
    }

    private static UUID artistGrant(Person person, UUID artist) {
        return (UUID) adminValue("SELECT id FROM user_artist_permissions WHERE user_id = ? AND artist_id = ?", person.id(),
                artist);
    }

    /** The statement is refused with this SQLSTATE and a message naming the rule. */
    private static SQLException refused(Connection c, String state, String rule, String sql, Object... args) {
        SQLException refused = catchThrowableOfType(SQLException.class, () -> update(c, sql, args));
        assertThat((Throwable) refused).as("%s must be refused", sql).isNotNull();
        assertThat(refused.getSQLState()).as(refused.getMessage()).isEqualTo(state);
        assertThat(refused.getMessage()).as(sql).contains(rule);
        return refused;
    }

    private static void admin(String sql, Object... args) {
        try (Connection c = testDatabase.adminConnection(true)) {
            update(c, sql, args);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static Object adminValue(String sql, Object... args) {
        try (Connection c = testDatabase.adminConnection(true)) {
            return value(c, sql, args);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static Object value(Connection c, String sql, Object... args) throws SQLException {
        List<Object> rows = rows(c, sql, args);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static List<Object> rows(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<Object> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getObject(1));
                }
            }
            return rows;
        }
    }
}
