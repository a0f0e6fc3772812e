package com.allaccessartist.persistence;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Where to connect and as whom: a JDBC URL with its user and password. The password is held as
 * a char array and never appears in {@link #toString()}.
 */
public final class DatabaseTarget {

    /** Settings every H2 connection gets, so identifiers and queries behave as on PostgreSQL. */
    public static final String H2_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /** The H2 user of local files. A local file is protected by the file system and, optionally, its cipher. */
    public static final String H2_USER = "aaa";

    private final String jdbcUrl;
    private final String user;
    private final char[] password;
    private final Vendor vendor;

    private DatabaseTarget(String jdbcUrl, String user, char[] password) {
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        this.user = user == null ? "" : user;
        this.password = password == null ? new char[0] : password.clone();
        this.vendor = Vendor.ofJdbcUrl(jdbcUrl);
    }

    /** Any supported JDBC URL; H2 URLs get the PostgreSQL-compatibility settings if they lack them. */
    public static DatabaseTarget of(String jdbcUrl, String user, char[] password) {
        String url = jdbcUrl.startsWith("jdbc:h2:") ? withH2Mode(jdbcUrl) : jdbcUrl;
        return new DatabaseTarget(url, user, password);
    }

    /**
     * A local H2 file. {@code filePassword} is null for a plain file; for an encrypted one it is
     * the derived key of {@link H2FileKey}, and the URL gets {@code CIPHER=AES}.
     */
    public static DatabaseTarget h2File(Path databaseFile, char[] filePassword) {
        String base = H2Files.jdbcPath(databaseFile);
        if (filePassword == null) {
            return new DatabaseTarget("jdbc:h2:file:" + base + H2_MODE, H2_USER, new char[0]);
        }
        // H2: "file password, a space, user password"
        char[] combined = new char[filePassword.length + 1];
        System.arraycopy(filePassword, 0, combined, 0, filePassword.length);
        combined[filePassword.length] = ' ';
        DatabaseTarget target = new DatabaseTarget("jdbc:h2:file:" + base + H2_MODE + ";CIPHER=AES", H2_USER, combined);
        Arrays.fill(combined, '\0');
        return target;
    }

    private static String withH2Mode(String url) {
        String upper = url.toUpperCase(Locale.ROOT);
        StringBuilder result = new StringBuilder(url);
        if (!upper.contains(";MODE=")) {
            result.append(";MODE=PostgreSQL");
        }
        if (!upper.contains(";DATABASE_TO_LOWER=")) {
            result.append(";DATABASE_TO_LOWER=TRUE");
        }
        if (!upper.contains(";DEFAULT_NULL_ORDERING=")) {
            result.append(";DEFAULT_NULL_ORDERING=HIGH");
        }
        return result.toString();
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    /** A copy of the password; the caller should clear it after use. */
    public char[] password() {
        return password.clone();
    }

    public Vendor vendor() {
        return vendor;
    }

    /** The URL without any part that could carry a secret (for logs and the status bar). */
    public String describe() {
        int semicolon = jdbcUrl.indexOf(';');
        int question = jdbcUrl.indexOf('?');
        int cut = jdbcUrl.length();
        if (semicolon >= 0) {
            cut = Math.min(cut, semicolon);
        }
        if (question >= 0) {
            cut = Math.min(cut, question);
        }
        return jdbcUrl.substring(0, cut);
    }

    @Override
    public String toString() {
        return "DatabaseTarget[" + describe() + ", user=" + user + "]";
    }
}
