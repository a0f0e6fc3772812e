package com.allaccessartist.persistence;

import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * Builds the Hibernate session factory over a migrated database. {@code hbm2ddl.auto=validate}:
 * the mappings are checked against the live schema at every start, so entities and migrations
 * cannot drift apart unnoticed.
 */
final class HibernateBootstrap {

    private HibernateBootstrap() {
    }

    static SessionFactory build(DataSource dataSource) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 100)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .applySetting(AvailableSettings.SHOW_SQL, false)
                .applySetting(AvailableSettings.QUERY_PLAN_CACHE_MAX_SIZE, 512)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            EntityClasses.ALL.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }
}
