package com.allaccessartist.service.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What the database already holds that the demo must not clash with: a demo loaded before,
 * emails, slugs and referral codes in use, and the ISRC registrant and UPC company prefixes of
 * codes already assigned. In an empty database everything is free, so a seed reproduces the
 * same rows.
 *
 * @param emails         lower-case emails on the {@code .example} domain
 * @param artistSlugs    every artist slug
 * @param referralCodes  every referral code
 * @param isrcPrefixes   country code + registrant (5 characters) of every ISRC
 * @param upcPrefixes    first 6 digits of every 12-digit UPC
 * @param iswcBlocks     the first 5 of the 9 identifier digits of every ISWC (its
 *                       {@link IswcAllocator} block of 10,000)
 */
record ExistingData(Set<String> emails, Set<String> artistSlugs, Set<String> referralCodes,
                    Set<String> isrcPrefixes, Set<String> upcPrefixes, Set<String> iswcBlocks) {

    /** Whether a demo catalogue is already loaded (any organization with a {@code DEMO-} registration). */
    static boolean demoPresent(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM organizations WHERE business_registration LIKE ?")) {
            query.setString(1, DemoOrganization.REGISTRATION_PREFIX + "%");
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Whether a users row with this id exists. */
    static boolean userExists(Connection connection, UUID userId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM users WHERE id = ?")) {
            query.setObject(1, userId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    static ExistingData read(Connection connection) throws SQLException {
        return new ExistingData(
                strings(connection, "SELECT email FROM users WHERE email LIKE '%.example'"),
                strings(connection, "SELECT slug FROM artists"),
                strings(connection, "SELECT referral_code FROM user_profiles"),
                strings(connection, "SELECT DISTINCT SUBSTRING(isrc_code, 1, 5) FROM songs WHERE isrc_code IS NOT NULL"),
                strings(connection, "SELECT DISTINCT SUBSTRING(upc_code, 1, 6) FROM releases"
                        + " WHERE upc_code IS NOT NULL AND LENGTH(upc_code) = 12"),
                strings(connection, "SELECT DISTINCT SUBSTRING(iswc, 2, 5) FROM works WHERE iswc IS NOT NULL"));
    }

    private static Set<String> strings(Connection connection, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
