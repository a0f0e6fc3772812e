-- Catalogue additions, PostgreSQL form (H2: db/migration/h2/V4__media_assets.sql).
-- Additions to the seed, listed in README.md (Data model).

-- ---------------------------------------------------------------------------------------------
-- addition: images people pick from disk (artist profile and banner, cover art, organization
-- logo), stored in the catalogue itself so that everyone sharing it sees them. URL columns hold
-- "media:<id>". The same image (by SHA-256) is stored once. Rows are never changed or deleted.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE media_assets (
  id UUID DEFAULT gen_random_uuid(),
  sha256 VARCHAR(64) NOT NULL,
  content_type VARCHAR(50) NOT NULL,
  size_bytes INTEGER NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  bytes BYTEA NOT NULL,
  created_by UUID NOT NULL,
  created_at TIMESTAMPTZ DEFAULT NOW(),
  CONSTRAINT media_assets_pkey PRIMARY KEY (id),
  CONSTRAINT media_assets_sha256_key UNIQUE (sha256),
  CONSTRAINT media_assets_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT media_assets_sha256_check CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  CONSTRAINT media_assets_content_type_check
    CHECK (content_type IN ('image/jpeg', 'image/png', 'image/gif', 'image/bmp')),
  CONSTRAINT media_assets_size_bytes_check
    CHECK (size_bytes BETWEEN 1 AND 20971520 AND size_bytes = OCTET_LENGTH(bytes)),
  CONSTRAINT media_assets_dimensions_check CHECK (width > 0 AND height > 0)
);
CREATE INDEX idx_media_assets_created_by ON media_assets (created_by);


-- ---------------------------------------------------------------------------------------------
-- Row Level Security: every person may see every image (they are shown wherever the catalogue
-- refers to them) and add images in their own name; nobody but the administrator changes or
-- deletes one.
-- ---------------------------------------------------------------------------------------------
ALTER TABLE media_assets ENABLE ROW LEVEL SECURITY;
ALTER TABLE media_assets FORCE ROW LEVEL SECURITY;
CREATE POLICY media_assets_admin_all ON media_assets TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE);
CREATE POLICY media_assets_people_select ON media_assets FOR SELECT USING ((SELECT app_uid()) IS NOT NULL);
CREATE POLICY media_assets_people_insert ON media_assets FOR INSERT WITH CHECK (created_by = (SELECT app_uid()));

-- ---------------------------------------------------------------------------------------------
-- Whether an identifier is in use anywhere in the catalogue, including rows the caller cannot
-- see: slugs, UPCs and ISRCs are unique across the whole catalogue, so a person must be told a
-- value is taken even when its holder is someone else's. Says only yes or no.
--   'artist_slug'          artists.slug, other than artist except_id
--   'upc'                  releases.upc_code, other than release except_id
--   'isrc'                 songs.isrc_code, other than song except_id
--   'isrc_outside_release' songs.isrc_code on a release other than except_id
--   'catalog_number'       releases.catalog_number (case-insensitive) of the label of artist
--                          scope_id (its organization, or the artist itself when independent),
--                          other than release except_id
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION app_identifier_in_use(kind TEXT, identifier TEXT, scope_id UUID, except_id UUID) RETURNS BOOLEAN
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT (public.app_uid() IS NOT NULL OR public.app_is_admin()) AND CASE kind
    WHEN 'artist_slug' THEN EXISTS (SELECT 1 FROM public.artists a
                                     WHERE a.slug = identifier AND a.id IS DISTINCT FROM except_id)
    WHEN 'upc' THEN EXISTS (SELECT 1 FROM public.releases r
                             WHERE r.upc_code = identifier AND r.id IS DISTINCT FROM except_id)
    WHEN 'isrc' THEN EXISTS (SELECT 1 FROM public.songs s
                              WHERE s.isrc_code = identifier AND s.id IS DISTINCT FROM except_id)
    WHEN 'isrc_outside_release' THEN EXISTS (SELECT 1 FROM public.songs s
                                              WHERE s.isrc_code = identifier AND s.release_id IS DISTINCT FROM except_id)
    WHEN 'catalog_number' THEN EXISTS (
      SELECT 1 FROM public.releases r JOIN public.artists a ON a.id = r.artist_id
        JOIN public.artists scope ON scope.id = scope_id
       WHERE pg_catalog.lower(r.catalog_number) = pg_catalog.lower(identifier)
         AND r.id IS DISTINCT FROM except_id
         AND (a.organization_id = scope.organization_id OR (scope.organization_id IS NULL AND a.id = scope.id)))
    ELSE FALSE
  END
$$;

-- The members of an organization with their role, for its other members: people cannot read
-- each other's users and user_profiles rows (emails, billing), so this returns only the name,
-- email and role an organization's member list shows. Empty for anyone not a member.
CREATE FUNCTION app_organization_members(org_id UUID)
  RETURNS TABLE (user_id UUID, display_name VARCHAR, email VARCHAR, role VARCHAR, is_active BOOLEAN,
                 expires_at TIMESTAMPTZ)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT r.user_id, p.display_name, u.email, r.role, r.is_active, r.expires_at
    FROM public.user_organization_roles r
    JOIN public.users u ON u.id = r.user_id
    LEFT JOIN public.user_profiles p ON p.user_id = r.user_id
   WHERE r.organization_id = org_id
     AND (org_id IN (SELECT public.app_member_organizations()) OR public.app_is_admin())
   ORDER BY p.display_name, u.email
$$;

DO $$
DECLARE
  people CONSTANT TEXT := app_people_role();
BEGIN
  EXECUTE format('GRANT SELECT, INSERT ON media_assets TO %I', people);
  EXECUTE format('ALTER POLICY media_assets_people_select ON media_assets TO %I', people);
  EXECUTE format('ALTER POLICY media_assets_people_insert ON media_assets TO %I', people);
END;
$$;
