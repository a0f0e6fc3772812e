package com.allaccessartist.service.catalog;

import com.allaccessartist.persistence.Database;
import com.allaccessartist.testsupport.TestDatabase;
import com.allaccessartist.testsupport.TestWorld;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The catalogue service tests' world ({@link TestWorld}): grants made by the administrator in
 * the grantee's own name.
 */
final class CatalogWorld extends TestWorld {

    private CatalogWorld(TestDatabase testDatabase, Database database, String... names) {
        super(testDatabase, database, names);
    }

    /** A world over the class's database, with the named people in it (display name = name). */
    static CatalogWorld create(TestDatabase testDatabase, Database database, String... names) {
        return new CatalogWorld(testDatabase, database, names);
    }

    /** A role in an organization with the given flags (artists, releases, finances, users). */
    void grantOrganization(Person person, UUID organization, String role, boolean artists, boolean releases,
                           boolean finances, boolean users, Instant expires, boolean active) {
        sql("INSERT INTO user_organization_roles (user_id, organization_id, role, can_manage_artists, can_manage_releases,"
                        + " can_manage_finances, can_manage_users, granted_by, expires_at, is_active)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", person.id(), organization, role, artists, releases,
                finances, users, person.id(), expires == null ? null : Timestamp.from(expires), active);
    }

    /**
     * A direct grant on an artist with the given flags: edit profile, releases, songs, finances,
     * social, analytics, invite.
     */
    void grantArtist(Person person, UUID artist, String role, boolean[] flags, Instant expires, boolean active) {
        sql("INSERT INTO user_artist_permissions (user_id, artist_id, role, can_edit_profile, can_manage_releases,"
                        + " can_manage_songs, can_manage_finances, can_manage_social, can_view_analytics,"
                        + " can_invite_collaborators, granted_by, expires_at, is_active)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", person.id(), artist, role, flags[0], flags[1],
                flags[2], flags[3], flags[4], flags[5], flags[6], person.id(),
                expires == null ? null : Timestamp.from(expires), active);
    }
}
