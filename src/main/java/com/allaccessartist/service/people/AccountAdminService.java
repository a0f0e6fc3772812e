package com.allaccessartist.service.people;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.identity.EmailAddress;
import com.allaccessartist.domain.identity.User;
import com.allaccessartist.domain.identity.UserCredential;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.LoginRoles;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.auth.PasswordPolicy;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;

/**
 * Creating accounts as an administrator (the CLI's {@code user create}): acts with the database
 * credentials it was given, not on behalf of a signed-in person. On H2 the account gets a
 * password hash; on PostgreSQL it gets its own login role instead (see {@link LoginRoles}).
 */
public final class AccountAdminService {

    private final Database database;
    private final PasswordHasher hasher;
    private final Clock clock;

    public AccountAdminService(Database database, PasswordHasher hasher, Clock clock) {
        this.database = database;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** The id of the person with this email address, if there is one. */
    public java.util.Optional<UUID> findByEmail(String emailInput) {
        String email = EmailAddress.parse(emailInput).value();
        return database.inTransaction(session -> session
                .createSelectionQuery("select u.id from User u where u.email = :email", UUID.class)
                .setParameter("email", email)
                .uniqueResultOptional());
    }

    /** The account created and, on PostgreSQL, the login role the person signs in with. */
    public record CreatedAccount(UUID userId, String email, String loginRole) {
    }

    /**
     * Creates a person with a password. One transaction: on PostgreSQL the role creation rolls
     * back with the rest if anything fails.
     *
     * @param loginRole the PostgreSQL role name to use, or null for the default naming
     */
    public CreatedAccount create(String emailInput, String displayName, char[] password, String loginRole) {
        EmailAddress email = EmailAddress.parse(emailInput);
        PasswordPolicy.check(password);
        String hash = database.vendor() == Vendor.H2 ? hasher.hash(password) : null;
        return database.inTransaction(session -> {
            User user = PersonRecords.insert(session, email, displayName);
            if (database.vendor() == Vendor.H2) {
                UserCredential credential = UserCredential.forUser(user.getId());
                credential.setPasswordHash(hash);
                credential.setPasswordChangedAt(clock.instant());
                session.persist(credential);
                return new CreatedAccount(user.getId(), email.value(), null);
            }
            session.flush();
            String role = loginRole != null && !loginRole.isBlank() ? loginRole : LoginRoles.nameFor(email.value(), user.getId());
            session.doWork(connection -> {
                try {
                    LoginRoles.createFor(connection, user.getId(), role, password);
                } catch (SQLException e) {
                    throw new AppException(e, "account.loginRoleFailed", role, e.getMessage());
                }
            });
            return new CreatedAccount(user.getId(), email.value(), role);
        });
    }
}
