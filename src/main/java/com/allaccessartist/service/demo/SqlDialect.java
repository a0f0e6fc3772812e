package com.allaccessartist.service.demo;

import com.allaccessartist.persistence.Vendor;

/** The few SQL differences between H2 and PostgreSQL the demo writer needs. */
enum SqlDialect {
    H2("? FORMAT JSON", "VARCHAR", null),
    POSTGRESQL("CAST(? AS JSONB)", "text", "SELECT pg_advisory_xact_lock(hashtext('all-access-artist:demo'))");

    private final String jsonParameter;
    private final String arrayElementType;
    private final String loadLock;

    SqlDialect(String jsonParameter, String arrayElementType, String loadLock) {
        this.jsonParameter = jsonParameter;
        this.arrayElementType = arrayElementType;
        this.loadLock = loadLock;
    }

    static SqlDialect of(Vendor vendor) {
        return vendor == Vendor.H2 ? H2 : POSTGRESQL;
    }

    /** A parameter that takes JSON text into a JSON (H2) or JSONB (PostgreSQL) column. */
    String jsonParameter() {
        return jsonParameter;
    }

    /**
     * A statement that makes concurrent demo loads wait for each other until the end of the
     * transaction (so the second one sees the first one's demo and refuses), or {@code null}
     * where the database serializes them itself (an H2 file has one writer).
     */
    String loadLock() {
        return loadLock;
    }

    /** The element type name for {@link java.sql.Connection#createArrayOf} of a TEXT[] column. */
    String arrayElementType() {
        return arrayElementType;
    }
}
