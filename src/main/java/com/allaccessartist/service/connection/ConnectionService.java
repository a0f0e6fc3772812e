package com.allaccessartist.service.connection;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.persistence.ConnectionProfile;
import com.allaccessartist.persistence.ConnectionProfileStore;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseConnector;
import com.allaccessartist.persistence.DatabaseOpenException;
import com.allaccessartist.persistence.SchemaStatus;
import com.allaccessartist.service.auth.PasswordPolicy;
import java.util.List;

/**
 * Saved connections and opening them: the local H2 file (the default), other local files
 * (optionally encrypted with a passphrase) and remote PostgreSQL databases. No password or
 * passphrase is ever saved.
 */
public final class ConnectionService {

    private final ConnectionProfileStore store;
    private final DatabaseConnector connector;

    public ConnectionService(ConnectionProfileStore store, DatabaseConnector connector) {
        this.store = store;
        this.connector = connector;
    }

    public List<ConnectionProfile> profiles() {
        return store.all();
    }

    public ConnectionProfile active() {
        return store.active();
    }

    public void setActive(ConnectionProfile profile) {
        store.setActive(profile.name());
    }

    /** Saves a profile after checking its fields. */
    public void save(ConnectionProfile profile) {
        ProfileRules.check(profile);
        if (profile.name().equals(ConnectionProfileStore.DEFAULT_LOCAL_NAME)) {
            throw new AppException("connection.nameReserved", profile.name());
        }
        store.save(profile);
    }

    public void delete(ConnectionProfile profile) {
        if (profile.name().equals(ConnectionProfileStore.DEFAULT_LOCAL_NAME)) {
            throw new AppException("connection.defaultNotDeletable");
        }
        store.delete(profile.name());
    }

    /** Reports whether the profile can be used, and why not; never throws for connection problems. */
    public ConnectionCheck test(ConnectionProfile profile, char[] secret) {
        try {
            ProfileRules.check(profile);
            SchemaStatus status = connector.test(profile, secret);
            boolean local = profile instanceof ConnectionProfile.LocalFile;
            return switch (status.state()) {
                case CURRENT -> new ConnectionCheck(true, "connection.check.ok", status.databaseVersion());
                case MISSING -> local
                        ? new ConnectionCheck(true, "connection.check.newFile")
                        : new ConnectionCheck(false, "connection.problem.schemaMissing", profile.describe());
                case OLDER -> local
                        ? new ConnectionCheck(true, "connection.check.willUpgrade", status.databaseVersion(), status.appVersion())
                        : new ConnectionCheck(false, "connection.problem.schemaOlder", status.databaseVersion(), status.appVersion());
                case NEWER -> new ConnectionCheck(false, "connection.problem.schemaNewer", status.databaseVersion(), status.appVersion());
            };
        } catch (AppException e) {
            return new ConnectionCheck(false, e.key(), e.args());
        }
    }

    /**
     * Opens the profile's catalogue.
     *
     * @param secret the passphrase of an encrypted local file, or the PostgreSQL password
     * @throws DatabaseOpenException with the reason
     */
    public Database open(ConnectionProfile profile, char[] secret) {
        ProfileRules.check(profile);
        return connector.open(profile, secret);
    }

    /** Creates a new local file encrypted with a passphrase (entered twice). */
    public Database createEncryptedFile(ConnectionProfile.LocalFile profile, char[] passphrase, char[] repeated) {
        PasswordPolicy.check(passphrase);
        PasswordPolicy.checkRepeated(passphrase, repeated);
        return connector.createEncrypted(profile, passphrase);
    }
}
