package com.allaccessartist.persistence;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A saved way to reach a catalogue: a local H2 file or a remote PostgreSQL database. Profiles
 * never hold a password or passphrase; those are asked at sign-in.
 */
public sealed interface ConnectionProfile permits ConnectionProfile.LocalFile, ConnectionProfile.Remote {

    /** The name people see in the connection list. */
    String name();

    /** A short description for the status bar (file path, or host and database). */
    String describe();

    /** A local H2 file; encrypted when its key file exists next to it (see {@link H2FileKey}). */
    record LocalFile(String name, Path file) implements ConnectionProfile {
        public LocalFile {
            file = H2Files.databaseFile(file);
        }

        public boolean encrypted() {
            return H2FileKey.isEncrypted(file);
        }

        @Override
        public String describe() {
            return file.toString();
        }
    }

    /** A shared PostgreSQL database; {@code role} is the person's own login role. */
    record Remote(String name, String host, int port, String database, String role, SslMode sslMode)
            implements ConnectionProfile {

        @Override
        public String describe() {
            return host + (port == 5432 ? "" : ":" + port) + "/" + database;
        }

        /** The JDBC URL: the password travels separately, never in the URL. */
        public String jdbcUrl() {
            return "jdbc:postgresql://" + hostForUrl() + ":" + port + "/" + database
                    + "?sslmode=" + sslMode.parameter()
                    + "&ApplicationName=All%20Access%20Artist&connectTimeout=10&socketTimeout=300";
        }

        private String hostForUrl() {
            return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        }
    }

    /** PostgreSQL {@code sslmode}. */
    enum SslMode {
        DISABLE, ALLOW, PREFER, REQUIRE, VERIFY_CA, VERIFY_FULL;

        public String parameter() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
