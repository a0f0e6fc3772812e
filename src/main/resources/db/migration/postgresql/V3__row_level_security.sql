-- Row Level Security, PostgreSQL only (H2 has none: services enforce the same rules there;
-- db/migration/h2/V3__row_level_security.sql is the matching no-op so versions stay aligned).
--
-- Who is who:
--   * the schema owner (the role that runs this migration): the administrator. Every table has
--     an explicit "<table>_admin_all" policy for it, because RLS is FORCEd (owners are bound
--     by policies too) and the SECURITY DEFINER functions below run as the owner.
--   * "<database>_people": a NOLOGIN group role. Every person's login role is a member of it
--     and gets exactly the privileges granted to it here; policies decide which rows.
-- The seed's auth.uid() is app_uid(): the users row mapped to session_user.
-- Policies call the helper sets once per statement: "col IN (SELECT app_visible_artists())"
-- is planned as a hashed subplan, not a per-row function call.

-- ---------------------------------------------------------------------------------------------
-- Access sets of the caller. An inactive or expired grant gives no access anywhere.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION app_member_organizations() RETURNS SETOF UUID
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT r.organization_id FROM public.user_organization_roles r
   WHERE r.user_id = public.app_uid() AND r.is_active IS TRUE
     AND (r.expires_at IS NULL OR r.expires_at > pg_catalog.now())
$$;

-- permission: 'admin' (role owner or admin), 'owner', or a flag without its can_ prefix:
-- manage_artists, manage_releases, manage_finances, manage_users.
CREATE FUNCTION app_organizations_with(permission TEXT) RETURNS SETOF UUID
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT r.organization_id FROM public.user_organization_roles r
   WHERE r.user_id = public.app_uid() AND r.is_active IS TRUE
     AND (r.expires_at IS NULL OR r.expires_at > pg_catalog.now())
     AND CASE permission
           WHEN 'owner' THEN r.role = 'owner'
           WHEN 'admin' THEN r.role IN ('owner', 'admin')
           WHEN 'manage_artists' THEN r.can_manage_artists IS TRUE
           WHEN 'manage_releases' THEN r.can_manage_releases IS TRUE
           WHEN 'manage_finances' THEN r.can_manage_finances IS TRUE
           WHEN 'manage_users' THEN r.can_manage_users IS TRUE
           ELSE FALSE
         END
$$;

CREATE FUNCTION app_visible_artists() RETURNS SETOF UUID
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT p.artist_id FROM public.user_artist_permissions p
   WHERE p.user_id = public.app_uid() AND p.is_active IS TRUE
     AND (p.expires_at IS NULL OR p.expires_at > pg_catalog.now())
  UNION
  SELECT a.id FROM public.artists a
   WHERE a.organization_id IN (SELECT public.app_member_organizations())
$$;

-- permission: a flag of user_artist_permissions without its can_ prefix (edit_profile,
-- manage_releases, manage_songs, manage_finances, manage_social, view_analytics,
-- invite_collaborators), or 'delete' (artist owner/admin). An organization role covers the
-- organization's artists: can_manage_artists -> edit_profile, manage_social, delete;
-- can_manage_releases -> manage_releases, manage_songs; can_manage_finances -> manage_finances,
-- view_analytics; can_manage_users -> invite_collaborators.
CREATE FUNCTION app_artists_with(permission TEXT) RETURNS SETOF UUID
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT p.artist_id FROM public.user_artist_permissions p
   WHERE p.user_id = public.app_uid() AND p.is_active IS TRUE
     AND (p.expires_at IS NULL OR p.expires_at > pg_catalog.now())
     AND CASE permission
           WHEN 'edit_profile' THEN p.can_edit_profile IS TRUE
           WHEN 'manage_releases' THEN p.can_manage_releases IS TRUE
           WHEN 'manage_songs' THEN p.can_manage_songs IS TRUE OR p.can_manage_releases IS TRUE
           WHEN 'manage_finances' THEN p.can_manage_finances IS TRUE
           WHEN 'manage_social' THEN p.can_manage_social IS TRUE
           WHEN 'view_analytics' THEN p.can_view_analytics IS TRUE
           WHEN 'invite_collaborators' THEN p.can_invite_collaborators IS TRUE
           WHEN 'delete' THEN p.role IN ('owner', 'admin')
           ELSE FALSE
         END
  UNION
  SELECT a.id FROM public.artists a
   WHERE a.organization_id IN (
     SELECT public.app_organizations_with(CASE
              WHEN permission IN ('edit_profile', 'manage_social', 'delete') THEN 'manage_artists'
              WHEN permission IN ('manage_releases', 'manage_songs') THEN 'manage_releases'
              WHEN permission IN ('manage_finances', 'view_analytics') THEN 'manage_finances'
              WHEN permission = 'invite_collaborators' THEN 'manage_users'
              ELSE 'none' END))
$$;

-- ---------------------------------------------------------------------------------------------
-- The people group role and its privileges
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION app_people_role() RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT pg_catalog.current_database() || '_people'
$$;

DO $$
DECLARE
  people CONSTANT TEXT := app_people_role();
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = people) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', people);
  END IF;
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', current_database(), people);
  EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', people);
  EXECUTE format('GRANT SELECT ON users, user_profiles, organizations, user_organization_roles, artists,
                  user_artist_permissions, releases, songs, audit_log, analytics_events, revenue_streams,
                  flyway_schema_history TO %I', people);
  EXECUTE format('GRANT UPDATE (email, phone, last_login_at) ON users TO %I', people);
  EXECUTE format('GRANT UPDATE ON user_profiles TO %I', people);
  EXECUTE format('GRANT INSERT, UPDATE, DELETE ON organizations, user_organization_roles, artists,
                  user_artist_permissions, releases, songs, revenue_streams TO %I', people);
END;
$$;

-- ---------------------------------------------------------------------------------------------
-- Policies. Every table holding user data: RLS enabled and forced, admin policy first.
-- ---------------------------------------------------------------------------------------------
DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['users', 'user_profiles', 'user_credentials', 'organizations',
                           'user_organization_roles', 'artists', 'user_artist_permissions',
                           'releases', 'songs', 'audit_log', 'analytics_events', 'revenue_streams'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE)', t || '_admin_all', t);
  END LOOP;
END;
$$;

-- users: a person sees and updates their own row (column privileges limit what they can change).
CREATE POLICY users_self_select ON users FOR SELECT USING (id = (SELECT app_uid()));
CREATE POLICY users_self_update ON users FOR UPDATE
  USING (id = (SELECT app_uid())) WITH CHECK (id = (SELECT app_uid()));

-- user_profiles: the seed's policy (users can only access their own profile data).
CREATE POLICY user_profiles_policy ON user_profiles FOR ALL
  USING (user_id = (SELECT app_uid())) WITH CHECK (user_id = (SELECT app_uid()));

-- user_credentials: nobody but the administrator (PostgreSQL people sign in with their role).

-- organizations
CREATE POLICY organizations_member_select ON organizations FOR SELECT
  USING (id IN (SELECT app_member_organizations()) OR created_by = (SELECT app_uid()));
CREATE POLICY organizations_create ON organizations FOR INSERT
  WITH CHECK (created_by = (SELECT app_uid()));
CREATE POLICY organizations_admin_update ON organizations FOR UPDATE
  USING (id IN (SELECT app_organizations_with('admin')))
  WITH CHECK (id IN (SELECT app_organizations_with('admin')));
CREATE POLICY organizations_owner_delete ON organizations FOR DELETE
  USING (id IN (SELECT app_organizations_with('owner')));

-- user_organization_roles
CREATE POLICY user_organization_roles_select ON user_organization_roles FOR SELECT
  USING (user_id = (SELECT app_uid()) OR organization_id IN (SELECT app_member_organizations()));
CREATE POLICY user_organization_roles_manage_insert ON user_organization_roles FOR INSERT
  WITH CHECK (organization_id IN (SELECT app_organizations_with('manage_users'))
              AND granted_by = (SELECT app_uid()));
CREATE POLICY user_organization_roles_manage_update ON user_organization_roles FOR UPDATE
  USING (organization_id IN (SELECT app_organizations_with('manage_users')))
  WITH CHECK (organization_id IN (SELECT app_organizations_with('manage_users')));
CREATE POLICY user_organization_roles_manage_delete ON user_organization_roles FOR DELETE
  USING (organization_id IN (SELECT app_organizations_with('manage_users')));

-- artists: the seed's access policy (through permissions) for reading, flags for writing.
CREATE POLICY artists_access_policy ON artists FOR SELECT
  USING (id IN (SELECT app_visible_artists()));
CREATE POLICY artists_create ON artists FOR INSERT
  WITH CHECK (created_by = (SELECT app_uid())
              AND (organization_id IS NULL
                   OR organization_id IN (SELECT app_organizations_with('manage_artists'))));
CREATE POLICY artists_edit ON artists FOR UPDATE
  USING (id IN (SELECT app_artists_with('edit_profile')))
  WITH CHECK (id IN (SELECT app_artists_with('edit_profile'))
              AND (organization_id IS NULL OR organization_id IN (SELECT app_member_organizations())));
CREATE POLICY artists_delete ON artists FOR DELETE
  USING (id IN (SELECT app_artists_with('delete')));

-- user_artist_permissions
CREATE POLICY user_artist_permissions_select ON user_artist_permissions FOR SELECT
  USING (user_id = (SELECT app_uid()) OR artist_id IN (SELECT app_visible_artists()));
CREATE POLICY user_artist_permissions_invite_insert ON user_artist_permissions FOR INSERT
  WITH CHECK (artist_id IN (SELECT app_artists_with('invite_collaborators'))
              AND granted_by = (SELECT app_uid()));
CREATE POLICY user_artist_permissions_invite_update ON user_artist_permissions FOR UPDATE
  USING (artist_id IN (SELECT app_artists_with('invite_collaborators')))
  WITH CHECK (artist_id IN (SELECT app_artists_with('invite_collaborators')));
CREATE POLICY user_artist_permissions_invite_delete ON user_artist_permissions FOR DELETE
  USING (artist_id IN (SELECT app_artists_with('invite_collaborators')));

-- releases: the seed's access policy for reading, can_manage_releases for writing.
CREATE POLICY releases_access_policy ON releases FOR SELECT
  USING (artist_id IN (SELECT app_visible_artists()));
CREATE POLICY releases_manage_insert ON releases FOR INSERT
  WITH CHECK (artist_id IN (SELECT app_artists_with('manage_releases')));
CREATE POLICY releases_manage_update ON releases FOR UPDATE
  USING (artist_id IN (SELECT app_artists_with('manage_releases')))
  WITH CHECK (artist_id IN (SELECT app_artists_with('manage_releases')));
CREATE POLICY releases_manage_delete ON releases FOR DELETE
  USING (artist_id IN (SELECT app_artists_with('manage_releases')));

-- songs
CREATE POLICY songs_access_policy ON songs FOR SELECT
  USING (artist_id IN (SELECT app_visible_artists()));
CREATE POLICY songs_manage_insert ON songs FOR INSERT
  WITH CHECK (artist_id IN (SELECT app_artists_with('manage_songs')));
CREATE POLICY songs_manage_update ON songs FOR UPDATE
  USING (artist_id IN (SELECT app_artists_with('manage_songs')))
  WITH CHECK (artist_id IN (SELECT app_artists_with('manage_songs')));
CREATE POLICY songs_manage_delete ON songs FOR DELETE
  USING (artist_id IN (SELECT app_artists_with('manage_songs')));

-- audit_log: people read their own changes; only triggers (running as the owner) write.
CREATE POLICY audit_log_own_select ON audit_log FOR SELECT
  USING (changed_by = (SELECT app_uid()));

-- analytics_events: read with can_view_analytics; written by administrators' imports.
CREATE POLICY analytics_events_select ON analytics_events FOR SELECT
  USING (artist_id IN (SELECT app_artists_with('view_analytics')));

-- revenue_streams: can_manage_finances reads and writes.
CREATE POLICY revenue_streams_finances_select ON revenue_streams FOR SELECT
  USING (artist_id IN (SELECT app_artists_with('manage_finances')));
CREATE POLICY revenue_streams_finances_insert ON revenue_streams FOR INSERT
  WITH CHECK (artist_id IN (SELECT app_artists_with('manage_finances')));
CREATE POLICY revenue_streams_finances_update ON revenue_streams FOR UPDATE
  USING (artist_id IN (SELECT app_artists_with('manage_finances')))
  WITH CHECK (artist_id IN (SELECT app_artists_with('manage_finances')));
CREATE POLICY revenue_streams_finances_delete ON revenue_streams FOR DELETE
  USING (artist_id IN (SELECT app_artists_with('manage_finances')));

-- The policies above are for people only: the administrator has exactly its admin_all policy.
DO $$
DECLARE
  p RECORD;
BEGIN
  FOR p IN SELECT policyname, tablename FROM pg_catalog.pg_policies
            WHERE schemaname = 'public' AND policyname NOT LIKE '%\_admin\_all' LOOP
    EXECUTE format('ALTER POLICY %I ON %I TO %I', p.policyname, p.tablename, app_people_role());
  END LOOP;
END;
$$;
