package com.allaccessartist.persistence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saved connection profiles in {@code java.util.prefs} (per OS user). Holds names, paths,
 * hosts and role names only; never a password or passphrase. The local default file is always
 * present and cannot be removed.
 */
public final class ConnectionProfileStore {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionProfileStore.class);
    public static final String DEFAULT_LOCAL_NAME = "Local catalogue";
    private static final String ACTIVE = "active";

    private final Preferences root;
    private final Path defaultFile;

    public ConnectionProfileStore(Preferences root, Path defaultFile) {
        this.root = root;
        this.defaultFile = defaultFile;
    }

    /** The store under this application's user preferences node. */
    public static ConnectionProfileStore forCurrentUser() {
        return new ConnectionProfileStore(Preferences.userRoot().node("com/allaccessartist/connections"),
                DataFolder.defaultDatabaseFile());
    }

    public ConnectionProfile.LocalFile defaultProfile() {
        return new ConnectionProfile.LocalFile(DEFAULT_LOCAL_NAME, defaultFile);
    }

    /** Every profile, the default local file first. */
    public List<ConnectionProfile> all() {
        List<ConnectionProfile> profiles = new ArrayList<>();
        profiles.add(defaultProfile());
        Preferences saved = root.node("profiles");
        try {
            for (String key : saved.childrenNames()) {
                read(saved.node(key)).ifPresent(profiles::add);
            }
        } catch (BackingStoreException e) {
            LOG.warn("Could not read saved connections: {}", e.getMessage());
        }
        return profiles;
    }

    public Optional<ConnectionProfile> find(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Adds or replaces the profile of that name. */
    public void save(ConnectionProfile profile) {
        if (profile.name().equals(DEFAULT_LOCAL_NAME)) {
            throw new IllegalArgumentException("The default local catalogue cannot be redefined");
        }
        Preferences node = root.node("profiles").node(key(profile.name()));
        node.put("name", profile.name());
        if (profile instanceof ConnectionProfile.LocalFile local) {
            node.put("type", "local");
            node.put("file", local.file().toString());
        } else if (profile instanceof ConnectionProfile.Remote remote) {
            node.put("type", "remote");
            node.put("host", remote.host());
            node.putInt("port", remote.port());
            node.put("database", remote.database());
            node.put("role", remote.role());
            node.put("sslMode", remote.sslMode().name());
        }
        flush();
    }

    public void delete(String name) {
        try {
            Preferences profiles = root.node("profiles");
            if (profiles.nodeExists(key(name))) {
                profiles.node(key(name)).removeNode();
            }
            if (name.equals(root.get(ACTIVE, null))) {
                root.remove(ACTIVE);
            }
        } catch (BackingStoreException e) {
            LOG.warn("Could not delete connection {}: {}", name, e.getMessage());
        }
        flush();
    }

    /** The profile used at start: the last one chosen, or the default local file. */
    public ConnectionProfile active() {
        String name = root.get(ACTIVE, DEFAULT_LOCAL_NAME);
        return find(name).orElseGet(this::defaultProfile);
    }

    public void setActive(String name) {
        root.put(ACTIVE, name);
        flush();
    }

    private static Optional<ConnectionProfile> read(Preferences node) {
        String name = node.get("name", null);
        String type = node.get("type", "");
        try {
            if ("local".equals(type)) {
                return Optional.of(new ConnectionProfile.LocalFile(name, Path.of(node.get("file", ""))));
            }
            if ("remote".equals(type)) {
                return Optional.of(new ConnectionProfile.Remote(name, node.get("host", "localhost"),
                        node.getInt("port", 5432), node.get("database", ""), node.get("role", ""),
                        ConnectionProfile.SslMode.valueOf(node.get("sslMode", "PREFER"))));
            }
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring damaged saved connection {}: {}", name, e.getMessage());
        }
        return Optional.empty();
    }

    private static String key(String name) {
        // preference node names are limited to 80 characters and may not contain '/'
        String cleaned = name.replace('/', '_');
        return Integer.toHexString(name.hashCode()) + "-" + cleaned.substring(0, Math.min(60, cleaned.length()));
    }

    private void flush() {
        try {
            root.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not save connections: {}", e.getMessage());
        }
    }
}
