package com.allaccessartist.service.people;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.identity.EmailAddress;
import com.allaccessartist.domain.identity.User;
import com.allaccessartist.domain.identity.UserCredential;
import com.allaccessartist.persistence.ConstraintViolations;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.auth.PasswordPolicy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.Session;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PasswordUtil;
import org.postgresql.util.ServerErrorMessage;

/**
 * Creating a new person's account on behalf of the signed-in person, so they can then be given
 * access ({@link PeopleService}). Only a person who may manage people somewhere may do it: one
 * holding can_manage_users in an organization, or the right to invite collaborators to an artist
 * (directly, or through can_manage_users in its organization), in force.
 *
 * <p>On H2 the account gets a bcrypt password hash. On PostgreSQL the signed-in person's own login
 * role calls {@code app_create_person()} (migration V8), a SECURITY DEFINER function that checks
 * the same right and creates the new person's login role: people never hold CREATEROLE. The
 * password goes there as a SCRAM-SHA-256 verifier computed on this side.
 */
public final class PersonAccountService {

    private final Database database;
    private final CurrentUser user;
    private final PasswordHasher hasher;
    private final Clock clock;

    public PersonAccountService(Database database, CurrentUser user, PasswordHasher hasher, Clock clock) {
        this.database = database;
        this.user = user;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Whether the signed-in person may create accounts (manages people somewhere, in force). */
    public boolean mayCreateAccounts() {
        return database.inTransaction(this::mayCreateAccounts);
    }

    /**
     * Creates an active account with an initial password the new person is told and should
     * change. It gives no access: grant it with {@link PeopleService} next.
     *
     * @throws AppException "people.createAccount.permission", "account.emailTaken", a validation key of
     *         the email, display name or password
     */
    public AccountAdminService.CreatedAccount createAccount(String emailInput, String displayName, char[] initialPassword) {
        EmailAddress email = EmailAddress.parse(emailInput);
        String name = PersonRecords.checkDisplayName(displayName);
        PasswordPolicy.check(initialPassword);
        if (database.vendor() == Vendor.POSTGRESQL) {
            return createWithLoginRole(email, name, PasswordUtil.encodeScramSha256(initialPassword));
        }
        String hash = hasher.hash(initialPassword);
        return database.inTransaction(session -> {
            if (!mayCreateAccounts(session)) {
                throw new AppException("people.createAccount.permission");
            }
            User created = PersonRecords.insert(session, email, name);
            UserCredential credential = UserCredential.forUser(created.getId());
            credential.setPasswordHash(hash);
            credential.setPasswordChangedAt(clock.instant());
            session.persist(credential);
            return new AccountAdminService.CreatedAccount(created.getId(), email.value(), null);
        });
    }

    private AccountAdminService.CreatedAccount createWithLoginRole(EmailAddress email, String name, String verifier) {
        try {
            return database.inTransaction(session -> {
                if (!mayCreateAccounts(session)) {
                    throw new AppException("people.createAccount.permission");
                }
                AtomicReference<AccountAdminService.CreatedAccount> created = new AtomicReference<>();
                session.doWork(connection -> {
                    try (PreparedStatement call = connection.prepareStatement(
                            "SELECT user_id, login_role FROM app_create_person(?, ?, ?)")) {
                        call.setString(1, email.value());
                        call.setString(2, name);
                        call.setString(3, verifier);
                        try (ResultSet rs = call.executeQuery()) {
                            rs.next();
                            created.set(new AccountAdminService.CreatedAccount(rs.getObject(1, UUID.class), email.value(),
                                    rs.getString(2)));
                        }
                    }
                });
                return created.get();
            });
        } catch (AppException e) {
            throw e;
        } catch (RuntimeException e) {
            Optional<AppException> refusal = refusal(e, email).or(() -> ConstraintViolations.translate(e));
            if (refusal.isPresent()) {
                throw refusal.get();
            }
            throw e;
        }
    }

    /** app_create_person's refusals, as the keys the service itself refuses with. */
    private static Optional<AppException> refusal(Throwable failure, EmailAddress email) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            ServerErrorMessage server = t instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
            String key = server == null ? null : server.getMessage();
            if ("people.createAccount.emailTaken".equals(key)) {
                return Optional.of(new AppException(failure, "account.emailTaken", email.value()));
            }
            if ("people.createAccount.permission".equals(key)) {
                return Optional.of(new AppException(failure, key));
            }
            if (key != null && key.startsWith("people.createAccount.")) {
                return Optional.of(new AppException(failure, "people.createAccount.refused", key));
            }
        }
        return Optional.empty();
    }

    private boolean mayCreateAccounts(Session session) {
        AccessService access = new AccessService(database, user, clock);
        if (!access.isActivePerson(session)) {
            return false;
        }
        Instant now = clock.instant();
        Long organizations = session.createSelectionQuery(
                        "select count(r) from OrganizationMembership r where r.userId = :me and r.active = true"
                                + " and (r.expiresAt is null or r.expiresAt > :now) and r.canManageUsers = true", Long.class)
                .setParameter("me", user.id())
                .setParameter("now", now)
                .getSingleResult();
        if (organizations > 0) {
            return true;
        }
        Long artists = session.createSelectionQuery(
                        "select count(p) from ArtistPermission p where p.userId = :me and p.active = true"
                                + " and (p.expiresAt is null or p.expiresAt > :now) and p.canInviteCollaborators = true",
                        Long.class)
                .setParameter("me", user.id())
                .setParameter("now", now)
                .getSingleResult();
        return artists > 0;
    }
}
