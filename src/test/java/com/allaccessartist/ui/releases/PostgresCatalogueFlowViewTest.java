package com.allaccessartist.ui.releases;

import static com.allaccessartist.ui.editing.TestCatalogue.waitFor;
import static com.allaccessartist.ui.editing.TestCatalogue.waitUntilShowing;
import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.app.AppTestHarness;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.persistence.ConnectionProfile;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseTarget;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.people.AccountAdminService;
import com.allaccessartist.testsupport.PostgresTestServer;
import com.allaccessartist.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The catalogue flow on a shared PostgreSQL database, through the application's remote connection:
 * an administrator has created the person's account with its own login role beforehand; the
 * application starts on that saved connection, asks the role's password on the sign-in screen and
 * then works as that role, under Row Level Security (the new person is in no organization yet and
 * sees only what they create). Read back by connecting again as the person's role.
 *
 * <p>Skipped with a reason when no test server is configured ({@code AAA_TEST_PG_*}); fails then
 * when {@code AAA_REQUIRE_PG=1} (see {@link PostgresTestServer}). The test database and the role are
 * dropped afterwards.
 */
class PostgresCatalogueFlowViewTest extends CatalogueFlowViewTest {

    /** Another person's; Row Level Security keeps it out of the person's lists. */
    private static final String OTHER_ORGANIZATION = "Someone Else's Label";

    private static TestDatabase testDatabase;
    private static AccountAdminService.CreatedAccount account;
    private static ConnectionProfile.Remote profile;

    /**
     * As the administrator: a migrated test database, the person's account and login role, and
     * another person's organization that the person must not see.
     */
    @BeforeAll
    static void createDatabaseAndPeople() throws SQLException {
        testDatabase = TestDatabase.create(Vendor.POSTGRESQL, temp);
        try (Database admin = testDatabase.openMigrated()) {
            AccountAdminService accounts = new AccountAdminService(admin,
                    new PasswordHasher(AppTestHarness.FAST_BCRYPT_COST), Clock.systemUTC());
            account = accounts.create(EMAIL, DISPLAY_NAME, PASSWORD.toCharArray(), testDatabase.uniqueRoleName("ada"));
            UUID other = accounts.create("grace@other-label.com", "Grace Hopper", "compiler passphrase".toCharArray(),
                    testDatabase.uniqueRoleName("grace")).userId();
            try (Connection c = testDatabase.adminConnection(true); PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO organizations (id, name, type, created_by) VALUES (?, ?, 'label', ?)")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, OTHER_ORGANIZATION);
                insert.setObject(3, other);
                insert.executeUpdate();
            }
        }
        profile = remote(testDatabase.name(), account.loginRole());
    }

    @AfterAll
    static void dropDatabaseAndRoles() {
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    /** The test server's host and port, the test database, the person's role; no TLS on the test server. */
    private static ConnectionProfile.Remote remote(String database, String role) {
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/").matcher(PostgresTestServer.adminUrl());
        assertThat(url.find()).as("host and port in %s", PostgresTestServer.adminUrl()).isTrue();
        int port = url.group(2) == null ? 5432 : Integer.parseInt(url.group(2));
        return new ConnectionProfile.Remote("Northern Flow (shared)", url.group(1), port, database, role,
                ConnectionProfile.SslMode.DISABLE);
    }

    @Start
    void start(Stage primaryStage) {
        app = AppTestHarness.start(temp.resolve("flow"), profile);
    }

    /** The sign-in screen of the saved connection asks the role's password; signing in opens the main window. */
    @Override
    protected void getIn(FxRobot robot) throws TimeoutException {
        waitUntilShowing(robot, "#secret");
        assertThat(robot.lookup("#catalogueName").queryAs(Label.class).getText()).isEqualTo(profile.name());
        assertThat(robot.lookup("#secretLabel").queryAs(Label.class).getText())
                .isEqualTo(Messages.format("signIn.password.remote", account.loginRole()));
        assertThat(robot.lookup("#signInPane").query().isVisible()).as("no email and password: the role is the person")
                .isFalse();
        typeInto(robot, "#secret", PASSWORD);
        waitFor(() -> !robot.lookup("#submit").queryButton().isDisabled());
        robot.clickOn("#submit");
        waitUntilShowing(robot, "#switcherButton");
    }

    /** Nobody has added the new person to an organization; Row Level Security hides the other person's. */
    @Override
    protected int organizationsAtStart() {
        return 0;
    }

    @Override
    protected Database openAsPerson() {
        return Database.open(DatabaseTarget.of(testDatabase.adminTarget().jdbcUrl(), account.loginRole(), PASSWORD.toCharArray()),
                Database.SchemaMode.VERIFY);
    }

    @Override
    protected CurrentUser person(Database database) {
        return new CurrentUser(account.userId(), account.email(), DISPLAY_NAME);
    }
}
