package com.allaccessartist.service.benchmark;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseTarget;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.catalog.CatalogOverviewService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Measures what a person waits for against a raw JDBC baseline in the same run: opening the
 * catalogue (pool, schema check, Hibernate validation) against one plain connection, and the
 * Overview (permission-filtered counts through Hibernate) against unfiltered COUNT(*) queries on
 * the same tables. Run on a catalogue with data (e.g. {@code demo --size large}).
 */
public final class CatalogueBenchmark {

    private final DatabaseTarget target;
    private final Clock clock;

    public CatalogueBenchmark(DatabaseTarget target, Clock clock) {
        this.target = target;
        this.clock = clock;
    }

    public List<BenchmarkResult> run(int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1");
        }
        List<BenchmarkResult> results = new ArrayList<>();
        double[] open = new double[runs];
        double[] connect = new double[runs];
        for (int i = 0; i < runs; i++) {
            connect[i] = time(this::plainConnection);
            open[i] = time(() -> Database.open(target, Database.SchemaMode.VERIFY).close());
        }
        results.add(new BenchmarkResult("open the catalogue (pool, schema check, Hibernate validation)", median(open),
                "one JDBC connection + SELECT 1", median(connect)));
        try (Database database = Database.open(target, Database.SchemaMode.VERIFY)) {
            CurrentUser owner = busiestOwner(database);
            CatalogOverviewService overview = new CatalogOverviewService(database, owner, clock);
            double[] service = new double[runs];
            double[] raw = new double[runs];
            overview.overview(); // warm-up: query plans, caches
            for (int i = 0; i < runs; i++) {
                raw[i] = time(() -> rawCounts(database));
                service[i] = time(overview::overview);
            }
            results.add(new BenchmarkResult("Overview for " + owner.email() + " (permission-filtered, Hibernate)",
                    median(service), "unfiltered COUNT(*) of the same tables over JDBC", median(raw)));
        }
        return results;
    }

    private void plainConnection() {
        char[] password = target.password();
        try (Connection connection = DriverManager.getConnection(target.jdbcUrl(), target.user(), new String(password));
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT 1")) {
            rs.next();
        } catch (SQLException e) {
            throw new AppException(e, "bench.failed", e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static void rawCounts(Database database) {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : List.of("SELECT COUNT(*) FROM organizations", "SELECT COUNT(*) FROM artists",
                    "SELECT status, COUNT(*) FROM releases GROUP BY status", "SELECT COUNT(*) FROM songs")) {
                try (ResultSet rs = statement.executeQuery(sql)) {
                    while (rs.next()) {
                        rs.getLong(rs.getMetaData().getColumnCount());
                    }
                }
            }
        } catch (SQLException e) {
            throw new AppException(e, "bench.failed", e.getMessage());
        }
    }

    /** The person who owns the most organizations: the Overview with the most to count. */
    private static CurrentUser busiestOwner(Database database) {
        return database.inTransaction(session -> session.createSelectionQuery(
                        "select u.id, u.email from OrganizationMembership r join User u on u.id = r.userId"
                                + " where r.role = com.allaccessartist.domain.org.OrganizationRole.OWNER"
                                + " group by u.id, u.email order by count(r) desc, u.email", Object[].class)
                .setMaxResults(1)
                .uniqueResultOptional()
                .map(row -> new CurrentUser((UUID) row[0], (String) row[1], (String) row[1]))
                .orElseThrow(() -> new AppException("bench.noData")));
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
