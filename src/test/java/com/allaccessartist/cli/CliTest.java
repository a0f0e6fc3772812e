package com.allaccessartist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.testsupport.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CliTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Map<String, String> env = new HashMap<>();

    private int run(String... args) {
        return Cli.run(args, new CliContext(env, new PrintWriter(out, true), new PrintWriter(err, true), Clock.systemUTC()));
    }

    private static List<String> dbArgs(TestDatabase database) {
        List<String> args = new ArrayList<>(List.of("--db", database.adminTarget().jdbcUrl()));
        if (database.vendor() == Vendor.POSTGRESQL) {
            args.addAll(List.of("--db-user", database.adminTarget().user()));
        }
        return args;
    }

    private static String[] with(List<String> prefix, String... args) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void migrateThenCreateAUserWhoCanSignIn(Vendor vendor) throws Exception {
        try (TestDatabase database = TestDatabase.create(vendor, temp)) {
            env.put(DatabaseOptions.PASSWORD_VARIABLE, new String(database.adminTarget().password()));
            List<String> db = dbArgs(database);

            assertThat(run(with(db, "migrate"))).as(err.toString()).isZero();
            assertThat(out.toString()).contains("is at schema version 13");

            env.put("NEW_PASSWORD", "correct horse battery");
            int code = run(with(db, "user", "create", "--email", "Jane.Doe@Label.example", "--name", "Jane Doe",
                    "--password-env", "NEW_PASSWORD"));
            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).contains("Created jane.doe@label.example");

            if (vendor == Vendor.POSTGRESQL) {
                String role = out.toString().lines().filter(l -> l.startsWith("PostgreSQL login role: "))
                        .map(l -> l.substring("PostgreSQL login role: ".length())).findFirst().orElseThrow();
                database.dropRoleAfterwards(role);
                assertThat(role).startsWith("aaa_jane_doe_");
                try (Connection asJane = DriverManager.getConnection(database.adminTarget().jdbcUrl(), role,
                        "correct horse battery");
                     Statement statement = asJane.createStatement();
                     ResultSet rs = statement.executeQuery("SELECT u.email FROM users u WHERE u.id = app_uid()")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("jane.doe@label.example");
                }
            } else {
                try (Connection admin = database.adminConnection(true);
                     Statement statement = admin.createStatement();
                     ResultSet rs = statement.executeQuery("SELECT c.password_hash FROM user_credentials c"
                             + " JOIN users u ON u.id = c.user_id WHERE u.email = 'jane.doe@label.example'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).startsWith("$2a$12$").doesNotContain("correct horse");
                }
            }
        }
    }

    @Test
    void aDuplicateEmailFailsWithOneLineAndExitCodeOne() {
        env.put("PW", "a long enough password");
        String url = "jdbc:h2:file:" + temp.resolve("dup").toString().replace('\\', '/');
        assertThat(run("--db", url, "user", "create", "--email", "a@b.example", "--name", "A", "--password-env", "PW")).isZero();
        err.getBuffer().setLength(0);

        int code = run("--db", url, "user", "create", "--email", "A@B.example", "--name", "A", "--password-env", "PW");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("Error: There is already an account for a@b.example.");
    }

    @Test
    void aMissingPasswordVariableIsRefusedBeforeTouchingTheDatabase() {
        String url = "jdbc:h2:file:" + temp.resolve("nopw").toString().replace('\\', '/');

        int code = run("--db", url, "user", "create", "--email", "a@b.example", "--name", "A", "--password-env", "UNSET_VARIABLE");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("UNSET_VARIABLE").contains("not set");
        assertThat(temp.resolve("nopw.mv.db")).doesNotExist();
    }

    @Test
    void aWeakPasswordIsRefusedWithTheRule() {
        env.put("PW", "short");
        String url = "jdbc:h2:file:" + temp.resolve("weak").toString().replace('\\', '/');

        int code = run("--db", url, "user", "create", "--email", "a@b.example", "--name", "A", "--password-env", "PW");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("at least 10 characters");
    }

    @Test
    void anUnsupportedUrlIsExplained() {
        assertThat(run("--db", "jdbc:mysql://localhost/x", "migrate")).isEqualTo(1);
        assertThat(err.toString()).contains("Only jdbc:h2: and jdbc:postgresql: URLs are supported");
    }

    @Test
    void postgresWithoutAUserIsExplained() {
        assertThat(run("--db", "jdbc:postgresql://127.0.0.1:1/x", "migrate")).isEqualTo(1);
        assertThat(err.toString()).contains("--db-user");
    }

    @Test
    void anUnreachableServerIsOneLine() {
        int code = run("--db", "jdbc:postgresql://127.0.0.1:1/catalogue", "--db-user", "admin", "migrate");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines().count()).isEqualTo(1);
        assertThat(err.toString()).contains("cannot be reached");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("migrate", "user", "AAA_DB_PASSWORD");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("frobnicate");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void demoLoadsTheSmallCatalogueOnceAndListsWhoCanSignIn(Vendor vendor) throws Exception {
        try (TestDatabase database = TestDatabase.create(vendor, temp)) {
            env.put(DatabaseOptions.PASSWORD_VARIABLE, new String(database.adminTarget().password()));
            env.put("DEMO_PASSWORD", "demo passphrase 2026");
            List<String> db = dbArgs(database);
            assertThat(run(with(db, "migrate"))).as(err.toString()).isZero();

            int code = run(with(db, "demo", "--password-env", "DEMO_PASSWORD"));

            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).contains("Loaded the demo catalogue", "50 artists", "300 releases", "3,000 songs")
                    .contains("owner of");
            if (vendor == Vendor.POSTGRESQL) {
                assertThat(out.toString()).contains("[role aaa_");
            }
            try (Connection admin = database.adminConnection(true); Statement statement = admin.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM songs")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(3_000);
            }
            err.getBuffer().setLength(0);
            assertThat(run(with(db, "demo"))).isEqualTo(1);
            assertThat(err.toString().lines().count()).isEqualTo(1);

            out.getBuffer().setLength(0);
            assertThat(run(with(db, "bench", "--runs", "1"))).as(err.toString()).isZero();
            assertThat(out.toString().lines().toList()).hasSize(6);
            assertThat(out.toString()).contains("open the catalogue", "one JDBC connection", "Overview for",
                    "unfiltered COUNT(*)", "Artists: first page of 100", "Artists: search", "Releases of the artist");
        }
    }

    @Test
    void anUnknownDemoSizeIsExplained() {
        String url = "jdbc:h2:file:" + temp.resolve("sizes").toString().replace('\\', '/');

        assertThat(run("--db", url, "demo", "--size", "medium")).isEqualTo(1);
        assertThat(err.toString()).contains("medium");
    }
}
