package com.allaccessartist.persistence;

import java.nio.file.Path;

/** File naming of H2 databases: people pick "catalogue.mv.db"; H2's URL names it without the suffix. */
public final class H2Files {

    public static final String SUFFIX = ".mv.db";

    private H2Files() {
    }

    /** The database file a person sees, always ending in {@code .mv.db}. */
    public static Path databaseFile(Path chosen) {
        Path absolute = chosen.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        return name.endsWith(SUFFIX) ? absolute : absolute.resolveSibling(name + SUFFIX);
    }

    /** The path H2 wants in its URL: the database file without {@code .mv.db}. */
    public static String jdbcPath(Path databaseFile) {
        String path = databaseFile(databaseFile).toString();
        return path.substring(0, path.length() - SUFFIX.length()).replace('\\', '/');
    }

    /** The side file that holds the key-derivation parameters of an encrypted database. */
    public static Path keyFile(Path databaseFile) {
        Path file = databaseFile(databaseFile);
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + ".key.json");
    }
}
