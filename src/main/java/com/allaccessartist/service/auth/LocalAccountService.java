package com.allaccessartist.service.auth;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.identity.EmailAddress;
import com.allaccessartist.domain.identity.User;
import com.allaccessartist.domain.identity.UserCredential;
import com.allaccessartist.domain.org.Organization;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.people.PersonRecords;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts of a local (H2) catalogue: the first account, and signing in with email and password.
 * Five failed attempts lock an account for five minutes. A wrong email and a wrong password get
 * the same message (and take the same time), so the form does not reveal who has an account.
 * Passwords and hashes never reach the log.
 */
public final class LocalAccountService {

    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(5);
    public static final int MAX_ORGANIZATION_NAME = 200;
    private static final Logger LOG = LoggerFactory.getLogger(LocalAccountService.class);

    private final Database database;
    private final PasswordHasher hasher;
    private final Clock clock;

    public LocalAccountService(Database database, PasswordHasher hasher, Clock clock) {
        if (database.vendor() != Vendor.H2) {
            throw new IllegalArgumentException("Local accounts exist on H2 files only; PostgreSQL people sign in with their role");
        }
        this.database = database;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Whether anybody can sign in yet; if not, the first-run screen asks for the first account. */
    public boolean hasAccounts() {
        return database.inTransaction(session -> session
                .createSelectionQuery("select count(c) from UserCredential c", Long.class)
                .getSingleResult() > 0);
    }

    /**
     * Creates the first account and makes it the owner of a new organization.
     *
     * @throws AppException if an account exists already or an entry is invalid
     */
    public CurrentUser createFirstAccount(NewAccount account) {
        EmailAddress email = EmailAddress.parse(account.email());
        String displayName = PersonRecords.checkDisplayName(account.displayName());
        PasswordPolicy.check(account.password());
        PasswordPolicy.checkRepeated(account.password(), account.passwordRepeated());
        String organizationName = checkOrganizationName(account.organizationName());
        if (account.organizationType() == null) {
            throw new AppException("validation.organization.type");
        }
        String hash = hasher.hash(account.password());
        CurrentUser created = database.inTransaction(session -> {
            if (session.createSelectionQuery("select count(u) from User u", Long.class).getSingleResult() > 0) {
                throw new AppException("account.firstRunDone");
            }
            User user = PersonRecords.insert(session, email, displayName);
            user.setLastLoginAt(clock.instant());
            UserCredential credential = UserCredential.forUser(user.getId());
            credential.setPasswordHash(hash);
            credential.setPasswordChangedAt(clock.instant());
            session.persist(credential);
            Organization organization = Organization.create();
            organization.setName(organizationName);
            organization.setType(account.organizationType());
            organization.setContactEmail(email.value());
            organization.setCreatedBy(user.getId());
            session.persist(organization);
            // the database makes the creator the organization's owner (trigger grant_creator_organization_owner)
            return new CurrentUser(user.getId(), email.value(), displayName);
        });
        LOG.info("Created the first account {}", created.id());
        return created;
    }

    /**
     * Signs in with email and password.
     *
     * @throws AppException "signIn.failed" for a wrong email or password, "signIn.locked" (with the
     *                      time the lock ends) while the account is locked
     */
    public CurrentUser signIn(String emailInput, char[] password) {
        String email = emailInput == null ? "" : emailInput.strip().toLowerCase(java.util.Locale.ROOT);
        Attempt attempt = database.inTransaction(session -> lookUp(session, email));
        if (attempt == null) {
            hasher.burnOneCheck(password == null ? new char[0] : password);
            throw new AppException("signIn.failed");
        }
        Instant now = clock.instant();
        if (attempt.lockedUntil() != null && attempt.lockedUntil().isAfter(now)) {
            throw new AppException("signIn.locked", java.util.Date.from(attempt.lockedUntil()));
        }
        boolean matches = password != null && password.length > 0 && hasher.matches(password, attempt.hash());
        // the attempt is recorded (committed) before the outcome is reported, failures included
        Outcome outcome = database.inTransaction(session -> record(session, attempt, matches, now));
        if (outcome.lockedUntil() != null) {
            throw new AppException("signIn.locked", java.util.Date.from(outcome.lockedUntil()));
        }
        if (outcome.user() == null) {
            throw new AppException("signIn.failed");
        }
        return outcome.user();
    }

    private static Attempt lookUp(Session session, String email) {
        return session.createSelectionQuery(
                        "select new com.allaccessartist.service.auth.LocalAccountService$Attempt(u.id, u.email, p.displayName, c.passwordHash, c.lockedUntil)"
                                + " from User u join UserCredential c on c.userId = u.id"
                                + " left join UserProfile p on p.userId = u.id"
                                + " where u.email = :email and u.active = true", Attempt.class)
                .setParameter("email", email)
                .uniqueResultOptional()
                .orElse(null);
    }

    private static Outcome record(Session session, Attempt attempt, boolean matches, Instant now) {
        UserCredential credential = session.find(UserCredential.class, attempt.userId());
        if (credential.getLockedUntil() != null && !credential.getLockedUntil().isAfter(now)) {
            // the lock has run out: a fresh set of attempts
            credential.setFailedAttempts(0);
            credential.setLockedUntil(null);
        }
        if (!matches) {
            int failures = credential.getFailedAttempts() + 1;
            credential.setFailedAttempts(failures);
            if (failures >= MAX_FAILED_ATTEMPTS) {
                credential.setLockedUntil(now.plus(LOCK_DURATION));
                LOG.warn("Account {} locked after {} failed sign-in attempts", attempt.userId(), failures);
                return new Outcome(null, credential.getLockedUntil());
            }
            return new Outcome(null, null);
        }
        credential.setFailedAttempts(0);
        credential.setLockedUntil(null);
        session.find(User.class, attempt.userId()).setLastLoginAt(now);
        String name = attempt.displayName() != null ? attempt.displayName() : attempt.email();
        return new Outcome(new CurrentUser(attempt.userId(), attempt.email(), name), null);
    }

    /** Checks an organization's name: 1 to 200 characters after trimming; returns it trimmed. */
    public static String checkOrganizationName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new AppException("validation.organization.nameEmpty");
        }
        if (trimmed.length() > MAX_ORGANIZATION_NAME) {
            throw new AppException("validation.organization.nameTooLong", MAX_ORGANIZATION_NAME);
        }
        return trimmed;
    }

    /** Wipes the password arrays of a request once it has been used. */
    public static void clear(NewAccount account) {
        Arrays.fill(account.password(), '\0');
        Arrays.fill(account.passwordRepeated(), '\0');
    }

    /** The sign-in state of one account, read before checking the password. */
    public record Attempt(java.util.UUID userId, String email, String displayName, String hash, Instant lockedUntil) {
    }

    private record Outcome(CurrentUser user, Instant lockedUntil) {
    }

    /** What the first-run form collects. */
    public record NewAccount(String email, String displayName, char[] password, char[] passwordRepeated,
                             String organizationName, OrganizationType organizationType) {
    }
}
