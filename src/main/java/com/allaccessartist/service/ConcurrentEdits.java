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
        E row = load(session, type, id, expectedVersion, versionOf);
        changes.accept(row);
        flush(session, type, id);
        return row;
    }

    /**
     * Loads the row and checks it is still at {@code expectedVersion}, without changing it yet
     * (for edits that change it in several steps; finish them with {@link #flush}).
     *
     * @throws AppException "record.changedBySomeoneElse" or "record.goneOrNoAccess"
     */
    public static <E> E load(Session session, Class<E> type, Object id, long expectedVersion, ToLongFunction<E> versionOf) {
        E row = session.find(type, id);
        if (row == null) {
            throw new AppException("record.goneOrNoAccess");
        }
        if (versionOf.applyAsLong(row) != expectedVersion) {
            throw new AppException("record.changedBySomeoneElse");
        }
        return row;
    }

    /**
     * Takes the row's lock for the rest of the transaction and moves its version on at once, if it
     * is still at {@code expectedVersion}, so that an edit touching other rows (a release's
     * tracks) still conflicts with any other save of the same row, and two such saves never run at
     * the same time. The entity must have {@code id} and {@code version} attributes; {@code row}
     * is read again afterwards.
     *
     * @throws AppException "record.changedBySomeoneElse" or "record.goneOrNoAccess"
     */
    public static void claim(Session session, Object row, Class<?> type, Object id, long expectedVersion) {
        int claimed = session.createMutationQuery("update " + type.getSimpleName()
                        + " e set e.version = e.version + 1 where e.id = :id and e.version = :version")
                .setParameter("id", id)
                .setParameter("version", expectedVersion)
                .executeUpdate();
        if (claimed != 1) {
            throw explain(session, type, id, new StaleStateException("version " + expectedVersion + " is no longer current"));
        }
        session.refresh(row);
    }

    /**
     * Writes the session's pending changes; a versioned write that finds the row changed or gone
     * is explained as for {@code type}/{@code id}.
     *
     * @throws AppException "record.changedBySomeoneElse" or "record.goneOrNoAccess"
     */
    public static void flush(Session session, Class<?> type, Object id) {
        try {
            session.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            // someone saved between our read and our write, or the row became invisible: find out which
            throw explain(session, type, id, e);
        }
    }

    /** The person-readable reason a versioned write of {@code type}/{@code id} failed. */
    public static AppException explain(Session session, Class<?> type, Object id, RuntimeException failure) {
        session.clear();
        boolean stillThere = session.find(type, id) != null;
        return new AppException(failure, stillThere ? "record.changedBySomeoneElse" : "record.goneOrNoAccess");
    }
}
