-- People guards exist on PostgreSQL only (db/migration/postgresql/V6__people_guards.sql): triggers
-- holding people's own writes to user_organization_roles and user_artist_permissions to the rules
-- of who may give which role, flags, expiry and revenue share, plus the functions the people
-- service calls under Row Level Security. An H2 file is a single person's local database without
-- login roles: the application's services enforce the same rules there
-- (service.people.PeopleService). This migration keeps the version numbers of both vendors
-- aligned and changes nothing; like V3 it runs one harmless statement rather than relying on how
-- Flyway treats a script made only of comments.
VALUES 1;
