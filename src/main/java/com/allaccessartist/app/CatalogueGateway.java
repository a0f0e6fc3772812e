package com.allaccessartist.app;

import com.allaccessartist.persistence.ConnectionProfile;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.LocalAccountService;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.auth.PostgresIdentityService;
import com.allaccessartist.service.connection.ConnectionService;
import com.allaccessartist.ui.signin.CatalogueGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sign-in screens' way into the active profile's catalogue. Owns the database it opens
 * until the person is signed in and {@link #takeDatabase()} hands it to the session, or until
 * {@link #close()}.
 */
final class CatalogueGateway implements CatalogueGate, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueGateway.class);

    private final ConnectionService connections;
    private final ConnectionProfile profile;
    private final PasswordHasher hasher;
    private final Clock clock;
    private volatile Database database;
    private volatile LocalAccountService accounts;

    CatalogueGateway(ConnectionService connections, ConnectionProfile profile, PasswordHasher hasher, Clock clock) {
        this.connections = connections;
        this.profile = profile;
        this.hasher = hasher;
        this.clock = clock;
    }

    ConnectionProfile profile() {
        return profile;
    }

    @Override
    public String catalogueName() {
        return profile.name();
    }

    @Override
    public String catalogueLocation() {
        return profile.describe();
    }

    @Override
    public Secret secretNeeded() {
        if (profile instanceof ConnectionProfile.LocalFile local) {
            return local.encrypted() ? Secret.PASSPHRASE : Secret.NONE;
        }
        return Secret.PASSWORD;
    }

    @Override
    public String roleName() {
        return profile instanceof ConnectionProfile.Remote remote ? remote.role() : null;
    }

    @Override
    public Opened open(char[] secret) {
        close();
        if (profile instanceof ConnectionProfile.LocalFile local) {
            createFolder(local.file().getParent());
        }
        Database opened = connections.open(profile, secret);
        try {
            if (opened.vendor() == Vendor.H2) {
                LocalAccountService local = new LocalAccountService(opened, hasher, clock);
                Outcome outcome = local.hasAccounts() ? Outcome.SIGN_IN : Outcome.FIRST_RUN;
                accounts = local;
                database = opened;
                return new Opened(outcome, null);
            }
            CurrentUser user = new PostgresIdentityService(opened, clock).identify();
            database = opened;
            return new Opened(Outcome.SIGNED_IN, user);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private static void createFolder(Path folder) {
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            // opening reports the folder as not writable, with a message the person can act on
            LOG.info("Could not create {}: {}", folder, e.getMessage());
        }
    }

    @Override
    public CurrentUser signIn(String email, char[] password) {
        return requireAccounts().signIn(email, password);
    }

    @Override
    public CurrentUser createFirstAccount(LocalAccountService.NewAccount account) {
        return requireAccounts().createFirstAccount(account);
    }

    private LocalAccountService requireAccounts() {
        LocalAccountService current = accounts;
        if (current == null) {
            throw new IllegalStateException("The local catalogue is not open");
        }
        return current;
    }

    /** Hands the open database over to the signed-in session; the gateway no longer closes it. */
    Database takeDatabase() {
        Database taken = database;
        if (taken == null) {
            throw new IllegalStateException("No catalogue is open");
        }
        database = null;
        accounts = null;
        return taken;
    }

    @Override
    public void close() {
        Database open = database;
        database = null;
        accounts = null;
        if (open != null) {
            open.close();
        }
    }
}
