package com.allaccessartist.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.persistence.ConnectionProblem;
import com.allaccessartist.persistence.ConnectionProfile;
import com.allaccessartist.persistence.ConnectionProfileStore;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseConnector;
import com.allaccessartist.persistence.DatabaseOpenException;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.LocalAccountService;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.connection.ConnectionService;
import com.allaccessartist.ui.signin.CatalogueGate;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The way into a local catalogue: first run, sign-in, an encrypted file's passphrase, handing the database over. */
class CatalogueGatewayTest {

    @TempDir
    Path temp;

    private final Preferences node = Preferences.userRoot().node("aaa-test/gateway-" + UUID.randomUUID());
    private final PasswordHasher hasher = new PasswordHasher(AppTestHarness.FAST_BCRYPT_COST);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    private ConnectionService connections() {
        return new ConnectionService(new ConnectionProfileStore(node, temp.resolve("catalogue.mv.db")), new DatabaseConnector());
    }

    private static LocalAccountService.NewAccount ada() {
        return new LocalAccountService.NewAccount("ada@label.com", "Ada Lovelace", "analytical engine".toCharArray(),
                "analytical engine".toCharArray(), "Ada Lovelace Records", OrganizationType.LABEL);
    }

    @Test
    void aNewFileAsksForTheFirstAccountThenForSignIn() {
        ConnectionService connections = connections();
        ConnectionProfile profile = connections.active();
        CurrentUser created;
        try (CatalogueGateway gateway = new CatalogueGateway(connections, profile, hasher, Clock.systemUTC())) {
            assertThat(gateway.secretNeeded()).isEqualTo(CatalogueGate.Secret.NONE);
            assertThat(gateway.open(null).outcome()).isEqualTo(CatalogueGate.Outcome.FIRST_RUN);
            created = gateway.createFirstAccount(ada());
        }
        try (CatalogueGateway gateway = new CatalogueGateway(connections, profile, hasher, Clock.systemUTC())) {
            assertThat(gateway.open(null).outcome()).isEqualTo(CatalogueGate.Outcome.SIGN_IN);
            assertThat(gateway.signIn("ada@label.com", "analytical engine".toCharArray())).isEqualTo(created);
            try (Database taken = gateway.takeDatabase()) {
                assertThat(taken.schemaStatus().isCurrent()).isTrue();
            }
        }
    }

    @Test
    void anEncryptedFileOpensOnlyWithItsPassphrase() {
        ConnectionService connections = connections();
        ConnectionProfile.LocalFile profile = new ConnectionProfile.LocalFile("Secret", temp.resolve("secret.mv.db"));
        connections.createEncryptedFile(profile, "a long passphrase".toCharArray(), "a long passphrase".toCharArray()).close();

        try (CatalogueGateway gateway = new CatalogueGateway(connections, profile, hasher, Clock.systemUTC())) {
            assertThat(gateway.secretNeeded()).isEqualTo(CatalogueGate.Secret.PASSPHRASE);
            assertThatThrownBy(() -> gateway.open("not it at all".toCharArray()))
                    .isInstanceOfSatisfying(DatabaseOpenException.class,
                            e -> assertThat(e.problem()).isEqualTo(ConnectionProblem.WRONG_PASSPHRASE));
            assertThat(gateway.open("a long passphrase".toCharArray()).outcome()).isEqualTo(CatalogueGate.Outcome.FIRST_RUN);
        }
    }

    @Test
    void aPostgresqlProfileAsksForTheRolePassword() {
        ConnectionProfile.Remote remote = new ConnectionProfile.Remote("Label", "db.label.com", 5432, "catalogue", "ada",
                ConnectionProfile.SslMode.REQUIRE);
        try (CatalogueGateway gateway = new CatalogueGateway(connections(), remote, hasher, Clock.systemUTC())) {
            assertThat(gateway.secretNeeded()).isEqualTo(CatalogueGate.Secret.PASSWORD);
            assertThat(gateway.roleName()).isEqualTo("ada");
            assertThat(gateway.catalogueLocation()).isEqualTo("db.label.com/catalogue");
        }
    }
}
