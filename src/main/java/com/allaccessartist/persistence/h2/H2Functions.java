package com.allaccessartist.persistence.h2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Set;
import java.util.UUID;

/**
 * H2 forms of the schema's PL/pgSQL functions, bound with {@code CREATE ALIAS} in the H2
 * migrations. They return what the PostgreSQL ones return (JSON text for JSONB).
 */
public final class H2Functions {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 8;
    private static final int MAX_ATTEMPTS = 100;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NOT_EXPORTED = Set.of("version", "db_role");

    private H2Functions() {
    }

    /** {@code generate_referral_code()}: 8 characters without look-alikes, unique, retried on collision. */
    public static String generateReferralCode(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT 1 FROM user_profiles WHERE referral_code = ?")) {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                String candidate = randomCode();
                exists.setString(1, candidate);
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next()) {
                        return candidate;
                    }
                }
            }
        }
        throw new SQLException("generate_referral_code: no free code after " + MAX_ATTEMPTS + " attempts");
    }

    static String randomCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** {@code export_user_data(uuid)}: the person's rows as one JSON document. */
    public static String exportUserData(Connection connection, UUID userId) throws SQLException {
        ObjectNode result = JSON.createObjectNode();
        result.set("user", single(connection, "SELECT * FROM users WHERE id = ?", userId));
        result.set("user_profile", single(connection, "SELECT * FROM user_profiles WHERE user_id = ?", userId));
        result.set("organization_roles", all(connection, "SELECT * FROM user_organization_roles WHERE user_id = ?", userId));
        result.set("artist_permissions", all(connection, "SELECT * FROM user_artist_permissions WHERE user_id = ?", userId));
        result.set("split_lines", all(connection, "SELECT l.*, v.version_number, v.status AS version_status,"
                + " v.created_at AS version_created_at, s.kind AS sheet_kind, s.song_id, s.work_id FROM split_lines l"
                + " JOIN split_sheet_versions v ON v.id = l.version_id JOIN split_sheets s ON s.id = v.sheet_id"
                + " WHERE l.user_id = ? ORDER BY v.created_at, l.position", userId));
        return result.toString();
    }

    /** {@code anonymize_user_data(uuid)}: replaces personal data, deactivates the account. */
    public static Boolean anonymizeUserData(Connection connection, UUID userId) throws SQLException {
        try (PreparedStatement profile = connection.prepareStatement(
                "UPDATE user_profiles SET first_name = 'Anonymous', last_name = 'User', display_name = 'Anonymous User',"
                        + " bio = NULL, profile_image_url = NULL, billing_address = JSON '{}', payment_method_last4 = NULL"
                        + " WHERE user_id = ?");
             PreparedStatement user = connection.prepareStatement(
                "UPDATE users SET email = ?, phone = NULL, email_verified = FALSE, phone_verified = FALSE,"
                        + " is_active = FALSE WHERE id = ?");
             PreparedStatement credentials = connection.prepareStatement(
                "DELETE FROM user_credentials WHERE user_id = ?")) {
            profile.setObject(1, userId);
            profile.executeUpdate();
            user.setString(1, "anonymized-" + userId + "@anonymized.invalid");
            user.setObject(2, userId);
            int users = user.executeUpdate();
            credentials.setObject(1, userId);
            credentials.executeUpdate();
            return users > 0;
        }
    }

    private static JsonNode single(Connection connection, String sql, UUID id) throws SQLException {
        ArrayNode rows = all(connection, sql, id);
        return rows.isEmpty() ? JSON.nullNode() : rows.get(0);
    }

    private static ArrayNode all(Connection connection, String sql, UUID id) throws SQLException {
        ArrayNode rows = JSON.createArrayNode();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    rows.add(row(rs, meta));
                }
            }
        }
        return rows;
    }

    private static ObjectNode row(ResultSet rs, ResultSetMetaData meta) throws SQLException {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
            if (NOT_EXPORTED.contains(column)) {
                continue;
            }
            Object value = rs.getObject(i);
            if (value == null) {
                node.putNull(column);
            } else if (meta.getColumnType(i) == Types.OTHER && "JSON".equalsIgnoreCase(meta.getColumnTypeName(i))
                    || value instanceof byte[]) {
                node.set(column, parseJson(rs.getString(i)));
            } else if (value instanceof Array array) {
                ArrayNode items = node.putArray(column);
                for (Object item : (Object[]) array.getArray()) {
                    items.add(String.valueOf(item));
                }
            } else if (value instanceof Boolean b) {
                node.put(column, b);
            } else if (value instanceof Number n) {
                node.put(column, new java.math.BigDecimal(n.toString()));
            } else {
                node.put(column, value.toString());
            }
        }
        return node;
    }

    private static JsonNode parseJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
