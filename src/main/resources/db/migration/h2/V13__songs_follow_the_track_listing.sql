-- Songs written with the right the app asks for, on PostgreSQL
-- (db/migration/postgresql/V13__songs_follow_the_track_listing.sql): policies and a trigger. An
-- H2 file is written through the application's services only, which ask for the same rights.
-- This migration keeps the version numbers of both vendors aligned and changes nothing.
VALUES 1;
