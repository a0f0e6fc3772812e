-- Row Level Security exists on PostgreSQL only (db/migration/postgresql/V3__row_level_security.sql).
-- An H2 file is a single person's local database: the application's services enforce the same
-- permission rules there (service.auth.AccessPolicy). This migration keeps the version numbers
-- of both vendors aligned and changes nothing.
VALUES 1;
