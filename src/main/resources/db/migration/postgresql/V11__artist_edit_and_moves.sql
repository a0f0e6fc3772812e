-- V11: holes in people's own writes found by the access matrix test (README: Access matrix),
-- closed so that the database allows what the app allows and no more.
--
-- Artists: who may edit one, and move it between organizations, as service.catalog.ArtistService.
-- * A direct grant with can_edit_profile edits the artist also when its organization is one the
--   person is not a member of (V3's policy required membership: an artist's own manager could
--   not fix its biography).
-- * Moving the artist is a trigger's job, since a policy cannot compare the old row with the new:
--   into an organization needs can_manage_artists there; out of one (independent) needs a direct
--   owner or admin grant on the artist; created_by never changes. Refused with SQLSTATE 42501 and
--   the service's key. The administrator (schema owner) is trusted.

DROP POLICY artists_edit ON artists;
CREATE POLICY artists_edit ON artists FOR UPDATE
  USING (id IN (SELECT app_artists_with('edit_profile')))
  WITH CHECK (id IN (SELECT app_artists_with('edit_profile')));

CREATE FUNCTION guard_artist_update() RETURNS trigger
  LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
  IF public.app_is_admin() THEN
    RETURN NEW;
  END IF;
  IF NEW.created_by IS DISTINCT FROM OLD.created_by THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'record.createdBy.fixed';
  END IF;
  IF NEW.organization_id IS NOT DISTINCT FROM OLD.organization_id THEN
    RETURN NEW;
  END IF;
  IF NEW.organization_id IS NOT NULL
     AND NEW.organization_id NOT IN (SELECT public.app_organizations_with('manage_artists')) THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'permission.artist.moveToOrganization';
  END IF;
  -- the caller's own grants are visible to them under the grants' policy
  IF NEW.organization_id IS NULL AND NOT EXISTS (
       SELECT 1 FROM public.user_artist_permissions p
        WHERE p.user_id = public.app_uid() AND p.artist_id = OLD.id AND p.role IN ('owner', 'admin')
          AND p.is_active IS TRUE AND (p.expires_at IS NULL OR p.expires_at > pg_catalog.now())) THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'permission.artist.makeIndependent';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER artists_update_guard BEFORE UPDATE ON artists
  FOR EACH ROW EXECUTE FUNCTION guard_artist_update();

-- ---------------------------------------------------------------------------------------------
-- Who created an organization or a work is history: nobody but the administrator rewrites it (an
-- organization's creator keeps seeing it, so a rewritten created_by would outlast a revoked grant).
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION guard_created_by_fixed() RETURNS trigger
  LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
  IF NEW.created_by IS DISTINCT FROM OLD.created_by AND NOT public.app_is_admin() THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'record.createdBy.fixed';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER organizations_created_by_fixed BEFORE UPDATE ON organizations
  FOR EACH ROW EXECUTE FUNCTION guard_created_by_fixed();
CREATE TRIGGER works_created_by_fixed BEFORE UPDATE ON works
  FOR EACH ROW EXECUTE FUNCTION guard_created_by_fixed();

-- ---------------------------------------------------------------------------------------------
-- A song is its release's artist's, and an income line's release and song are its artist's; a
-- song records a work its writer can see (a cover may record another of the label's artists'
-- works, as service.splits.WorkService allows). The policies look at the row's artist_id only,
-- so without this a person could put a track of their artist on another label's release (taking
-- its track numbers), book income on another label's song, or link a recording to a work they
-- cannot see. SECURITY DEFINER: the release, song or work may be one the person cannot see, which
-- is exactly the case to refuse. Only changed references are checked.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION guard_same_artist() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  moved BOOLEAN := TG_OP = 'INSERT' OR NEW.artist_id IS DISTINCT FROM OLD.artist_id;
BEGIN
  IF public.app_is_admin() THEN
    RETURN NEW;
  END IF;
  IF NEW.release_id IS NOT NULL AND (moved OR NEW.release_id IS DISTINCT FROM OLD.release_id)
     AND NOT EXISTS (SELECT 1 FROM public.releases r WHERE r.id = NEW.release_id AND r.artist_id = NEW.artist_id) THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'catalog.otherArtistsRelease';
  END IF;
  IF TG_TABLE_NAME = 'songs' THEN
    IF NEW.work_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.work_id IS DISTINCT FROM OLD.work_id)
       AND NOT EXISTS (SELECT 1 FROM public.works w
                        WHERE w.id = NEW.work_id AND w.artist_id IN (SELECT public.app_visible_artists())) THEN
      RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'catalog.workNotVisible';
    END IF;
  ELSIF NEW.song_id IS NOT NULL AND (moved OR NEW.song_id IS DISTINCT FROM OLD.song_id)
     AND NOT EXISTS (SELECT 1 FROM public.songs s WHERE s.id = NEW.song_id AND s.artist_id = NEW.artist_id) THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'catalog.otherArtistsSong';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER songs_same_artist BEFORE INSERT OR UPDATE OF artist_id, release_id, work_id ON songs
  FOR EACH ROW EXECUTE FUNCTION guard_same_artist();
CREATE TRIGGER revenue_streams_same_artist BEFORE INSERT OR UPDATE OF artist_id, release_id, song_id ON revenue_streams
  FOR EACH ROW EXECUTE FUNCTION guard_same_artist();

REVOKE ALL ON FUNCTION guard_artist_update(), guard_created_by_fixed(), guard_same_artist() FROM PUBLIC;

DO $$
BEGIN
  EXECUTE format('ALTER POLICY artists_edit ON artists TO %I', app_people_role());
END;
$$;
