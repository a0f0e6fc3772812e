package com.allaccessartist.persistence;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import javax.net.ssl.SSLException;

/** Classifies driver errors of H2 and PostgreSQL into {@link ConnectionProblem}s. */
final class ConnectionErrors {

    private ConnectionErrors() {
    }

    static DatabaseOpenException classify(SQLException e, DatabaseTarget target) {
        return new DatabaseOpenException(problemOf(e), e, target.describe(), target.user());
    }

    static ConnectionProblem problemOf(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int h2Code = e.getErrorCode();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof ConnectException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
                return ConnectionProblem.UNREACHABLE;
            }
            if (t instanceof SSLException) {
                return ConnectionProblem.SSL_FAILED;
            }
            if (t instanceof AccessDeniedException) {
                return ConnectionProblem.FILE_NOT_WRITABLE;
            }
        }
        switch (state) {
            case "28P01", "28000":
                // H2 reports a wrong file password of an encrypted file as a wrong user password too
                return target28(e);
            case "3D000":
                return ConnectionProblem.DATABASE_NOT_FOUND;
            case "08001", "08004", "08006":
                String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
                if (message.contains("ssl")) {
                    return ConnectionProblem.SSL_FAILED;
                }
                return ConnectionProblem.UNREACHABLE;
            default:
                break;
        }
        if (h2Code == 90020) {
            return ConnectionProblem.FILE_IN_USE;
        }
        if (h2Code == 90049 || h2Code == 90050) {
            return ConnectionProblem.WRONG_PASSPHRASE;
        }
        if (h2Code == 90061 || h2Code == 90146 || h2Code == 90028) {
            return ConnectionProblem.FILE_NOT_WRITABLE;
        }
        return ConnectionProblem.OTHER;
    }

    private static ConnectionProblem target28(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("pg_hba.conf") && message.contains("SSL")) {
            return ConnectionProblem.SSL_FAILED;
        }
        return ConnectionProblem.AUTHENTICATION_FAILED;
    }
}
