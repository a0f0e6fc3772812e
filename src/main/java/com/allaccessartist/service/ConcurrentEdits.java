package com.allaccessartist.service;

import com.allaccessartist.domain.AppException;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.hibernate.Session;
import org.hibernate.StaleStateException;

/**
 * Saving an edit made from a version of a row someone may have changed since. The editor keeps
 * the {@code version} it loaded; the save applies the changes only if the row still has that
 * version, so nothing anybody else saved is silently overwritten. When it is not, the row is read
 * again to tell the person which problem it is: someone else saved first ("changedBySomeoneElse"),
 * or the row is gone or no longer visible to them ("goneOrNoAccess": deleted, or on PostgreSQL
 * Row Level Security now hides it).
 */
public final class ConcurrentEdits {

    private ConcurrentEdits() {
    }

    /**
     * Loads the row, checks it is still at {@code expectedVersion}, applies {@code changes} and
     * flushes, inside the caller's transaction.
     *
     * @throws AppException "record.changedBySomeoneElse" or "record.goneOrNoAccess"
     */
    public static <E> E apply(Session session, Class<E> type, Object id, long expectedVersion,
                              ToLongFunction<E> versionOf, Consumer<E> changes) {
        E row = session.find(type, id);
        if (row == null) {
            throw new AppException("record.goneOrNoAccess");
        }
        if (versionOf.applyAsLong(row) != expectedVersion) {
            throw new AppException("record.changedBySomeoneElse");
        }
        changes.accept(row);
        try {
            session.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            // someone saved between our read and our write, or the row became invisible: find out which
            throw explain(session, type, id, e);
        }
        return row;
    }

    /** The person-readable reason a versioned write of {@code type}/{@code id} failed. */
    public static AppException explain(Session session, Class<?> type, Object id, RuntimeException failure) {
        session.clear();
        boolean stillThere = session.find(type, id) != null;
        return new AppException(failure, stillThere ? "record.changedBySomeoneElse" : "record.goneOrNoAccess");
    }
}
