package com.allaccessartist.service.people;

import com.allaccessartist.persistence.Database;
import com.allaccessartist.testsupport.TestDatabase;
import com.allaccessartist.testsupport.TestWorld;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The people service tests' world ({@link TestWorld}): grants with their ids, grantors,
 * expiries and revenue shares.
 */
final class PeopleWorld extends TestWorld {

    private PeopleWorld(TestDatabase testDatabase, Database database, String... names) {
        super(testDatabase, database, names);
    }

    /** A world over the class's database, with the named people in it (display name = name). */
    static PeopleWorld create(TestDatabase testDatabase, Database database, String... names) {
        return new PeopleWorld(testDatabase, database, names);
    }

    /** A plain connection as the administrator, not committing by itself. */
    Connection adminTransaction() throws SQLException {
        return testDatabase.adminConnection(false);
    }

    /** A role in an organization with the given flags (artists, releases, finances, users), granted by {@code by}. */
    UUID grantOrganization(Person person, UUID organization, String role, boolean artists, boolean releases,
                           boolean finances, boolean users, Instant expires, boolean active, Person by) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO user_organization_roles (id, user_id, organization_id, role, can_manage_artists,"
                        + " can_manage_releases, can_manage_finances, can_manage_users, granted_by, expires_at, is_active)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, person.id(), organization, role, artists, releases,
                finances, users, by.id(), expires == null ? null : Timestamp.from(expires), active);
        return id;
    }

    /**
     * A direct grant on an artist with the given flags (edit profile, releases, songs, finances,
     * social, analytics, invite) and revenue share, granted by {@code by}.
     */
    UUID grantArtist(Person person, UUID artist, String role, boolean[] flags, String share, Instant expires,
                     boolean active, Person by) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO user_artist_permissions (id, user_id, artist_id, role, can_edit_profile, can_manage_releases,"
                        + " can_manage_songs, can_manage_finances, can_manage_social, can_view_analytics,"
                        + " can_invite_collaborators, revenue_share_percentage, granted_by, expires_at, is_active)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, person.id(), artist, role, flags[0],
                flags[1], flags[2], flags[3], flags[4], flags[5], flags[6], new BigDecimal(share), by.id(),
                expires == null ? null : Timestamp.from(expires), active);
        return id;
    }

    /** The id of the person's grant in the organization (the owner's is made by the database). */
    UUID organizationGrant(Person person, UUID organization) {
        return (UUID) value("SELECT id FROM user_organization_roles WHERE user_id = ? AND organization_id = ?",
                person.id(), organization);
    }

    /** The id of the person's direct grant on the artist. */
    UUID artistGrant(Person person, UUID artist) {
        return (UUID) value("SELECT id FROM user_artist_permissions WHERE user_id = ? AND artist_id = ?", person.id(),
                artist);
    }
}
