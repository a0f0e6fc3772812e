package com.allaccessartist.service.catalog;

import static com.allaccessartist.testsupport.TestWorld.flags;
import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.auth.ArtistAccess;
import com.allaccessartist.testsupport.TestWorld.Person;
import com.allaccessartist.testsupport.BothVendorsTest;
import com.allaccessartist.testsupport.MutableClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;

/**
 * Effective rights are computed as the PostgreSQL policies compute them: the mapping of
 * organization flags to artist rights, direct grants adding to them, expired and revoked grants
 * and deactivated accounts giving nothing. On PostgreSQL every answer is compared with what the
 * policies' own functions answer for the person's login role.
 */
class AccessServiceTest extends BothVendorsTest {

    private static final String[] PEOPLE = {"owner", "manager", "finance", "usersadmin", "viewer", "expired", "revoked",
        "collab", "editor", "directadmin", "indie", "outsider", "inactive"};
    private static final List<String> PERMISSIONS = List.of("edit_profile", "manage_releases", "manage_songs",
            "manage_finances", "manage_social", "view_analytics", "invite_collaborators", "delete");

    private static CatalogWorld world;
    private UUID label;
    private UUID signed;
    private UUID independent;

    @BeforeEach
    void grants() {
        if (world == null || world.database() != database) {
            world = CatalogWorld.create(testDatabase, database, PEOPLE);
            world.sql("UPDATE users SET is_active = FALSE WHERE id = ?", person("inactive").id());
        }
        Instant now = Instant.now();
        label = world.organization(person("owner"));
        signed = world.artist(label, person("owner"));
        independent = world.artist(null, person("indie"));
        world.grantOrganization(person("manager"), label, "manager", true, true, false, false, null, true);
        world.grantOrganization(person("finance"), label, "editor", false, false, true, false, now.plus(30, ChronoUnit.DAYS), true);
        world.grantOrganization(person("usersadmin"), label, "admin", false, false, false, true, null, true);
        world.grantOrganization(person("viewer"), label, "viewer", false, false, false, false, null, true);
        world.grantOrganization(person("expired"), label, "admin", true, true, true, true, now.minus(1, ChronoUnit.HOURS), true);
        world.grantOrganization(person("revoked"), label, "admin", true, true, true, true, null, false);
        world.grantOrganization(person("inactive"), label, "admin", true, true, true, true, null, true);
        world.grantArtist(person("collab"), signed, "collaborator", flags("manage_releases"), null, true);
        world.grantArtist(person("collab"), independent, "collaborator", flags("manage_songs"), null, true);
        world.grantArtist(person("editor"), independent, "viewer", flags("edit_profile", "view_analytics"), null, true);
        world.grantArtist(person("directadmin"), signed, "admin", flags(), null, true);
    }

    @AfterParameterizedClassInvocation
    static void closeWorld() {
        if (world != null) {
            world.close();
            world = null;
        }
    }

    private static Person person(String name) {
        return world.person(name);
    }

    private AccessService access(String name) {
        return new AccessService(database, person(name).user(), Clock.systemUTC());
    }

    /** view, edit, releases, songs, finances, social, analytics, invite, delete, administrator */
    private static ArtistAccess rights(String flags) {
        boolean[] f = new boolean[10];
        for (int i = 0; i < 10; i++) {
            f[i] = flags.charAt(i) == '1';
        }
        return new ArtistAccess(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]);
    }

    @Test
    void theOrganizationsFlagsCoverItsArtistsAsThePoliciesMapThem() {
        assertThat(access("owner").onArtist(signed)).isEqualTo(rights("1111111111"));
        assertThat(access("manager").onArtist(signed)).as("artists → profile, social, delete; releases → releases, songs")
                .isEqualTo(rights("1111010010"));
        assertThat(access("finance").onArtist(signed)).as("finances → finances, analytics").isEqualTo(rights("1000101000"));
        assertThat(access("usersadmin").onArtist(signed)).as("users → invite; an admin role administers")
                .isEqualTo(rights("1000000101"));
        assertThat(access("viewer").onArtist(signed)).as("any role sees").isEqualTo(rights("1000000000"));
    }

    @Test
    void directGrantsGiveTheirOwnFlagsAndAddToTheOrganizationsRole() {
        assertThat(access("collab").onArtist(signed)).as("manage_releases covers songs").isEqualTo(rights("1011000000"));
        assertThat(access("collab").onArtist(independent)).isEqualTo(rights("1001000000"));
        assertThat(access("editor").onArtist(independent)).isEqualTo(rights("1100001000"));
        assertThat(access("directadmin").onArtist(signed)).as("an artist admin may delete and administers")
                .isEqualTo(rights("1000000011"));
        assertThat(access("indie").onArtist(independent)).as("the creator of an independent artist owns it")
                .isEqualTo(rights("1111111111"));
        world.grantArtist(person("viewer"), signed, "collaborator", flags("manage_finances"), null, true);
        assertThat(access("viewer").onArtist(signed)).isEqualTo(rights("1000100000"));
    }

    @Test
    void expiredRevokedAndDeactivatedGiveNothing() {
        for (String name : List.of("expired", "revoked", "inactive", "outsider")) {
            assertThat(access(name).onArtist(signed)).as(name).isEqualTo(ArtistAccess.NONE);
            assertThat(access(name).mayCreateArtistIn(label)).as(name).isFalse();
            assertThat(access(name).mayEditOrganization(label)).as(name).isFalse();
        }
        assertThat(access("owner").onArtist(independent)).isEqualTo(ArtistAccess.NONE);
        assertThat(access("owner").onArtist(UUID.randomUUID())).isEqualTo(ArtistAccess.NONE);
    }

    @Test
    void aGrantExpiresAtItsMomentOnTheServicesClock() {
        MutableClock clock = new MutableClock(Instant.now());
        AccessService finance = new AccessService(database, person("finance").user(), clock);
        assertThat(finance.onArtist(signed).manageFinances()).isTrue();

        clock.advance(Duration.ofDays(31));

        assertThat(finance.onArtist(signed)).isEqualTo(ArtistAccess.NONE);
    }

    @Test
    void organizationsAreEditedByOwnersAndAdminsAndArtistsCreatedWithTheArtistsFlag() {
        assertThat(access("owner").mayEditOrganization(label)).isTrue();
        assertThat(access("usersadmin").mayEditOrganization(label)).isTrue();
        assertThat(access("manager").mayEditOrganization(label)).isFalse();
        assertThat(access("viewer").mayEditOrganization(label)).isFalse();
        assertThat(access("owner").mayCreateArtistIn(label)).isTrue();
        assertThat(access("manager").mayCreateArtistIn(label)).isTrue();
        assertThat(access("usersadmin").mayCreateArtistIn(label)).isFalse();
        assertThat(access("finance").mayCreateArtistIn(label)).isFalse();
    }

    @Test
    void onPostgresqlEveryAnswerIsThePoliciesAnswerForThePersonsOwnRole() throws SQLException {
        if (vendor != Vendor.POSTGRESQL) {
            return;
        }
        for (String name : PEOPLE) {
            try (Connection own = world.ownConnection(person(name))) {
                for (UUID artist : List.of(signed, independent)) {
                    ArtistAccess computed = access(name).onArtist(artist);
                    Map<String, Boolean> policies = new LinkedHashMap<>();
                    policies.put("view", contains(own, "SELECT a FROM app_visible_artists() a", artist));
                    for (String permission : PERMISSIONS) {
                        policies.put(permission, contains(own, "SELECT a FROM app_artists_with('" + permission + "') a", artist));
                    }
                    Map<String, Boolean> service = new LinkedHashMap<>();
                    service.put("view", computed.view());
                    service.put("edit_profile", computed.editProfile());
                    service.put("manage_releases", computed.manageReleases());
                    service.put("manage_songs", computed.manageSongs());
                    service.put("manage_finances", computed.manageFinances());
                    service.put("manage_social", computed.manageSocial());
                    service.put("view_analytics", computed.viewAnalytics());
                    service.put("invite_collaborators", computed.inviteCollaborators());
                    service.put("delete", computed.delete());
                    assertThat(service).as("%s on %s", name, artist == signed ? "the label's artist" : "the independent artist")
                            .isEqualTo(policies);
                }
                assertThat(access(name).mayEditOrganization(label)).as("%s edits the label", name)
                        .isEqualTo(contains(own, "SELECT o FROM app_organizations_with('admin') o", label));
                assertThat(access(name).mayCreateArtistIn(label)).as("%s creates artists in the label", name)
                        .isEqualTo(contains(own, "SELECT o FROM app_organizations_with('manage_artists') o", label));
            }
        }
    }

    private static boolean contains(Connection own, String setQuery, UUID id) throws SQLException {
        try (PreparedStatement statement = own.prepareStatement("SELECT EXISTS (SELECT 1 FROM (" + setQuery + ") s(id) WHERE id = ?)")) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
