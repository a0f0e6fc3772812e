package com.allaccessartist.service.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseTarget;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.people.AccountAdminService;
import com.allaccessartist.testsupport.BothVendorsTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Overview counts only what the person may see: their organizations' artists, artists granted
 * to them directly, never through an expired or revoked grant. On PostgreSQL the same figures come
 * out when the person's own login role runs the query under Row Level Security.
 */
class CatalogOverviewServiceTest extends BothVendorsTest {

    private static final String PASSWORD = "a long passphrase";
    private final Map<String, CurrentUser> people = new HashMap<>();
    private final Map<String, String> roles = new HashMap<>();
    private String run;

    @BeforeEach
    void catalogue() throws SQLException {
        run = UUID.randomUUID().toString().substring(0, 8);
        AccountAdminService admin = new AccountAdminService(database, new PasswordHasher(4), Clock.systemUTC());
        for (String name : new String[] {"alice", "bob", "carol", "dave", "erin", "frank"}) {
            String role = vendor == Vendor.POSTGRESQL ? testDatabase.uniqueRoleName(name + run) : null;
            AccountAdminService.CreatedAccount account = admin.create(name + "." + run + "@label.example", name,
                    PASSWORD.toCharArray(), role);
            people.put(name, new CurrentUser(account.userId(), account.email(), name));
            roles.put(name, account.loginRole());
        }
        try (Connection c = testDatabase.adminConnection(false)) {
            UUID labelA = organization(c, "A " + run, "alice");
            UUID labelB = organization(c, "B " + run, "bob");
            UUID artistA = artist(c, labelA, "alice", 2, 3);
            UUID artistB = artist(c, labelB, "bob", 1, 4);
            artist(c, null, "carol", 1, 1);
            Instant now = Instant.now();
            grantOrganization(c, "dave", labelA, "viewer", null, true);
            grantOrganization(c, "erin", labelA, "editor", now.minus(1, ChronoUnit.DAYS), true);
            grantArtist(c, "frank", artistB, "collaborator", null, false);
            grantArtist(c, "dave", artistB, "viewer", now.plus(30, ChronoUnit.DAYS), true);
            grantArtist(c, "erin", artistA, "viewer", null, false);
            c.commit();
        }
    }

    private CatalogOverview overview(String person) {
        return new CatalogOverviewService(database, people.get(person), Clock.systemUTC()).overview();
    }

    @Test
    void anOwnerSeesTheirOrganizationWithItsArtistsReleasesAndSongs() {
        CatalogOverview alice = overview("alice");

        assertThat(alice.organizations()).extracting(CatalogOverview.Membership::name, CatalogOverview.Membership::role,
                CatalogOverview.Membership::artists).containsExactly(org.assertj.core.groups.Tuple.tuple("A " + run,
                OrganizationRole.OWNER, 1L));
        assertThat(alice.artists()).isEqualTo(1);
        assertThat(alice.releases()).isEqualTo(2);
        assertThat(alice.releasesByStatus()).containsEntry(ReleaseStatus.DRAFT, 1L).containsEntry(ReleaseStatus.RELEASED, 1L)
                .containsEntry(ReleaseStatus.ARCHIVED, 0L).hasSize(ReleaseStatus.values().length);
        assertThat(alice.songs()).isEqualTo(6);
    }

    @Test
    void anOrganizationRoleAndADirectGrantAddUp() {
        CatalogOverview dave = overview("dave");

        assertThat(dave.organizations()).extracting(CatalogOverview.Membership::role).containsExactly(OrganizationRole.VIEWER);
        assertThat(dave.artists()).isEqualTo(2);
        assertThat(dave.releases()).isEqualTo(3);
        assertThat(dave.songs()).isEqualTo(10);
    }

    @Test
    void expiredAndRevokedGrantsGiveNothing() {
        assertThat(overview("erin").organizations()).isEmpty();
        assertThat(overview("erin").artists()).isZero();
        assertThat(overview("frank").artists()).isZero();
        assertThat(overview("frank").songs()).isZero();
    }

    @Test
    void theCreatorOfAnIndependentArtistSeesItAndNobodyElseDoes() {
        assertThat(overview("carol").artists()).isEqualTo(1);
        assertThat(overview("carol").organizations()).isEmpty();
        assertThat(overview("bob").artists()).isEqualTo(1);
    }

    @Test
    void onPostgresqlEachPersonsOwnRoleGetsTheSameFiguresUnderRowLevelSecurity() {
        if (vendor != Vendor.POSTGRESQL) {
            return;
        }
        for (String person : people.keySet()) {
            DatabaseTarget asPerson = DatabaseTarget.of(testDatabase.adminTarget().jdbcUrl(), roles.get(person), PASSWORD.toCharArray());
            try (Database own = Database.open(asPerson, Database.SchemaMode.VERIFY)) {
                CatalogOverview underRls = new CatalogOverviewService(own, people.get(person), Clock.systemUTC()).overview();
                assertThat(underRls).as(person).isEqualTo(overview(person));
                long everyArtist = own.inTransaction(s -> s.createSelectionQuery("select count(a) from Artist a", Long.class)
                        .getSingleResult());
                assertThat(everyArtist).as("%s's role sees only their artists, even unfiltered", person)
                        .isEqualTo(underRls.artists());
            }
        }
    }

    private UUID organization(Connection c, String name, String creator) throws SQLException {
        UUID id = UUID.randomUUID();
        run(c, "INSERT INTO organizations (id, name, type, created_by) VALUES (?, ?, 'label', ?)", id, name, people.get(creator).id());
        return id;
    }

    private UUID artist(Connection c, UUID organization, String creator, int releases, int songsPerRelease) throws SQLException {
        UUID id = UUID.randomUUID();
        run(c, "INSERT INTO artists (id, name, slug, organization_id, created_by) VALUES (?, ?, ?, ?, ?)",
                id, "Artist " + id, "artist-" + id, organization, people.get(creator).id());
        String[] statuses = {"draft", "released"};
        for (int r = 0; r < releases; r++) {
            UUID release = UUID.randomUUID();
            run(c, "INSERT INTO releases (id, artist_id, title, slug, type, status) VALUES (?, ?, 'R', ?, 'album', ?)",
                    release, id, "r" + r, statuses[r % 2]);
            for (int s = 1; s <= songsPerRelease; s++) {
                run(c, "INSERT INTO songs (release_id, artist_id, title, track_number) VALUES (?, ?, 'S', ?)", release, id, s);
            }
        }
        return id;
    }

    private void grantOrganization(Connection c, String person, UUID organization, String role, Instant expires, boolean active)
            throws SQLException {
        run(c, "INSERT INTO user_organization_roles (user_id, organization_id, role, granted_by, expires_at, is_active)"
                + " VALUES (?, ?, ?, ?, ?, ?)", people.get(person).id(), organization, role, people.get("alice").id(),
                expires == null ? null : java.sql.Timestamp.from(expires), active);
    }

    private void grantArtist(Connection c, String person, UUID artist, String role, Instant expires, boolean active)
            throws SQLException {
        run(c, "INSERT INTO user_artist_permissions (user_id, artist_id, role, granted_by, expires_at, is_active)"
                + " VALUES (?, ?, ?, ?, ?, ?)", people.get(person).id(), artist, role, people.get("bob").id(),
                expires == null ? null : java.sql.Timestamp.from(expires), active);
    }

    private static void run(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        }
    }
}
