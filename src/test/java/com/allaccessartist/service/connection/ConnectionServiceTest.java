package com.allaccessartist.service.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.persistence.ConnectionProblem;
import com.allaccessartist.persistence.ConnectionProfile;
import com.allaccessartist.persistence.ConnectionProfile.SslMode;
import com.allaccessartist.persistence.ConnectionProfileStore;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseConnector;
import com.allaccessartist.persistence.DatabaseOpenException;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.auth.PostgresIdentityService;
import com.allaccessartist.service.people.AccountAdminService;
import com.allaccessartist.testsupport.PostgresTestServer;
import com.allaccessartist.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Test connection" and opening: success, or a reason a person can act on. */
class ConnectionServiceTest {

    @TempDir
    Path temp;

    private Preferences preferences;
    private ConnectionService connections;

    @BeforeEach
    void service() {
        preferences = Preferences.userRoot().node("com/allaccessartist/test/connections-" + UUID.randomUUID());
        connections = new ConnectionService(new ConnectionProfileStore(preferences, temp.resolve("default.mv.db")),
                new DatabaseConnector());
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        preferences.removeNode();
    }

    private static ConnectionProfile.Remote remote(String database, String role) {
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/").matcher(PostgresTestServer.adminUrl());
        assertThat(url.find()).isTrue();
        int port = url.group(2) == null ? 5432 : Integer.parseInt(url.group(2));
        return new ConnectionProfile.Remote("Shared", url.group(1), port, database, role, SslMode.DISABLE);
    }

    @Test
    void aLocalFileThatDoesNotExistYetIsUsableAndIsNotCreatedByTheTest() {
        ConnectionProfile.LocalFile profile = new ConnectionProfile.LocalFile("New", temp.resolve("new catalogue"));

        ConnectionCheck check = connections.test(profile, null);

        assertThat(check.usable()).isTrue();
        assertThat(check.messageKey()).isEqualTo("connection.check.newFile");
        assertThat(temp.resolve("new catalogue.mv.db")).doesNotExist();
    }

    @Test
    void anExistingLocalFileReportsItsVersion() {
        ConnectionProfile.LocalFile profile = new ConnectionProfile.LocalFile("Existing", temp.resolve("existing"));
        connections.open(profile, null).close();

        ConnectionCheck check = connections.test(profile, null);

        assertThat(check.usable()).isTrue();
        assertThat(check.messageKey()).isEqualTo("connection.check.ok");
        assertThat(Messages.format(check.messageKey(), check.args())).contains("schema version 13");
    }

    @Test
    void anEncryptedFileOpensOnlyWithItsPassphraseAndIsUnreadableWithoutIt() throws Exception {
        ConnectionProfile.LocalFile profile = new ConnectionProfile.LocalFile("Secret", temp.resolve("secret"));
        try (Database created = connections.createEncryptedFile(profile, "correct horse battery".toCharArray(),
                "correct horse battery".toCharArray())) {
            try (Connection c = created.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO users (email) VALUES ('secret.person@label.example')");
            }
        }
        assertThat(profile.encrypted()).isTrue();

        ConnectionCheck wrong = connections.test(profile, "wrong horse battery".toCharArray());
        assertThat(wrong.usable()).isFalse();
        assertThat(wrong.messageKey()).isEqualTo(ConnectionProblem.WRONG_PASSPHRASE.messageKey());
        assertThat(connections.test(profile, "correct horse battery".toCharArray()).usable()).isTrue();
        byte[] file = Files.readAllBytes(profile.file());
        assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("secret.person");
    }

    @Test
    void anEncryptedFileNeedsAGoodPassphraseTypedTwiceAndNeverOverwritesAFile() throws Exception {
        ConnectionProfile.LocalFile profile = new ConnectionProfile.LocalFile("Secret", temp.resolve("secret2"));
        assertThat(catchThrowableOfType(AppException.class, () -> connections.createEncryptedFile(profile,
                "correct horse battery".toCharArray(), "correct horse batterY".toCharArray())).key())
                .isEqualTo("validation.password.mismatch");
        Files.writeString(profile.file(), "someone's data");
        DatabaseOpenException exists = catchThrowableOfType(DatabaseOpenException.class, () -> connections.createEncryptedFile(
                profile, "correct horse battery".toCharArray(), "correct horse battery".toCharArray()));
        assertThat(exists.problem()).isEqualTo(ConnectionProblem.FILE_EXISTS);
        assertThat(Files.readString(profile.file())).isEqualTo("someone's data");
    }

    @Test
    void anUnreachableServerIsSaidToBeUnreachable() {
        ConnectionProfile.Remote profile = new ConnectionProfile.Remote("Nowhere", "127.0.0.1", 1, "catalogue", "jane",
                SslMode.DISABLE);

        ConnectionCheck check = connections.test(profile, "password".toCharArray());

        assertThat(check.usable()).isFalse();
        assertThat(check.messageKey()).isEqualTo(ConnectionProblem.UNREACHABLE.messageKey());
        assertThat(Messages.format(check.messageKey(), check.args())).contains("cannot be reached");
    }

    @Test
    void invalidFieldsAreNamedBeforeConnecting() {
        assertThat(connections.test(new ConnectionProfile.Remote("X", "bad host!", 5432, "db", "role", SslMode.PREFER), null)
                .messageKey()).isEqualTo("connection.validation.host");
        assertThat(connections.test(new ConnectionProfile.Remote("X", "db.label.example", 70000, "db", "role", SslMode.PREFER), null)
                .messageKey()).isEqualTo("connection.validation.port");
        assertThat(connections.test(new ConnectionProfile.Remote("X", "db.label.example", 5432, "", "role", SslMode.PREFER), null)
                .messageKey()).isEqualTo("connection.validation.database");
        assertThat(connections.test(new ConnectionProfile.Remote("X", "db.label.example", 5432, "db", "x y", SslMode.PREFER), null)
                .messageKey()).isEqualTo("connection.validation.role");
    }

    @Test
    void profilesAreSavedWithoutSecretsAndTheDefaultStays() throws Exception {
        ConnectionProfile.Remote profile = new ConnectionProfile.Remote("Label server", "db.label.example", 5433, "catalogue",
                "aaa_jane_1234abcd", SslMode.VERIFY_FULL);

        connections.save(profile);
        connections.setActive(profile);

        assertThat(connections.profiles()).extracting(ConnectionProfile::name)
                .containsExactly(ConnectionProfileStore.DEFAULT_LOCAL_NAME, "Label server");
        assertThat(connections.active()).isEqualTo(profile);
        assertThat(((ConnectionProfile.Remote) connections.active()).jdbcUrl()).contains("sslmode=verify-full").doesNotContain("password");
        assertThat(catchThrowableOfType(AppException.class, () -> connections.delete(connections.profiles().get(0))).key())
                .isEqualTo("connection.defaultNotDeletable");
        connections.delete(profile);
        assertThat(connections.active().name()).isEqualTo(ConnectionProfileStore.DEFAULT_LOCAL_NAME);
    }

    @Test
    void postgresqlProblemsAreToldApart() throws Exception {
        try (TestDatabase empty = TestDatabase.create(Vendor.POSTGRESQL, temp)) {
            char[] adminPassword = PostgresTestServer.password();
            String admin = PostgresTestServer.user();

            assertThat(connections.test(remote(empty.name(), admin), "not the password".toCharArray()).messageKey())
                    .isEqualTo(ConnectionProblem.AUTHENTICATION_FAILED.messageKey());
            assertThat(connections.test(remote(empty.name() + "_missing", admin), adminPassword).messageKey())
                    .isEqualTo(ConnectionProblem.DATABASE_NOT_FOUND.messageKey());
            assertThat(connections.test(remote(empty.name(), admin), adminPassword).messageKey())
                    .isEqualTo(ConnectionProblem.SCHEMA_MISSING.messageKey());

            Flyway.configure().dataSource(empty.adminTarget().jdbcUrl(), admin, new String(adminPassword))
                    .locations(Vendor.POSTGRESQL.migrationLocation()).target("1").load().migrate();
            ConnectionCheck older = connections.test(remote(empty.name(), admin), adminPassword);
            assertThat(older.messageKey()).isEqualTo(ConnectionProblem.SCHEMA_OLDER.messageKey());
            assertThat(Messages.format(older.messageKey(), older.args())).contains("version 1").contains("version 13");
            DatabaseOpenException refused = catchThrowableOfType(DatabaseOpenException.class,
                    () -> connections.open(remote(empty.name(), admin), adminPassword));
            assertThat(refused.problem()).as("people cannot migrate a shared database").isEqualTo(ConnectionProblem.SCHEMA_OLDER);

            empty.openMigrated().close();
            assertThat(connections.test(remote(empty.name(), admin), adminPassword).usable()).isTrue();
            try (Connection c = empty.adminConnection(true); Statement s = c.createStatement()) {
                s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                        + " installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql',"
                        + " 0, 'someone', 1, TRUE)");
            }
            assertThat(connections.test(remote(empty.name(), admin), adminPassword).messageKey())
                    .isEqualTo(ConnectionProblem.SCHEMA_NEWER.messageKey());
        }
    }

    @Test
    void aPostgresqlRoleThatIsNotAPersonCannotSignIn() throws Exception {
        try (TestDatabase shared = TestDatabase.create(Vendor.POSTGRESQL, temp)) {
            try (Database admin = shared.openMigrated()) {
                String role = shared.uniqueRoleName("mapped");
                new AccountAdminService(admin, new PasswordHasher(4), Clock.systemUTC())
                        .create("mapped@label.example", "Mapped Person", "a long passphrase".toCharArray(), role);
                try (Database asPerson = connections.open(remote(shared.name(), role), "a long passphrase".toCharArray())) {
                    assertThat(new PostgresIdentityService(asPerson, Clock.systemUTC()).identify().email())
                            .isEqualTo("mapped@label.example");
                }
                try (Connection c = shared.adminConnection(true); Statement s = c.createStatement()) {
                    s.execute("UPDATE users SET is_active = FALSE WHERE db_role = '" + role + "'");
                }
                try (Database asPerson = connections.open(remote(shared.name(), role), "a long passphrase".toCharArray())) {
                    DatabaseOpenException refused = catchThrowableOfType(DatabaseOpenException.class,
                            () -> new PostgresIdentityService(asPerson, Clock.systemUTC()).identify());
                    assertThat(refused.problem()).isEqualTo(ConnectionProblem.NOT_A_PERSON);
                }
            }
        }
    }
}
