package com.allaccessartist.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.allaccessartist.cli.Cli;
import com.allaccessartist.cli.CliContext;
import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.persistence.ConnectionProfile;
import com.allaccessartist.persistence.ConnectionProfileStore;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseConnector;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.auth.LocalAccountService;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.connection.ConnectionService;
import com.allaccessartist.testsupport.PostgresTestServer;
import com.allaccessartist.testsupport.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * With the levels the application ships (logback.xml), no password, passphrase or password hash
 * reaches the log while accounts are created, people sign in and fail, files are encrypted and
 * login roles are made.
 */
class NoSecretsInLogsTest {

    private static final String PASSWORD = "Sw0rdfish-correct-horse";
    private static final String PASSPHRASE = "tr0mbone-battery-staple";
    private static final String ROLE_PASSWORD = "r0le-password-of-jane";

    @TempDir
    Path temp;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Map<String, Level> shippedLevels = Map.of(Logger.ROOT_LOGGER_NAME, Level.INFO, "org.hibernate", Level.WARN,
            "com.zaxxer.hikari", Level.WARN, "org.flywaydb", Level.INFO, "com.allaccessartist", Level.DEBUG);
    private Map<String, Level> before;

    @BeforeEach
    void captureWithShippedLevels() {
        before = shippedLevels.keySet().stream().collect(Collectors.toMap(name -> name,
                name -> java.util.Optional.ofNullable(context.getLogger(name).getLevel()).orElse(Level.OFF)));
        shippedLevels.forEach((name, level) -> context.getLogger(name).setLevel(level));
        captured.setContext(context);
        captured.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(captured);
    }

    @AfterEach
    void restore() {
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(captured);
        before.forEach((name, level) -> context.getLogger(name).setLevel(level == Level.OFF && !name.equals(Logger.ROOT_LOGGER_NAME) ? null : level));
    }

    @Test
    void accountsSignInsEncryptionAndLoginRolesLogNoSecret() throws Exception {
        try (TestDatabase local = TestDatabase.create(Vendor.H2, temp); Database database = local.openMigrated()) {
            LocalAccountService accounts = new LocalAccountService(database, new PasswordHasher(4), Clock.systemUTC());
            accounts.createFirstAccount(new LocalAccountService.NewAccount("jane@label.example", "Jane", PASSWORD.toCharArray(),
                    PASSWORD.toCharArray(), "Label", OrganizationType.LABEL));
            for (int i = 0; i < 6; i++) {
                try {
                    accounts.signIn("jane@label.example", (PASSWORD + "x").toCharArray());
                } catch (AppException expected) {
                    // failures and the lockout are logged, without what was typed
                }
            }
        }
        Preferences preferences = Preferences.userRoot().node("com/allaccessartist/test/secrets-" + UUID.randomUUID());
        ConnectionService connections = new ConnectionService(new ConnectionProfileStore(preferences, temp.resolve("d.mv.db")),
                new DatabaseConnector());
        ConnectionProfile.LocalFile encrypted = new ConnectionProfile.LocalFile("Secret", temp.resolve("secret"));
        connections.createEncryptedFile(encrypted, PASSPHRASE.toCharArray(), PASSPHRASE.toCharArray()).close();
        connections.test(encrypted, (PASSPHRASE + "x").toCharArray());
        preferences.removeNode();

        if (PostgresTestServer.configured()) {
            try (TestDatabase shared = TestDatabase.create(Vendor.POSTGRESQL, temp)) {
                shared.openMigrated().close();
                StringWriter out = new StringWriter();
                int code = Cli.run(new String[] {"--db", shared.adminTarget().jdbcUrl(), "--db-user", shared.adminTarget().user(),
                        "user", "create", "--email", "jane@label.example", "--name", "Jane", "--password-env", "JANE_PASSWORD"},
                        new CliContext(Map.of("AAA_DB_PASSWORD", new String(shared.adminTarget().password()),
                                "JANE_PASSWORD", ROLE_PASSWORD), new PrintWriter(out), new PrintWriter(new StringWriter()),
                                Clock.systemUTC()));
                assertThat(code).isZero();
                out.toString().lines().filter(l -> l.startsWith("PostgreSQL login role: "))
                        .forEach(l -> shared.dropRoleAfterwards(l.substring("PostgreSQL login role: ".length())));
            }
        }

        List<String> logged = captured.list.stream()
                .map(event -> event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                        : ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .toList();
        assertThat(logged).as("something was logged, so the check means something").isNotEmpty();
        assertThat(logged).anySatisfy(line -> assertThat(line).contains("locked after"));
        assertThat(logged).noneSatisfy(line -> assertThat(line).containsAnyOf(PASSWORD, PASSPHRASE, ROLE_PASSWORD,
                "$2a$", "SCRAM-SHA-256$"));
    }
}
