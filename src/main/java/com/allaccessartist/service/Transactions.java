package com.allaccessartist.service;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.persistence.ConstraintViolations;
import com.allaccessartist.persistence.Database;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * One use case, one transaction: {@link Database#inTransaction}, with a row the database still
 * refuses (a rule the service could not check first, such as a duplicate written by someone else
 * at the same moment) explained by the constraint it broke ({@code constraint.<name>}), unless the
 * use case explains that constraint better itself ({@code explanation}).
 */
public final class Transactions {

    /** A use case's own explanation of a constraint the database enforced; null: the generic one. */
    @FunctionalInterface
    public interface Explanation {
        AppException explain(String constraint, RuntimeException failure);
    }

    private Transactions() {
    }

    public static <T> T run(Database database, Function<Session, T> work) {
        return run(database, work, (constraint, failure) -> null);
    }

    public static <T> T run(Database database, Function<Session, T> work, Explanation explanation) {
        try {
            return database.inTransaction(work);
        } catch (AppException e) {
            throw e;
        } catch (RuntimeException e) {
            Optional<String> constraint = ConstraintViolations.constraintName(e);
            if (constraint.isPresent()) {
                AppException own = explanation.explain(constraint.get(), e);
                if (own != null) {
                    throw own;
                }
            }
            Optional<AppException> refusal = ConstraintViolations.translate(e);
            if (refusal.isPresent()) {
                throw refusal.get();
            }
            throw e;
        }
    }
}
