package com.allaccessartist.service.demo;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.CancellationToken;
import com.allaccessartist.service.CancelledException;
import com.allaccessartist.service.ProgressListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo catalogue: a realistic, seeded, reproducible record-label group with its
 * organizations, people (and their roles, flags, expired and revoked grants), artists of every
 * type, releases of every type and status, and songs with valid ISRCs and UPCs. Used by
 * "Help → Load demo catalogue" and the CLI's {@code demo --size small|large}.
 *
 * <p>The whole load is one transaction on one JDBC connection, written in batches (Hibernate's
 * per-entity persist is far too slow for a million songs): a cancellation, checked between
 * batches, or any failure rolls everything back, login roles included.
 */
public final class DemoCatalogueService {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCatalogueService.class);
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    /** From this many songs the H2 file is compacted after the load. */
    static final int COMPACT_FROM_SONGS = 100_000;

    private final Database database;
    private final Clock clock;

    /** A service that dates the demo (release dates, grant expiry) from the system clock. */
    public DemoCatalogueService(Database database) {
        this(database, Clock.systemUTC());
    }

    /**
     * @param clock what "today" is: released releases are dated before it, scheduled ones after
     *              it, expired grants ran out before it. A seed reproduces the same rows on the
     *              same day (or with the same fixed clock).
     */
    public DemoCatalogueService(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Loads the demo catalogue, in one transaction.
     *
     * @param request  what to load
     * @param progress receives progress in rows ({@code demo.progress.*} keys; arguments: the
     *                 step's count and total)
     * @param cancel   checked between batches
     * @return what was added, with every demo person one can sign in as
     * @throws AppException {@code demo.alreadyLoaded} if the database already holds a demo
     *         catalogue; {@code demo.ownerUnknown} if {@code request.ownerUserId()} is no
     *         person of this database; {@code demo.notPermitted} if the connection may not
     *         create people or login roles; {@code demo.failed} for any other database error.
     *         Nothing is added in any of these cases.
     * @throws CancelledException if cancelled; nothing is added
     */
    public DemoSummary load(DemoRequest request, ProgressListener progress, CancellationToken cancel) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancel, "cancel");
        long started = System.nanoTime();
        char[] password = request.demoPassword();
        // Hikari restores auto-commit when the connection goes back to the pool.
        DemoSummary summary;
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            summary = loadAndCommit(connection, request, password, new DemoProgress(progress, cancel));
        } catch (SQLException e) {
            LOG.warn("Loading the demo catalogue failed; rolled back", e);
            throw new AppException(e, INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())
                    ? "demo.notPermitted" : "demo.failed");
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        compactAfterLargeLoad(request.size(), progress);
        refreshStatistics();
        LOG.info("Loaded the demo catalogue ({}, seed {}) into {} in {} ms", request.size(), request.seed(),
                database.vendor(), (System.nanoTime() - started) / 1_000_000);
        return summary;
    }

    /**
     * A local file grows many times over during one transaction of a million rows (H2 keeps every
     * old page while the transaction is open: about 9 GB for the large demo); give that space back.
     * Compacting closes every connection, which is fine here: the load is the only work running.
     */
    private void compactAfterLargeLoad(DemoSize size, ProgressListener progress) {
        if (database.vendor() == Vendor.H2 && size.songs() >= COMPACT_FROM_SONGS) {
            progress.progress(-1, -1, "demo.progress.compacting");
            database.compact();
        }
    }

    /**
     * Thousands of rows arrived at once: the planners' statistics are refreshed now rather than
     * whenever autovacuum (PostgreSQL) or the row-count threshold (H2) gets to it, so the first
     * screens after the load use their indexes. The data is committed already; a refusal (on
     * PostgreSQL only table owners may analyze) only leaves the statistics to the database.
     */
    private void refreshStatistics() {
        try (Connection connection = database.dataSource().getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        } catch (SQLException e) {
            LOG.warn("Refreshing the planner statistics after the demo load failed: {}", e.getMessage());
        }
    }

    private DemoSummary loadAndCommit(Connection connection, DemoRequest request, char[] password,
                                      DemoProgress progress) throws SQLException {
        try {
            DemoSummary summary = new DemoCatalogueLoader(connection, database.vendor(), request, password, clock,
                    progress).load();
            connection.commit();
            return summary;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
    }
}
