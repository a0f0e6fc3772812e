-- Creating another person's account and login role through a checked function exists on
-- PostgreSQL only (db/migration/postgresql/V8__people_create_accounts.sql): an H2 file has no
-- login roles, and the application's service checks the same right there
-- (service.people.PersonAccountService). This migration keeps the version numbers of both
-- vendors aligned and changes nothing.
VALUES 1;
