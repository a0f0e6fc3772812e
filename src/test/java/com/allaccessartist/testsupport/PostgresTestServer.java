package com.allaccessartist.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the test run, from {@code AAA_TEST_PG_URL} (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}), {@code AAA_TEST_PG_USER} and
 * {@code AAA_TEST_PG_PASSWORD}: a role that may create databases and roles. Without them the
 * PostgreSQL tests are skipped with this reason, unless {@code AAA_REQUIRE_PG=1}, when their
 * absence fails the run.
 */
public final class PostgresTestServer {

    private PostgresTestServer() {
    }

    public static boolean configured() {
        return notBlank(System.getenv("AAA_TEST_PG_URL")) && notBlank(System.getenv("AAA_TEST_PG_USER"));
    }

    public static boolean required() {
        return "1".equals(System.getenv("AAA_REQUIRE_PG"));
    }

    /** Skips (or, when required, fails) the calling test if no PostgreSQL server is configured. */
    public static void assumeAvailable() {
        if (configured()) {
            return;
        }
        String reason = "PostgreSQL tests skipped: set AAA_TEST_PG_URL, AAA_TEST_PG_USER and AAA_TEST_PG_PASSWORD"
                + " (see README, 'Running the PostgreSQL suite')";
        if (required()) {
            fail("AAA_REQUIRE_PG=1 but no PostgreSQL server is configured: " + reason);
        }
        Assumptions.abort(reason);
    }

    /** URL of the server's maintenance database (where databases are created). */
    public static String adminUrl() {
        return System.getenv("AAA_TEST_PG_URL");
    }

    public static String user() {
        return System.getenv("AAA_TEST_PG_USER");
    }

    public static char[] password() {
        String password = System.getenv("AAA_TEST_PG_PASSWORD");
        return password == null ? new char[0] : password.toCharArray();
    }

    /** The URL of another database on the same server. */
    public static String urlOf(String database) {
        String admin = adminUrl();
        int query = admin.indexOf('?');
        String base = query < 0 ? admin : admin.substring(0, query);
        String params = query < 0 ? "" : admin.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
