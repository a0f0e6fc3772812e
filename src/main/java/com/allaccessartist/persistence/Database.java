package com.allaccessartist.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open database: its connection pool, its schema (migrated or verified on open) and the
 * Hibernate {@link SessionFactory} over it. Services run their transactions through
 * {@link #inTransaction(Function)}.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int H2_DATABASE_CLOSED = 90121;

    /** What to do with the schema when opening. */
    public enum SchemaMode {
        /** Apply pending migrations (the local H2 file, or an administrator's CLI on PostgreSQL). */
        MIGRATE,
        /** Require the schema to be exactly this application's version (people on PostgreSQL). */
        VERIFY
    }

    private final DatabaseTarget target;
    private final HikariDataSource dataSource;
    private final SessionFactory sessionFactory;
    private final SchemaStatus schemaStatus;

    private Database(DatabaseTarget target, HikariDataSource dataSource, SessionFactory sessionFactory,
                     SchemaStatus schemaStatus) {
        this.target = target;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.schemaStatus = schemaStatus;
    }

    /**
     * Connects, checks or migrates the schema, and builds the session factory.
     *
     * @throws DatabaseOpenException with the reason a person can act on
     */
    public static Database open(DatabaseTarget target, SchemaMode mode) {
        checkConnection(target);
        HikariDataSource dataSource = createPool(target);
        try {
            Migrations migrations = new Migrations(dataSource, target.vendor());
            SchemaStatus status = migrations.status();
            if (status.state() == SchemaStatus.State.NEWER) {
                throw new DatabaseOpenException(ConnectionProblem.SCHEMA_NEWER, null,
                        status.databaseVersion(), status.appVersion());
            }
            if (mode == SchemaMode.MIGRATE && !status.isCurrent()) {
                int applied = migrations.migrate();
                LOG.info("Applied {} migration(s) to {}", applied, target.describe());
                status = migrations.status();
            } else if (mode == SchemaMode.VERIFY && status.state() == SchemaStatus.State.MISSING) {
                throw new DatabaseOpenException(ConnectionProblem.SCHEMA_MISSING, null, target.describe());
            } else if (mode == SchemaMode.VERIFY && status.state() == SchemaStatus.State.OLDER) {
                throw new DatabaseOpenException(ConnectionProblem.SCHEMA_OLDER, null,
                        status.databaseVersion(), status.appVersion());
            }
            if (target.vendor() == Vendor.POSTGRESQL) {
                ensurePartitionsAhead(dataSource);
            }
            SessionFactory sessionFactory = HibernateBootstrap.build(dataSource);
            return new Database(target, dataSource, sessionFactory, status);
        } catch (RuntimeException e) {
            dataSource.close();
            throw translate(e, target);
        }
    }

    /** The schema status of a database without changing it (for "Test connection"). */
    public static SchemaStatus inspect(DatabaseTarget target) {
        checkConnection(target);
        try (HikariDataSource dataSource = createPool(target)) {
            return new Migrations(dataSource, target.vendor()).status();
        } catch (RuntimeException e) {
            throw translate(e, target);
        }
    }

    private static void checkConnection(DatabaseTarget target) {
        Properties properties = new Properties();
        properties.setProperty("user", target.user());
        char[] password = target.password();
        properties.setProperty("password", new String(password));
        Arrays.fill(password, '\0');
        try (Connection ignored = DriverManager.getConnection(target.jdbcUrl(), properties)) {
            LOG.debug("Reached {}", target.describe());
        } catch (SQLException e) {
            LOG.info("Could not open {}: {}", target.describe(), e.getMessage());
            throw ConnectionErrors.classify(e, target);
        }
    }

    private static HikariDataSource createPool(DatabaseTarget target) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("aaa-" + target.vendor().name().toLowerCase(java.util.Locale.ROOT));
        config.setJdbcUrl(target.jdbcUrl());
        config.setUsername(target.user());
        char[] password = target.password();
        config.setPassword(new String(password));
        Arrays.fill(password, '\0');
        config.setMaximumPoolSize(target.vendor() == Vendor.H2 ? 4 : 6);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(15_000);
        config.setInitializationFailTimeout(1);
        return new HikariDataSource(config);
    }

    private static void ensurePartitionsAhead(HikariDataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT ensure_partitions_ahead()");
        } catch (SQLException e) {
            // Writes still land in the DEFAULT partitions; the next start or `migrate` retries.
            LOG.warn("Could not create partitions ahead: {}", e.getMessage());
        }
    }

    private static RuntimeException translate(RuntimeException e, DatabaseTarget target) {
        if (e instanceof DatabaseOpenException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return ConnectionErrors.classify(sql, target);
            }
        }
        return e;
    }

    /**
     * Gives the space of deleted and rewritten rows back to the file system. H2 cannot reuse the
     * space of old row versions while one transaction is open, so a very large transaction (the
     * large demo catalogue) leaves a file many times its data; {@code SHUTDOWN COMPACT} rewrites it.
     * It closes every connection to the file, so call it only when no other work runs; the
     * pool's connections are replaced afterwards. Nothing to do on PostgreSQL (autovacuum).
     */
    public void compact() {
        if (vendor() != Vendor.H2) {
            return;
        }
        boolean shutDown = false;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // returning this connection to the pool finds the database closed; without this (not
            // persistent) setting H2 would write that into a <name>.trace.db file next to the catalogue
            statement.execute("SET TRACE_LEVEL_FILE 0");
            statement.execute("SHUTDOWN COMPACT");
            shutDown = true;
        } catch (SQLException e) {
            // returning the connection to the pool after the shutdown reports the closed database
            if (!shutDown || e.getErrorCode() != H2_DATABASE_CLOSED) {
                throw translate(new IllegalStateException(e), target);
            }
        } finally {
            dataSource.getHikariPoolMXBean().softEvictConnections();
        }
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(Function<Session, T> work) {
        return sessionFactory.fromTransaction(work);
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    public Vendor vendor() {
        return target.vendor();
    }

    public DatabaseTarget target() {
        return target;
    }

    public SchemaStatus schemaStatus() {
        return schemaStatus;
    }

    @Override
    public void close() {
        try {
            sessionFactory.close();
        } finally {
            dataSource.close();
        }
    }
}
