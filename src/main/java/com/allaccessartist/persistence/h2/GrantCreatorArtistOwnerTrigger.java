package com.allaccessartist.persistence.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.tools.TriggerAdapter;

/**
 * H2 form of {@code grant_creator_artist_owner()}: the creator of an independent artist (one
 * without an organization) becomes its owner; artists of an organization are reached through
 * the organization's roles.
 */
public class GrantCreatorArtistOwnerTrigger extends TriggerAdapter {

    @Override
    public void fire(Connection connection, ResultSet oldRow, ResultSet newRow) throws SQLException {
        if (newRow.getObject("organization_id") != null) {
            return;
        }
        Object creator = newRow.getObject("created_by");
        if (!H2Triggers.userExists(connection, creator)) {
            // leave the refusal to the row's own foreign key, which names the rule (as on PostgreSQL)
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO user_artist_permissions (user_id, artist_id, role, can_edit_profile,"
                        + " can_manage_releases, can_manage_songs, can_manage_finances, can_manage_social,"
                        + " can_view_analytics, can_invite_collaborators, granted_by)"
                        + " VALUES (?, ?, 'owner', TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, ?)")) {
            insert.setObject(1, creator);
            insert.setObject(2, newRow.getObject("id"));
            insert.setObject(3, creator);
            insert.executeUpdate();
        }
    }
}
