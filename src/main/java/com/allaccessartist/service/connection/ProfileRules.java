package com.allaccessartist.service.connection;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.persistence.ConnectionProfile;
import java.util.regex.Pattern;

/** Field rules of connection profiles, shared by the editor's live checks and the service. */
public final class ProfileRules {

    private static final Pattern HOST = Pattern.compile("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$|^\\[?[0-9A-Fa-f:.]+\\]?$");
    // PostgreSQL identifiers as people's roles and databases are named here: no quoting needed
    private static final Pattern IDENTIFIER = Pattern.compile("^[A-Za-z_][A-Za-z0-9_$-]{0,62}$");

    private ProfileRules() {
    }

    /** @throws AppException naming the first field that is wrong */
    public static void check(ConnectionProfile profile) {
        if (profile.name() == null || profile.name().isBlank()) {
            throw new AppException("connection.validation.name");
        }
        if (profile instanceof ConnectionProfile.LocalFile local) {
            if (local.file().getFileName() == null || local.file().getParent() == null) {
                throw new AppException("connection.validation.file");
            }
            return;
        }
        ConnectionProfile.Remote remote = (ConnectionProfile.Remote) profile;
        checkHost(remote.host());
        checkPort(remote.port());
        checkIdentifier(remote.database(), "connection.validation.database");
        checkIdentifier(remote.role(), "connection.validation.role");
        if (remote.sslMode() == null) {
            throw new AppException("connection.validation.sslMode");
        }
    }

    public static void checkHost(String host) {
        if (host == null || host.isBlank() || host.length() > 253 || !HOST.matcher(host).matches()) {
            throw new AppException("connection.validation.host");
        }
    }

    public static void checkPort(int port) {
        if (port < 1 || port > 65535) {
            throw new AppException("connection.validation.port");
        }
    }

    public static void checkIdentifier(String value, String key) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new AppException(key);
        }
    }
}
