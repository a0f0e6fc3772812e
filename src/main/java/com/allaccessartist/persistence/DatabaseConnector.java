package com.allaccessartist.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;

/**
 * Turns a {@link ConnectionProfile} and the secret asked at sign-in (an H2 file's passphrase,
 * or the PostgreSQL password) into an open {@link Database}. A local file is migrated (it is
 * the person's own); a remote database must already be at this application's schema version,
 * because people's roles cannot migrate it.
 */
public final class DatabaseConnector {

    /** Connection settings for the profile. {@code secret} may be null for a plain local file. */
    public DatabaseTarget targetFor(ConnectionProfile profile, char[] secret) {
        if (profile instanceof ConnectionProfile.LocalFile local) {
            if (!local.encrypted()) {
                return DatabaseTarget.h2File(local.file(), null);
            }
            if (secret == null || secret.length == 0) {
                throw new DatabaseOpenException(ConnectionProblem.WRONG_PASSPHRASE, null, local.describe(), "");
            }
            char[] filePassword = null;
            try {
                filePassword = H2FileKey.deriveFor(local.file(), secret);
                return DatabaseTarget.h2File(local.file(), filePassword);
            } catch (IOException e) {
                throw new DatabaseOpenException(ConnectionProblem.OTHER, e, local.describe(), "");
            } finally {
                if (filePassword != null) {
                    Arrays.fill(filePassword, '\0');
                }
            }
        }
        ConnectionProfile.Remote remote = (ConnectionProfile.Remote) profile;
        return DatabaseTarget.of(remote.jdbcUrl(), remote.role(), secret);
    }

    /** Opens the profile's database: migrated if local, verified if remote. */
    public Database open(ConnectionProfile profile, char[] secret) {
        Database.SchemaMode mode = profile instanceof ConnectionProfile.LocalFile
                ? Database.SchemaMode.MIGRATE : Database.SchemaMode.VERIFY;
        return Database.open(targetFor(profile, secret), mode);
    }

    /**
     * Creates a new encrypted local file: writes its key parameters and creates the database.
     * Refuses if a database file is already there.
     */
    public Database createEncrypted(ConnectionProfile.LocalFile profile, char[] passphrase) {
        if (Files.exists(profile.file()) || profile.encrypted()) {
            throw new DatabaseOpenException(ConnectionProblem.FILE_EXISTS, null, profile.describe(), "");
        }
        char[] filePassword = null;
        try {
            filePassword = H2FileKey.createFor(profile.file(), passphrase);
            return Database.open(DatabaseTarget.h2File(profile.file(), filePassword), Database.SchemaMode.MIGRATE);
        } catch (IOException e) {
            throw new DatabaseOpenException(ConnectionProblem.FILE_NOT_WRITABLE, e, profile.describe(), "");
        } finally {
            if (filePassword != null) {
                Arrays.fill(filePassword, '\0');
            }
        }
    }

    /**
     * What "Test connection" reports: the schema status, or a {@link DatabaseOpenException}.
     * A local file that does not exist yet is not created by a test: its status is MISSING.
     */
    public SchemaStatus test(ConnectionProfile profile, char[] secret) {
        if (profile instanceof ConnectionProfile.LocalFile local && !Files.exists(local.file())) {
            return new SchemaStatus(SchemaStatus.State.MISSING, null, null);
        }
        return Database.inspect(targetFor(profile, secret));
    }
}
