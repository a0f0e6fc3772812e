package com.allaccessartist.service.benchmark;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseTarget;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.catalog.ArtistQuery;
import com.allaccessartist.service.catalog.ArtistRow;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.service.catalog.ArtistSort;
import com.allaccessartist.service.catalog.CatalogOverviewService;
import com.allaccessartist.service.catalog.ReleaseFilter;
import com.allaccessartist.service.catalog.ReleaseService;
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
 * the same tables, and the catalogue screens' queries (artist list page and search, an artist's
 * releases) against the same SQL without permission checks. Run on a catalogue with data (e.g.
 * {@code demo --size large}).
 */
public final class CatalogueBenchmark {

    /** What the artist search benchmark types. */
    private static final String SEARCH = "ro";
    private static final java.util.concurrent.atomic.AtomicLong RUNS = new java.util.concurrent.atomic.AtomicLong();

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
            results.addAll(catalogue(database, owner, runs));
        }
        return results;
    }

    /**
     * The catalogue screens: the artist list's first page (and a search as typed) with its total,
     * and one artist's releases with their track counts and running times.
     */
    private List<BenchmarkResult> catalogue(Database database, CurrentUser owner, int runs) {
        ArtistService artists = new ArtistService(database, owner, clock);
        ReleaseService releases = new ReleaseService(database, owner, clock);
        ArtistQuery firstPage = ArtistQuery.all(100);
        ArtistQuery typed = new ArtistQuery(SEARCH, null, null, null, null, null, ArtistSort.NAME, false, 0, 100);
        UUID artist = busiestVisibleArtist(artists);
        List<BenchmarkResult> results = new ArrayList<>();
        results.add(compare("Artists: first page of 100 by name, with total (permission-filtered)",
                () -> artists.search(firstPage), "first 100 artists by name + COUNT(*) over JDBC",
                () -> raw(database, "SELECT id, name, genre, location FROM artists ORDER BY LOWER(name) LIMIT 100",
                        "SELECT COUNT(*) FROM artists"), runs));
        results.add(compare("Artists: search \"" + SEARCH + "\" over name, genre, location (permission-filtered)",
                () -> artists.search(typed), "the same LIKE search + COUNT(*) over JDBC",
                () -> raw(database, "SELECT id, name FROM artists WHERE LOWER(name) LIKE '%" + SEARCH + "%' OR LOWER(genre) LIKE '%"
                        + SEARCH + "%' OR LOWER(location) LIKE '%" + SEARCH + "%' ORDER BY LOWER(name) LIMIT 100",
                        "SELECT COUNT(*) FROM artists WHERE LOWER(name) LIKE '%" + SEARCH + "%' OR LOWER(genre) LIKE '%"
                                + SEARCH + "%' OR LOWER(location) LIKE '%" + SEARCH + "%'"), runs));
        results.add(compare("Releases of the artist with most releases, with track counts and running times",
                () -> releases.releasesOf(artist, ReleaseFilter.all()), "the same aggregate over JDBC",
                () -> raw(database, "SELECT r.id, r.title, COUNT(s.id), SUM(s.duration_seconds) FROM releases r"
                        + " LEFT JOIN songs s ON s.release_id = r.id WHERE r.artist_id = '" + artist + "'"
                        + " GROUP BY r.id, r.title ORDER BY r.release_date DESC"), runs));
        return results;
    }

    private static BenchmarkResult compare(String operation, Runnable work, String baseline, Runnable baselineWork, int runs) {
        work.run(); // warm-up
        baselineWork.run();
        double[] measured = new double[runs];
        double[] base = new double[runs];
        for (int i = 0; i < runs; i++) {
            base[i] = time(baselineWork);
            measured[i] = time(work);
        }
        return new BenchmarkResult(operation, median(measured), baseline, median(base));
    }

    private static void raw(Database database, String... queries) {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : queries) {
                try (ResultSet rs = statement.executeQuery(uncached(sql))) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
            }
        } catch (SQLException e) {
            throw new AppException(e, "bench.failed", e.getMessage());
        }
    }

    /** The artist with most releases among those the person sees (the list sorted by releases). */
    /**
     * H2 hands back the previous result of a statement it has cached when no table changed; the
     * services' queries (with the current time as a parameter) never get that, so each baseline
     * run is a statement of its own (a numbered comment) and really runs.
     */
    private static String uncached(String sql) {
        return sql + " /* run " + RUNS.incrementAndGet() + " */";
    }

    private static UUID busiestVisibleArtist(ArtistService artists) {
        return artists.search(new ArtistQuery(null, null, null, null, null, null, ArtistSort.RELEASES, true, 0, 1))
                .rows().stream().findFirst().map(ArtistRow::id)
                .orElseThrow(() -> new AppException("bench.noData"));
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
                try (ResultSet rs = statement.executeQuery(uncached(sql))) {
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
