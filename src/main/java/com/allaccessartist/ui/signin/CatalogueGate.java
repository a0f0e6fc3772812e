package com.allaccessartist.ui.signin;

import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.LocalAccountService;

/**
 * The way into one catalogue (the active connection profile), as the sign-in screens see it:
 * open it (with a passphrase or password if it needs one), then sign in or create the first
 * account. The application implements it over ConnectionService and the account services and
 * keeps the opened database; screens only ask. Every method except the descriptive ones blocks
 * and is called through the TaskExecutor.
 */
public interface CatalogueGate {

    /** What opening the catalogue needs besides the profile. */
    enum Secret {
        /** A plain local file. */
        NONE,
        /** An encrypted local file: its passphrase. */
        PASSPHRASE,
        /** A PostgreSQL database: the person's password for their role. */
        PASSWORD
    }

    /** What comes after opening. */
    enum Outcome {
        /** A local file without accounts: ask for the first one. */
        FIRST_RUN,
        /** A local file with accounts: ask for email and password. */
        SIGN_IN,
        /** PostgreSQL: the role's password signed the person in already. */
        SIGNED_IN
    }

    /** The outcome of {@link #open}; {@code user} is set for {@link Outcome#SIGNED_IN}. */
    record Opened(Outcome outcome, CurrentUser user) {
    }

    /** The profile's name (such as "Local catalogue"). */
    String catalogueName();

    /** Where it is: the file path, or host and database. */
    String catalogueLocation();

    Secret secretNeeded();

    /** The PostgreSQL role name, or null for a local file. */
    String roleName();

    /**
     * Opens the catalogue (closing anything opened before).
     *
     * @param secret the passphrase or password, or null for {@link Secret#NONE}
     * @throws com.allaccessartist.domain.AppException with the reason it cannot be opened
     */
    Opened open(char[] secret);

    /** @throws com.allaccessartist.domain.AppException {@code signIn.failed} or {@code signIn.locked} */
    CurrentUser signIn(String email, char[] password);

    /** @throws com.allaccessartist.domain.AppException naming the entry that is wrong */
    CurrentUser createFirstAccount(LocalAccountService.NewAccount account);
}
