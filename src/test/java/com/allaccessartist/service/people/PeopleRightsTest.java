package com.allaccessartist.service.people;

import static com.allaccessartist.testsupport.TestWorld.flags;
import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.artist.ArtistRights;
import com.allaccessartist.domain.artist.ArtistRole;
import com.allaccessartist.domain.org.OrganizationRights;
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.testsupport.TestWorld.Person;
import com.allaccessartist.testsupport.BothVendorsTest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;

/**
 * What the People screens ask before offering an action: a person's standing in an organization
 * and on an artist, computed as the people service checks it; on both vendors, on PostgreSQL as
 * the person's own login role.
 */
class PeopleRightsTest extends BothVendorsTest {

    private static PeopleWorld world;
    private UUID label;
    private UUID signed;

    @BeforeEach
    void labelWithPeople() {
        if (world == null || world.database() != database) {
            world = PeopleWorld.create(testDatabase, database, "owner", "manager", "editor", "collab", "lapsed", "outsider");
        }
        Person owner = world.person("owner");
        label = world.organization(owner);
        world.grantOrganization(world.person("manager"), label, "manager", true, true, false, true, null, true, owner);
        world.grantOrganization(world.person("editor"), label, "editor", false, true, false, false, null, true, owner);
        world.grantOrganization(world.person("lapsed"), label, "admin", true, true, true, true,
                Instant.now().minus(1, ChronoUnit.DAYS), true, owner);
        signed = world.artist(label, owner);
        world.grantArtist(world.person("collab"), signed, "collaborator", flags("manage_songs", "view_analytics"), "10.00",
                null, true, owner);
    }

    @AfterParameterizedClassInvocation
    static void closeWorld() {
        if (world != null) {
            world.close();
            world = null;
        }
    }

    private static PeopleRights rights(String name) {
        Person person = world.person(name);
        Database on = database.vendor() == Vendor.POSTGRESQL ? world.own(person) : database;
        return new PeopleRights(on, person.user(), Clock.systemUTC());
    }

    @Test
    void inAnOrganizationTheRoleInForceAndItsFlagsCount() {
        assertThat(rights("owner").onOrganization(label))
                .isEqualTo(new PeopleRights.OnOrganization(OrganizationRole.OWNER, OrganizationRights.ALL, true));
        assertThat(rights("manager").onOrganization(label)).isEqualTo(new PeopleRights.OnOrganization(
                OrganizationRole.MANAGER, new OrganizationRights(true, true, false, true), true));
        assertThat(rights("editor").onOrganization(label).mayManage()).isFalse();
        assertThat(rights("lapsed").onOrganization(label)).as("an expired grant gives nothing")
                .isEqualTo(PeopleRights.OnOrganization.NONE);
        assertThat(rights("outsider").onOrganization(label)).isEqualTo(PeopleRights.OnOrganization.NONE);
    }

    @Test
    void onAnArtistTheOrganizationRoleCountsAtItsRankAndCoversItsFlags() {
        PeopleRights.OnArtist owner = rights("owner").onArtist(signed);
        assertThat(owner).isEqualTo(new PeopleRights.OnArtist(true, ArtistRole.OWNER, ArtistRights.ALL, true, true));

        PeopleRights.OnArtist manager = rights("manager").onArtist(signed);
        assertThat(manager.role()).isEqualTo(ArtistRole.MANAGER);
        assertThat(manager.mayManage()).as("manage users covers inviting collaborators").isTrue();
        assertThat(manager.mayManageFinances()).isFalse();
        assertThat(manager.held()).isEqualTo(new ArtistRights(true, true, true, false, true, false, true));
    }

    @Test
    void aCollaboratorSeesTheArtistButMayNotChangeAccess() {
        PeopleRights.OnArtist collab = rights("collab").onArtist(signed);
        assertThat(collab.visible()).isTrue();
        assertThat(collab.role()).isEqualTo(ArtistRole.COLLABORATOR);
        assertThat(collab.mayManage()).isFalse();
        assertThat(collab.held()).isEqualTo(ArtistRights.defaultsFor(ArtistRole.COLLABORATOR));

        assertThat(rights("outsider").onArtist(signed)).isEqualTo(PeopleRights.OnArtist.NONE);
    }
}
