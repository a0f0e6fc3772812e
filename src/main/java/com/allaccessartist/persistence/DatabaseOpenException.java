package com.allaccessartist.persistence;

import com.allaccessartist.domain.AppException;

/** Opening a database failed; {@link #problem()} says why in a way the UI can explain. */
public class DatabaseOpenException extends AppException {

    private final ConnectionProblem problem;

    public DatabaseOpenException(ConnectionProblem problem, Throwable cause, Object... args) {
        super(cause, problem.messageKey(), args);
        this.problem = problem;
    }

    public ConnectionProblem problem() {
        return problem;
    }
}
