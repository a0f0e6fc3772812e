package com.allaccessartist.persistence;

/** Why a database could not be opened, in terms a person can act on. */
public enum ConnectionProblem {
    UNREACHABLE("connection.problem.unreachable"),
    AUTHENTICATION_FAILED("connection.problem.authentication"),
    DATABASE_NOT_FOUND("connection.problem.databaseNotFound"),
    SSL_FAILED("connection.problem.ssl"),
    FILE_IN_USE("connection.problem.fileInUse"),
    WRONG_PASSPHRASE("connection.problem.passphrase"),
    FILE_NOT_WRITABLE("connection.problem.fileNotWritable"),
    FILE_EXISTS("connection.problem.fileExists"),
    SCHEMA_MISSING("connection.problem.schemaMissing"),
    SCHEMA_OLDER("connection.problem.schemaOlder"),
    SCHEMA_NEWER("connection.problem.schemaNewer"),
    NOT_A_PERSON("connection.problem.notAPerson"),
    OTHER("connection.problem.other");

    private final String messageKey;

    ConnectionProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
