package com.allaccessartist.cli;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.persistence.DataFolder;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseTarget;
import com.allaccessartist.persistence.H2FileKey;
import com.allaccessartist.persistence.H2Files;
import com.allaccessartist.persistence.Vendor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The global database options. The CLI acts with the database credentials it is given (an
 * administrator on PostgreSQL, the file's owner on H2) and needs no app sign-in. Passwords come
 * from environment variables only, so they never show in the process list or shell history:
 * {@code AAA_DB_PASSWORD} for the database user, {@code AAA_DB_PASSPHRASE} for an encrypted H2 file.
 */
public final class DatabaseOptions {

    public static final String PASSWORD_VARIABLE = "AAA_DB_PASSWORD";
    public static final String PASSPHRASE_VARIABLE = "AAA_DB_PASSPHRASE";

    @Option(names = "--db", paramLabel = "<jdbc-url>", scope = ScopeType.INHERIT,
            description = "JDBC URL of the catalogue (jdbc:h2:file:… or jdbc:postgresql://host:port/db). Default: the local H2 file in the data folder.")
    String jdbcUrl;

    @Option(names = "--db-user", paramLabel = "<user>", scope = ScopeType.INHERIT,
            description = "Database user (PostgreSQL: an administrator role that owns the schema). Password from AAA_DB_PASSWORD.")
    String user;

    /** The connection settings these options describe. */
    DatabaseTarget target(CliContext context) {
        String password = context.env(PASSWORD_VARIABLE);
        char[] passwordChars = password == null ? new char[0] : password.toCharArray();
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            return h2Target(DataFolder.defaultDatabaseFile(), context);
        }
        Vendor vendor;
        try {
            vendor = Vendor.ofJdbcUrl(jdbcUrl);
        } catch (IllegalArgumentException e) {
            throw new AppException("cli.db.unsupportedUrl", jdbcUrl);
        }
        if (vendor == Vendor.H2) {
            Path file = h2File(jdbcUrl);
            if (file != null && H2FileKey.isEncrypted(file)) {
                return h2Target(file, context);
            }
            return DatabaseTarget.of(jdbcUrl, user == null ? DatabaseTarget.H2_USER : user, passwordChars);
        }
        if (user == null || user.isBlank()) {
            throw new AppException("cli.db.userRequired");
        }
        return DatabaseTarget.of(jdbcUrl, user, passwordChars);
    }

    /** Opens the catalogue: a local file is migrated like the app does; PostgreSQL must be migrated already. */
    Database open(CliContext context) {
        DatabaseTarget target = target(context);
        return Database.open(target, target.vendor() == Vendor.H2 ? Database.SchemaMode.MIGRATE : Database.SchemaMode.VERIFY);
    }

    private static DatabaseTarget h2Target(Path file, CliContext context) {
        if (!H2FileKey.isEncrypted(file)) {
            return DatabaseTarget.h2File(file, null);
        }
        String passphrase = context.env(PASSPHRASE_VARIABLE);
        if (passphrase == null || passphrase.isEmpty()) {
            throw new AppException("cli.db.passphraseRequired", file);
        }
        char[] chars = passphrase.toCharArray();
        char[] filePassword = null;
        try {
            filePassword = H2FileKey.deriveFor(file, chars);
            return DatabaseTarget.h2File(file, filePassword);
        } catch (IOException e) {
            throw new AppException(e, "cli.db.keyFileUnreadable", H2Files.keyFile(file));
        } finally {
            Arrays.fill(chars, '\0');
            if (filePassword != null) {
                Arrays.fill(filePassword, '\0');
            }
        }
    }

    /** The database file of an H2 file URL ({@code jdbc:h2:file:/x/y} or {@code jdbc:h2:/x/y}), or null. */
    static Path h2File(String url) {
        String rest = url.substring("jdbc:h2:".length());
        int semicolon = rest.indexOf(';');
        if (semicolon >= 0) {
            rest = rest.substring(0, semicolon);
        }
        if (rest.toLowerCase(Locale.ROOT).startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")) {
            return null;
        }
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        return H2Files.databaseFile(Path.of(rest));
    }
}
