package com.allaccessartist.persistence;

/** The two database products the application runs on. */
public enum Vendor {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String migrationFolder;

    Vendor(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    /** Flyway location of this vendor's migrations. */
    public String migrationLocation() {
        return "classpath:db/migration/" + migrationFolder;
    }

    /** The vendor a JDBC URL points at. */
    public static Vendor ofJdbcUrl(String url) {
        if (url != null && url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("Only jdbc:h2: and jdbc:postgresql: URLs are supported");
    }
}
