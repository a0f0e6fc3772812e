-- Artist edit and move rules on PostgreSQL (db/migration/postgresql/V11__artist_edit_and_moves.sql):
-- a policy and a trigger holding people's own writes to the rules the application's service
-- keeps (service.catalog.ArtistService), which is what enforces them on an H2 file. This
-- migration keeps the version numbers of both vendors aligned and changes nothing.
VALUES 1;
