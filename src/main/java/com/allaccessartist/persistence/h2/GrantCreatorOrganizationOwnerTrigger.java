package com.allaccessartist.persistence.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.tools.TriggerAdapter;

/** H2 form of {@code grant_creator_organization_owner()}: the creator becomes the owner. */
public class GrantCreatorOrganizationOwnerTrigger extends TriggerAdapter {

    @Override
    public void fire(Connection connection, ResultSet oldRow, ResultSet newRow) throws SQLException {
        Object creator = newRow.getObject("created_by");
        if (!H2Triggers.userExists(connection, creator)) {
            // leave the refusal to the row's own foreign key, which names the rule (as on PostgreSQL)
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO user_organization_roles (user_id, organization_id, role, can_manage_artists,"
                        + " can_manage_releases, can_manage_finances, can_manage_users, granted_by)"
                        + " VALUES (?, ?, 'owner', TRUE, TRUE, TRUE, TRUE, ?)")) {
            insert.setObject(1, creator);
            insert.setObject(2, newRow.getObject("id"));
            insert.setObject(3, creator);
            insert.executeUpdate();
        }
    }
}
