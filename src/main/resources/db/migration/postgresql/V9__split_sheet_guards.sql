-- V9: a split sheet's history holds by itself, also against people's own SQL (DESIGN.md §4).
--
-- Row Level Security decides who may write sheets, versions and lines (can_manage_finances on the
-- sheet's artist); these BEFORE triggers hold those writes to how the split sheet service makes
-- them, so that a person cannot, by writing the tables directly:
--   * mark a sheet agreed whose current version is not an agreed version totalling exactly 100;
--   * point a sheet at an older version, a missing one, or one whose stated total is not the sum
--     of its lines; move a sheet to another song or work;
--   * add lines to a version that already is (or was) a sheet's current one: history is fixed;
--   * number versions out of turn, or insert a sheet that claims versions or agreement.
-- The administrator (schema owner: migrations, CLI, demo) is trusted, as its _admin_all policies
-- say. A write the policies refuse anyway (no can_manage_finances on the sheet's artist) is left
-- to them, so a person without access learns nothing from a guard's message. Refusals are
-- SQLSTATE 23514 with the rule's key as the message.

CREATE FUNCTION guard_split_sheet() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  newest INTEGER;
  current_row public.split_sheet_versions%ROWTYPE;
  lines_total NUMERIC;
BEGIN
  IF public.app_is_admin()
     OR NOT (CASE TG_OP WHEN 'INSERT' THEN NEW.artist_id ELSE OLD.artist_id END)
            IN (SELECT public.app_artists_with('manage_finances')) THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.current_version <> 0 OR NEW.status <> 'draft' OR NEW.agreed_at IS NOT NULL OR NEW.agreed_by IS NOT NULL THEN
      RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'split.guard.newSheet';
    END IF;
    RETURN NEW;
  END IF;
  -- (a changed artist_id is the policies' part: it must stay the song's or work's artist)
  IF NEW.kind IS DISTINCT FROM OLD.kind OR NEW.song_id IS DISTINCT FROM OLD.song_id
     OR NEW.work_id IS DISTINCT FROM OLD.work_id THEN
    RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'split.guard.subjectFixed';
  END IF;
  SELECT pg_catalog.max(v.version_number) INTO newest FROM public.split_sheet_versions v WHERE v.sheet_id = NEW.id;
  IF NEW.current_version <> OLD.current_version AND NEW.current_version IS DISTINCT FROM newest THEN
    RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'split.guard.currentVersion',
                          DETAIL = NEW.current_version || '|' || COALESCE(newest, 0);
  END IF;
  IF NEW.current_version = 0 THEN
    IF NEW.status <> 'draft' THEN
      RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'split.guard.status';
    END IF;
    RETURN NEW;
  END IF;
  SELECT * INTO current_row FROM public.split_sheet_versions v
   WHERE v.sheet_id = NEW.id AND v.version_number = NEW.current_version;
  SELECT COALESCE(pg_catalog.sum(l.share), 0) INTO lines_total
    FROM public.split_lines l WHERE l.version_id = current_row.id;
  IF current_row.total IS DISTINCT FROM lines_total THEN
    RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'split.guard.total',
                          DETAIL = current_row.total || '|' || lines_total;
  END IF;
  IF NEW.status IS DISTINCT FROM current_row.status THEN
    RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'split.guard.status';
  END IF;
  IF NEW.status = 'agreed' AND (lines_total <> 100 OR NEW.agreed_by IS DISTINCT FROM public.app_uid()) THEN
    RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'split.guard.agreement';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER split_sheets_guard BEFORE INSERT OR UPDATE ON split_sheets
  FOR EACH ROW EXECUTE FUNCTION guard_split_sheet();

CREATE FUNCTION guard_split_version() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  newest INTEGER;
BEGIN
  IF public.app_is_admin()
     OR NOT EXISTS (SELECT 1 FROM public.split_sheets s
                     WHERE s.id = NEW.sheet_id AND s.artist_id IN (SELECT public.app_artists_with('manage_finances'))) THEN
    RETURN NEW;
  END IF;
  SELECT COALESCE(pg_catalog.max(v.version_number), 0) INTO newest
    FROM public.split_sheet_versions v WHERE v.sheet_id = NEW.sheet_id;
  IF NEW.version_number <> newest + 1 THEN
    RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'split.guard.versionNumber',
                          DETAIL = NEW.version_number || '|' || (newest + 1);
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER split_sheet_versions_guard BEFORE INSERT ON split_sheet_versions
  FOR EACH ROW EXECUTE FUNCTION guard_split_version();

CREATE FUNCTION guard_split_line() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
  IF public.app_is_admin() THEN
    RETURN NEW;
  END IF;
  IF EXISTS (SELECT 1 FROM public.split_sheet_versions v JOIN public.split_sheets s ON s.id = v.sheet_id
              WHERE v.id = NEW.version_id AND v.version_number <= s.current_version
                AND s.artist_id IN (SELECT public.app_artists_with('manage_finances'))) THEN
    RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'split.guard.historyFixed';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER split_lines_guard BEFORE INSERT ON split_lines
  FOR EACH ROW EXECUTE FUNCTION guard_split_line();

REVOKE ALL ON FUNCTION guard_split_sheet(), guard_split_version(), guard_split_line() FROM PUBLIC;
