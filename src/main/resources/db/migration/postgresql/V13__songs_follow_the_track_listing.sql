-- V13: on PostgreSQL, a release's tracks are written with the right the app asks for.
--
-- The app edits a release's track listing (adding, changing, reordering, removing its songs) as
-- part of the release, with can_manage_releases (service.catalog.ReleaseService); can_manage_songs
-- on its own lets a person keep the artist's works and link recordings to them
-- (service.catalog.WorkService). V3 let can_manage_songs insert, change and delete songs too, more
-- than the app allows, which the access matrix test found. Now inserting and deleting songs needs
-- manage_releases, and someone who only manages songs may change a song's work link and nothing
-- else (a policy cannot compare the old row with the new: a trigger does, refusing with SQLSTATE
-- 42501 and the app's key).

DROP POLICY songs_manage_insert ON songs;
CREATE POLICY songs_manage_insert ON songs FOR INSERT
  WITH CHECK (artist_id IN (SELECT app_artists_with('manage_releases')));
DROP POLICY songs_manage_delete ON songs;
CREATE POLICY songs_manage_delete ON songs FOR DELETE
  USING (artist_id IN (SELECT app_artists_with('manage_releases')));

CREATE FUNCTION guard_song_update() RETURNS trigger
  LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
  IF public.app_is_admin() OR OLD.artist_id IN (SELECT public.app_artists_with('manage_releases')) THEN
    RETURN NEW;
  END IF;
  IF (pg_catalog.to_jsonb(NEW) - 'work_id' - 'updated_at' - 'version')
     IS DISTINCT FROM (pg_catalog.to_jsonb(OLD) - 'work_id' - 'updated_at' - 'version') THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'permission.release.manage';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER songs_update_guard BEFORE UPDATE ON songs
  FOR EACH ROW EXECUTE FUNCTION guard_song_update();

REVOKE ALL ON FUNCTION guard_song_update() FROM PUBLIC;

DO $$
DECLARE
  people CONSTANT TEXT := app_people_role();
BEGIN
  EXECUTE format('ALTER POLICY songs_manage_insert ON songs TO %I', people);
  EXECUTE format('ALTER POLICY songs_manage_delete ON songs TO %I', people);
END;
$$;
