package com.allaccessartist.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.testsupport.BothVendorsTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The schema's functions and triggers behave the same on both vendors. */
class DatabaseFunctionsTest extends BothVendorsTest {

    private UUID person(Connection c, String email) throws SQLException {
        UUID id = UUID.randomUUID();
        update(c, "INSERT INTO users (id, email) VALUES (?, ?)", id, email);
        update(c, "INSERT INTO user_profiles (user_id, first_name, last_name, display_name, bio, billing_address)"
                + " VALUES (?, 'Jane', 'Doe', 'Jane Doe', 'Singer', " + (vendor == Vendor.H2 ? "JSON '{\"city\":\"Leeds\"}'" : "'{\"city\":\"Leeds\"}'")
                + ")", id);
        return id;
    }

    @Test
    void everyProfileGetsAUniqueEightCharacterReferralCodeWithoutLookAlikes() throws Exception {
        Set<String> codes = new HashSet<>();
        try (Connection c = testDatabase.adminConnection(true)) {
            for (int i = 0; i < 200; i++) {
                UUID id = person(c, "referral" + i + "." + UUID.randomUUID() + "@label.example");
                String code = single(c, "SELECT referral_code FROM user_profiles WHERE user_id = ?", id);
                assertThat(code).matches("[A-HJ-NP-Z2-9]{8}");
                codes.add(code);
            }
        }
        assertThat(codes).hasSize(200);
    }

    @Test
    void theDatabaseKeepsUpdatedAtCurrentOnEveryUpdate() throws Exception {
        try (Connection c = testDatabase.adminConnection(true)) {
            UUID id = person(c, "updated." + UUID.randomUUID() + "@label.example");
            update(c, "UPDATE users SET updated_at = ? WHERE id = ?", Timestamp.valueOf("2001-01-01 00:00:00"), id);
            Timestamp before = timestamp(c, "SELECT updated_at FROM users WHERE id = ?", id);

            update(c, "UPDATE users SET phone = '+44 20 7946 0000' WHERE id = ?", id);

            Timestamp after = timestamp(c, "SELECT updated_at FROM users WHERE id = ?", id);
            assertThat(after).isAfter(before);
            assertThat(after.toInstant()).isAfter(java.time.Instant.now().minusSeconds(600));
        }
    }

    @Test
    void theCreatorOfAnOrganizationBecomesItsOwnerWithEveryFlag() throws Exception {
        try (Connection c = testDatabase.adminConnection(true)) {
            UUID creator = person(c, "creator." + UUID.randomUUID() + "@label.example");
            UUID organization = UUID.randomUUID();
            update(c, "INSERT INTO organizations (id, name, type, created_by) VALUES (?, 'Label', 'label', ?)", organization, creator);

            assertThat(single(c, "SELECT role FROM user_organization_roles WHERE organization_id = ? AND user_id = ?"
                    + " AND can_manage_artists AND can_manage_releases AND can_manage_finances AND can_manage_users"
                    + " AND granted_by = user_id", organization, creator)).isEqualTo("owner");
        }
    }

    @Test
    void theCreatorOfAnIndependentArtistOwnsItButAnOrganizationsArtistIsReachedThroughTheOrganization() throws Exception {
        try (Connection c = testDatabase.adminConnection(true)) {
            UUID creator = person(c, "artistcreator." + UUID.randomUUID() + "@label.example");
            UUID independent = UUID.randomUUID();
            update(c, "INSERT INTO artists (id, name, slug, created_by) VALUES (?, 'Solo', ?, ?)",
                    independent, "solo-" + independent, creator);
            UUID organization = UUID.randomUUID();
            update(c, "INSERT INTO organizations (id, name, type, created_by) VALUES (?, 'Label', 'label', ?)", organization, creator);
            UUID signed = UUID.randomUUID();
            update(c, "INSERT INTO artists (id, name, slug, organization_id, created_by) VALUES (?, 'Signed', ?, ?, ?)",
                    signed, "signed-" + signed, organization, creator);

            assertThat(single(c, "SELECT role FROM user_artist_permissions WHERE artist_id = ? AND user_id = ?"
                    + " AND can_edit_profile AND can_invite_collaborators", independent, creator)).isEqualTo("owner");
            assertThat(single(c, "SELECT COUNT(*) FROM user_artist_permissions WHERE artist_id = ?", signed)).isEqualTo("0");
        }
    }

    @Test
    void exportUserDataReturnsThePersonsRowsWithoutInternalColumns() throws Exception {
        try (Connection c = testDatabase.adminConnection(true)) {
            UUID id = person(c, "export." + UUID.randomUUID() + "@label.example");
            UUID organization = UUID.randomUUID();
            update(c, "INSERT INTO organizations (id, name, type, created_by) VALUES (?, 'Label', 'label', ?)", organization, id);
            UUID artist = UUID.randomUUID();
            update(c, "INSERT INTO artists (id, name, slug, organization_id, created_by) VALUES (?, 'Ex Artist', ?, ?, ?)",
                    artist, "ex-" + artist, organization, id);
            UUID work = UUID.randomUUID();
            update(c, "INSERT INTO works (id, artist_id, title) VALUES (?, ?, 'Written Work')", work, artist);
            UUID sheet = UUID.randomUUID();
            update(c, "INSERT INTO split_sheets (id, kind, work_id, artist_id, current_version) VALUES (?, 'publishing', ?, ?, 1)",
                    sheet, work, artist);
            UUID version = UUID.randomUUID();
            update(c, "INSERT INTO split_sheet_versions (id, sheet_id, version_number, status, total) VALUES (?, ?, 1, 'draft', 100)",
                    version, sheet);
            update(c, "INSERT INTO split_lines (version_id, position, user_id, party_name, role, ipi, share)"
                    + " VALUES (?, 1, ?, 'Jane Q. Doe', 'writer', '00014107338', 62.5)", version, id);
            update(c, "INSERT INTO split_lines (version_id, position, party_name, role, share)"
                    + " VALUES (?, 2, 'Someone Else', 'publisher', 37.5)", version);

            JsonNode export = new ObjectMapper().readTree(single(c, "SELECT CAST(export_user_data(?) AS VARCHAR)", id));

            assertThat(export.path("user").path("email").asText()).startsWith("export.");
            assertThat(export.path("user").has("db_role")).isFalse();
            assertThat(export.path("user").has("version")).isFalse();
            assertThat(export.path("user_profile").path("display_name").asText()).isEqualTo("Jane Doe");
            assertThat(export.path("user_profile").path("billing_address").path("city").asText()).isEqualTo("Leeds");
            assertThat(export.path("organization_roles")).hasSize(1);
            assertThat(export.path("organization_roles").get(0).path("role").asText()).isEqualTo("owner");
            assertThat(export.path("artist_permissions").isArray()).isTrue();
            assertThat(export.path("split_lines")).as("only the person's own lines").hasSize(1);
            JsonNode line = export.path("split_lines").get(0);
            assertThat(line.path("party_name").asText()).isEqualTo("Jane Q. Doe");
            assertThat(line.path("role").asText()).isEqualTo("writer");
            assertThat(line.path("ipi").asText()).isEqualTo("00014107338");
            assertThat(line.path("share").decimalValue()).isEqualByComparingTo("62.5");
            assertThat(line.path("sheet_kind").asText()).isEqualTo("publishing");
            assertThat(line.path("work_id").asText()).isEqualTo(work.toString());
            assertThat(line.path("version_number").asInt()).isEqualTo(1);
        }
    }

    @Test
    void anonymizeUserDataRemovesPersonalDataAndDeactivatesTheAccount() throws Exception {
        try (Connection c = testDatabase.adminConnection(true)) {
            UUID id = person(c, "forget." + UUID.randomUUID() + "@label.example");
            update(c, "INSERT INTO user_credentials (user_id, password_hash) VALUES (?, '$2a$04$abcdefghijklmnopqrstuu')", id);

            assertThat(single(c, "SELECT CAST(anonymize_user_data(?) AS VARCHAR)", id)).isIn("true", "TRUE");

            assertThat(single(c, "SELECT first_name || ' ' || last_name || '|' || display_name || '|' || COALESCE(bio, '-')"
                    + " FROM user_profiles WHERE user_id = ?", id)).isEqualTo("Anonymous User|Anonymous User|-");
            assertThat(single(c, "SELECT email FROM users WHERE id = ?", id)).isEqualTo("anonymized-" + id + "@anonymized.invalid");
            assertThat(single(c, "SELECT CAST(is_active AS VARCHAR) FROM users WHERE id = ?", id)).isIn("false", "FALSE");
            assertThat(single(c, "SELECT COUNT(*) FROM user_credentials WHERE user_id = ?", id)).isEqualTo("0");
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        }
    }

    private static String single(Connection c, String sql, Object... args) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        assertThat(values).hasSize(1);
        return values.get(0);
    }

    private static Timestamp timestamp(Connection c, String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getTimestamp(1);
            }
        }
    }
}
