package com.allaccessartist.persistence.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Small lookups the H2 triggers share. */
final class H2Triggers {

    private H2Triggers() {
    }

    static boolean userExists(Connection connection, Object userId) throws SQLException {
        if (userId == null) {
            return false;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM users WHERE id = ?")) {
            query.setObject(1, userId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }
}
