-- V12: the readiness checklist of a release asks whether each recording's master sheet and its
-- work's publishing sheet are complete. Row Level Security shows sheets only to people with
-- can_manage_finances or named on them, so someone who schedules releases without seeing the
-- money would find every sheet missing. This function tells anyone who sees a song or work its
-- sheet's current total (nothing about the parties or their shares): enough for readiness.
CREATE FUNCTION app_sheet_totals(kind TEXT, subjects UUID[])
  RETURNS TABLE (subject_id UUID, total DECIMAL(5,2))
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT CASE $1 WHEN 'master' THEN s.song_id ELSE s.work_id END, v.total
    FROM public.split_sheets s
    JOIN public.split_sheet_versions v ON v.sheet_id = s.id AND v.version_number = s.current_version
   WHERE s.kind = $1
     AND (CASE $1 WHEN 'master' THEN s.song_id ELSE s.work_id END) = ANY ($2)
     AND (public.app_is_admin()
          OR (CASE $1 WHEN 'master'
                THEN EXISTS (SELECT 1 FROM public.songs g
                              WHERE g.id = s.song_id AND g.artist_id IN (SELECT public.app_visible_artists()))
                ELSE EXISTS (SELECT 1 FROM public.works w
                              WHERE w.id = s.work_id AND w.artist_id IN (SELECT public.app_visible_artists()))
              END))
$$;

DO $$
BEGIN
  EXECUTE 'REVOKE ALL ON FUNCTION app_sheet_totals(TEXT, UUID[]) FROM PUBLIC';
  EXECUTE format('GRANT EXECUTE ON FUNCTION app_sheet_totals(TEXT, UUID[]) TO %I', app_people_role());
END;
$$;
