package com.allaccessartist.persistence;

/**
 * How the schema of a database compares with the migrations this application carries.
 *
 * @param state           the comparison
 * @param databaseVersion the latest migration applied to the database, or null if none
 * @param appVersion      the latest migration this application knows
 */
public record SchemaStatus(State state, String databaseVersion, String appVersion) {

    public enum State {
        /** No schema of ours yet (a new, empty database). */
        MISSING,
        /** The database lacks migrations this application has. */
        OLDER,
        /** Same version as the application. */
        CURRENT,
        /** The database has migrations this application does not know: a newer app migrated it. */
        NEWER
    }

    public boolean isCurrent() {
        return state == State.CURRENT;
    }
}
