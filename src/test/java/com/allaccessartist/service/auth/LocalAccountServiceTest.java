package com.allaccessartist.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.testsupport.MutableClock;
import com.allaccessartist.testsupport.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalAccountServiceTest {

    @TempDir
    Path temp;

    private TestDatabase testDatabase;
    private Database database;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private LocalAccountService accounts;

    @BeforeEach
    void openEmptyCatalogue() {
        testDatabase = TestDatabase.create(Vendor.H2, temp);
        database = testDatabase.openMigrated();
        accounts = new LocalAccountService(database, new PasswordHasher(4), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static LocalAccountService.NewAccount account(String email, String password, String repeated) {
        return new LocalAccountService.NewAccount(email, "Jane Doe", password.toCharArray(), repeated.toCharArray(),
                "Northern Lights Records", OrganizationType.LABEL);
    }

    private CurrentUser createJane() {
        return accounts.createFirstAccount(account(" Jane@Label.Example ", "a long passphrase", "a long passphrase"));
    }

    @Test
    void anEmptyCatalogueHasNoAccountsUntilTheFirstIsCreated() {
        assertThat(accounts.hasAccounts()).isFalse();

        CurrentUser jane = createJane();

        assertThat(accounts.hasAccounts()).isTrue();
        assertThat(jane.email()).isEqualTo("jane@label.example");
        assertThat(jane.displayName()).isEqualTo("Jane Doe");
    }

    @Test
    void theFirstAccountOwnsANewOrganizationAndItsPasswordIsOnlyStoredAsABcryptHash() throws Exception {
        CurrentUser jane = createJane();

        try (Connection c = testDatabase.adminConnection(true); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT o.name, o.type, r.role, r.can_manage_users, c.password_hash"
                     + " FROM organizations o JOIN user_organization_roles r ON r.organization_id = o.id"
                     + " JOIN user_credentials c ON c.user_id = r.user_id WHERE r.user_id = '" + jane.id() + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Northern Lights Records");
            assertThat(rs.getString(2)).isEqualTo("label");
            assertThat(rs.getString(3)).isEqualTo("owner");
            assertThat(rs.getBoolean(4)).isTrue();
            assertThat(rs.getString(5)).startsWith("$2a$04$").doesNotContain("passphrase");
        }
    }

    @Test
    void aSecondFirstAccountIsRefused() {
        createJane();

        AppException refusal = catchThrowableOfType(AppException.class,
                () -> accounts.createFirstAccount(account("other@label.example", "a long passphrase", "a long passphrase")));

        assertThat(refusal.key()).isEqualTo("account.firstRunDone");
    }

    @Test
    void theFirstRunFormIsCheckedBeforeAnythingIsWritten() {
        assertThat(catchThrowableOfType(AppException.class,
                () -> accounts.createFirstAccount(account("jane@label.example", "a long passphrase", "another passphrase"))).key())
                .isEqualTo("validation.password.mismatch");
        assertThat(catchThrowableOfType(AppException.class,
                () -> accounts.createFirstAccount(account("jane@label.example", "short", "short"))).key())
                .isEqualTo("validation.password.tooShort");
        assertThat(catchThrowableOfType(AppException.class,
                () -> accounts.createFirstAccount(account("not an email", "a long passphrase", "a long passphrase"))).key())
                .isEqualTo("validation.email.shape");
        assertThat(catchThrowableOfType(AppException.class, () -> accounts.createFirstAccount(
                new LocalAccountService.NewAccount("jane@label.example", "Jane", "a long passphrase".toCharArray(),
                        "a long passphrase".toCharArray(), "  ", OrganizationType.LABEL))).key())
                .isEqualTo("validation.organization.nameEmpty");
        assertThat(accounts.hasAccounts()).isFalse();
    }

    @Test
    void signInAcceptsTheRightPasswordWhateverTheCaseOfTheEmail() {
        CurrentUser jane = createJane();

        CurrentUser signedIn = accounts.signIn("JANE@label.example ", "a long passphrase".toCharArray());

        assertThat(signedIn).isEqualTo(jane);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameMessage() {
        createJane();

        AppException wrongPassword = catchThrowableOfType(AppException.class,
                () -> accounts.signIn("jane@label.example", "not the passphrase".toCharArray()));
        AppException unknownEmail = catchThrowableOfType(AppException.class,
                () -> accounts.signIn("nobody@label.example", "a long passphrase".toCharArray()));

        assertThat(wrongPassword.key()).isEqualTo("signIn.failed");
        assertThat(unknownEmail.key()).isEqualTo("signIn.failed");
        assertThat(wrongPassword.getLocalizedMessage()).isEqualTo(unknownEmail.getLocalizedMessage());
    }

    @Test
    void fiveFailuresLockTheAccountForFiveMinutesEvenForTheRightPassword() {
        createJane();
        for (int i = 1; i < LocalAccountService.MAX_FAILED_ATTEMPTS; i++) {
            assertThat(catchThrowableOfType(AppException.class,
                    () -> accounts.signIn("jane@label.example", "wrong".toCharArray())).key()).isEqualTo("signIn.failed");
        }

        AppException fifth = catchThrowableOfType(AppException.class,
                () -> accounts.signIn("jane@label.example", "wrong".toCharArray()));
        assertThat(fifth.key()).isEqualTo("signIn.locked");
        assertThat(fifth.args()[0]).isEqualTo(java.util.Date.from(clock.instant().plus(Duration.ofMinutes(5))));
        assertThat(fifth.getLocalizedMessage()).contains("locked until");

        clock.advance(Duration.ofMinutes(4));
        assertThat(catchThrowableOfType(AppException.class,
                () -> accounts.signIn("jane@label.example", "a long passphrase".toCharArray())).key())
                .as("the right password is refused while locked").isEqualTo("signIn.locked");

        clock.advance(Duration.ofMinutes(1));
        assertThat(accounts.signIn("jane@label.example", "a long passphrase".toCharArray()).email())
                .isEqualTo("jane@label.example");
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() {
        createJane();
        for (int i = 1; i < LocalAccountService.MAX_FAILED_ATTEMPTS; i++) {
            assertThatThrownBy(() -> accounts.signIn("jane@label.example", "wrong".toCharArray()));
        }
        accounts.signIn("jane@label.example", "a long passphrase".toCharArray());

        AppException next = catchThrowableOfType(AppException.class,
                () -> accounts.signIn("jane@label.example", "wrong".toCharArray()));

        assertThat(next.key()).as("the count started again").isEqualTo("signIn.failed");
    }

    @Test
    void afterALockRunsOutTheAttemptsStartAgain() {
        createJane();
        for (int i = 0; i < LocalAccountService.MAX_FAILED_ATTEMPTS; i++) {
            assertThatThrownBy(() -> accounts.signIn("jane@label.example", "wrong".toCharArray()));
        }
        clock.advance(Duration.ofMinutes(6));

        AppException next = catchThrowableOfType(AppException.class,
                () -> accounts.signIn("jane@label.example", "wrong".toCharArray()));

        assertThat(next.key()).isEqualTo("signIn.failed");
    }

    @Test
    void anEmptyPasswordNeverSignsIn() {
        createJane();

        assertThat(catchThrowableOfType(AppException.class, () -> accounts.signIn("jane@label.example", new char[0])).key())
                .isEqualTo("signIn.failed");
    }

    @Test
    void localAccountsRefuseAPostgresDatabase() {
        Database postgres = org.mockito.Mockito.mock(Database.class);
        org.mockito.Mockito.when(postgres.vendor()).thenReturn(Vendor.POSTGRESQL);

        assertThatThrownBy(() -> new LocalAccountService(postgres, new PasswordHasher(4), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
