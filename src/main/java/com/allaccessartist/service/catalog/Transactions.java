package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.persistence.ConstraintViolations;
import com.allaccessartist.persistence.Database;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * One use case, one transaction: {@link Database#inTransaction}, with a row the database still
 * refuses (a rule the service could not check first, such as a duplicate written by someone else
 * at the same moment) explained by the constraint it broke ({@code constraint.<name>}).
 */
final class Transactions {

    private Transactions() {
    }

    static <T> T run(Database database, Function<Session, T> work) {
        try {
            return database.inTransaction(work);
        } catch (AppException e) {
            throw e;
        } catch (RuntimeException e) {
            Optional<AppException> refusal = ConstraintViolations.translate(e);
            if (refusal.isPresent()) {
                throw refusal.get();
            }
            throw e;
        }
    }
}
