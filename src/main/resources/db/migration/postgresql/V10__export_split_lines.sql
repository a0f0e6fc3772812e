-- V10: a person's data export (GDPR Art. 15 and 20) includes the split sheet lines naming them:
-- their legal name, role, IPI, society and share on each version of each sheet, with the sheet's
-- kind and subject and the version's number, status and date. Anonymizing a person keeps those
-- lines: they record agreed shares of revenue, kept for legal claims (Art. 17(3)(e)); README
-- (Privacy) says so.
CREATE OR REPLACE FUNCTION export_user_data(user_uuid UUID) RETURNS JSONB
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  result JSONB;
BEGIN
  IF user_uuid IS DISTINCT FROM public.app_uid() AND NOT public.app_is_admin() THEN
    RAISE EXCEPTION 'export_user_data: only the person or an administrator may export this data'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT pg_catalog.jsonb_build_object(
           'user', (SELECT pg_catalog.to_jsonb(u) - 'db_role' - 'version' FROM public.users u WHERE u.id = user_uuid),
           'user_profile', (SELECT pg_catalog.to_jsonb(p) - 'version' FROM public.user_profiles p WHERE p.user_id = user_uuid),
           'organization_roles', (SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(r) - 'version'), '[]'::JSONB)
                                    FROM public.user_organization_roles r WHERE r.user_id = user_uuid),
           'artist_permissions', (SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(a) - 'version'), '[]'::JSONB)
                                    FROM public.user_artist_permissions a WHERE a.user_id = user_uuid),
           'split_lines', (SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(x) ORDER BY x.version_created_at, x.position),
                                           '[]'::JSONB)
                             FROM (SELECT l.*, v.version_number, v.status AS version_status,
                                          v.created_at AS version_created_at, s.kind AS sheet_kind, s.song_id, s.work_id
                                     FROM public.split_lines l
                                     JOIN public.split_sheet_versions v ON v.id = l.version_id
                                     JOIN public.split_sheets s ON s.id = v.sheet_id
                                    WHERE l.user_id = user_uuid) x))
    INTO result;
  RETURN result;
END;
$$;
