-- People guards, PostgreSQL only (H2: db/migration/h2/V6__people_guards.sql, a no-op: on a local
-- file the services enforce the same rules, service.people.PeopleService).
--
-- Row Level Security (V3) decides WHICH grants a person may write (can_manage_users in the
-- organization, invite_collaborators on the artist) but not WHAT they write. The triggers below
-- hold every write of a person to user_organization_roles and user_artist_permissions to the
-- rules PeopleService checks, so that a person's own login role cannot bypass them over plain SQL:
--   * nobody gives a role above their own rank (owner > admin > manager > editor/collaborator >
--     viewer; on an artist the higher of the direct role and the organization role), nor changes
--     a grant whose role is above their own;
--   * nobody gives a flag they do not hold themselves (their effective rights, as AccessService
--     computes them; on UPDATE only the flags added count);
--   * an expiry, when new or changed, is in the future; only an active account enters force;
--   * a grant's person and organization/artist never change; a changed granted_by is the caller;
--   * an owner in force never leaves force or ownership (nor gets an expiry) unless another owner
--     in force remains;
--   * a changed revenue share needs manage_finances; someone without invite rights changes only
--     the share; the shares of an artist's grants in force total at most 100.00.
-- Grants are never deleted by people (revoking = is_active FALSE, the row stays for history).
-- The triggers do nothing for the schema owner (migrations, the CLI, the demo loader, and the
-- SECURITY DEFINER creator-becomes-owner triggers of V2, which run as the owner).
-- Refusals: SQLSTATE 42501 (insufficient_privilege) or 23514 (check_violation), the message is
-- the rule's key in i18n/messages.properties, the detail its arguments separated by '|' (an
-- argument may be a list of message keys separated by ', ').

-- ---------------------------------------------------------------------------------------------
-- Helpers
-- ---------------------------------------------------------------------------------------------

-- owner 4 > admin 3 > manager 2 > editor/collaborator 1 > viewer 0; NULL and unknown roles -1.
CREATE FUNCTION app_role_rank(role TEXT) RETURNS INTEGER
  LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
  SELECT CASE $1 WHEN 'owner' THEN 4 WHEN 'admin' THEN 3 WHEN 'manager' THEN 2
                 WHEN 'editor' THEN 1 WHEN 'collaborator' THEN 1 WHEN 'viewer' THEN 0 ELSE -1 END
$$;

-- Whether a person's account is active (people cannot read other people's users rows).
CREATE FUNCTION app_person_is_active(person UUID) RETURNS BOOLEAN
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT (public.app_uid() IS NOT NULL OR public.app_is_admin())
     AND COALESCE((SELECT u.is_active IS TRUE FROM public.users u WHERE u.id = $1), FALSE)
$$;

-- The person with exactly this email (normalized: lower case), for inviting them: answered only
-- to callers who may invite someone somewhere (can_manage_users in an organization in force, or
-- invite_collaborators on an artist), else empty.
CREATE FUNCTION app_person_by_email(email TEXT) RETURNS TABLE (id UUID, is_active BOOLEAN)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT u.id, u.is_active IS TRUE
    FROM public.users u
   WHERE u.email = pg_catalog.lower($1)
     AND (EXISTS (SELECT 1 FROM public.app_organizations_with('manage_users'))
          OR EXISTS (SELECT 1 FROM public.app_artists_with('invite_collaborators'))
          OR public.app_is_admin())
$$;

-- The people of an artist's direct grants and their grantors, with the name and email its
-- grant list shows, for anyone who sees the artist (as app_organization_members of V4).
CREATE FUNCTION app_artist_members(artist UUID) RETURNS TABLE (user_id UUID, display_name TEXT, email TEXT)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT u.id, p.display_name::TEXT, u.email::TEXT
    FROM public.users u
    LEFT JOIN public.user_profiles p ON p.user_id = u.id
   WHERE u.id IN (SELECT g.user_id FROM public.user_artist_permissions g WHERE g.artist_id = $1
                  UNION
                  SELECT g.granted_by FROM public.user_artist_permissions g WHERE g.artist_id = $1)
     AND ($1 IN (SELECT public.app_visible_artists()) OR public.app_is_admin())
   ORDER BY 2, 3
$$;

-- ---------------------------------------------------------------------------------------------
-- user_organization_roles
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION guard_organization_grant() RETURNS trigger
  LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
  me UUID;
  mine public.user_organization_roles%ROWTYPE;
  new_in_force BOOLEAN := NEW.is_active IS TRUE AND (NEW.expires_at IS NULL OR NEW.expires_at > pg_catalog.now());
  old_in_force BOOLEAN := FALSE;
  lacking TEXT[];
BEGIN
  IF pg_catalog.pg_has_role(current_user, (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = TG_RELID), 'MEMBER') THEN
    RETURN NEW;
  END IF;
  me := public.app_uid();
  IF TG_OP = 'UPDATE' THEN
    IF NEW.user_id IS DISTINCT FROM OLD.user_id OR NEW.organization_id IS DISTINCT FROM OLD.organization_id THEN
      RAISE EXCEPTION 'people.grantMoved' USING ERRCODE = 'insufficient_privilege',
        HINT = 'A grant''s person and organization never change.';
    END IF;
    old_in_force := OLD.is_active IS TRUE AND (OLD.expires_at IS NULL OR OLD.expires_at > pg_catalog.now());
  END IF;
  IF NEW.granted_by IS DISTINCT FROM OLD.granted_by AND NEW.granted_by IS DISTINCT FROM me THEN
    RAISE EXCEPTION 'people.grantedBy' USING ERRCODE = 'insufficient_privilege',
      HINT = 'A grant is granted by whoever grants it.';
  END IF;
  -- the key of PeopleService.lockKey("organizations", id): service and trigger serialize
  PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext(
    'all-access-artist:people:organizations:' || NEW.organization_id::TEXT));

  SELECT r.* INTO mine FROM public.user_organization_roles r
   WHERE r.user_id = me AND r.organization_id = NEW.organization_id AND r.is_active IS TRUE
     AND (r.expires_at IS NULL OR r.expires_at > pg_catalog.now());
  IF mine.id IS NULL OR mine.can_manage_users IS NOT TRUE THEN
    RAISE EXCEPTION 'people.permission.organization' USING ERRCODE = 'insufficient_privilege',
      HINT = 'Changing who has access to an organization needs can_manage_users there.';
  END IF;
  IF TG_OP = 'UPDATE' AND public.app_role_rank(OLD.role) > public.app_role_rank(mine.role) THEN
    RAISE EXCEPTION 'people.grantAboveYours' USING ERRCODE = 'insufficient_privilege',
      DETAIL = 'organization.role.' || OLD.role || '|organization.role.' || mine.role,
      HINT = 'A grant whose role is above your own is not yours to change.';
  END IF;
  IF public.app_role_rank(NEW.role) > public.app_role_rank(mine.role) THEN
    RAISE EXCEPTION 'people.roleAboveYours' USING ERRCODE = 'insufficient_privilege',
      DETAIL = 'organization.role.' || NEW.role || '|organization.role.' || mine.role,
      HINT = 'Nobody gives a role above their own.';
  END IF;
  -- on INSERT, OLD is NULL: every flag set counts as added
  lacking := pg_catalog.array_remove(ARRAY[
    CASE WHEN NEW.can_manage_artists IS TRUE AND OLD.can_manage_artists IS NOT TRUE
          AND mine.can_manage_artists IS NOT TRUE THEN 'people.flag.manageArtists' END,
    CASE WHEN NEW.can_manage_releases IS TRUE AND OLD.can_manage_releases IS NOT TRUE
          AND mine.can_manage_releases IS NOT TRUE THEN 'people.flag.manageReleases' END,
    CASE WHEN NEW.can_manage_finances IS TRUE AND OLD.can_manage_finances IS NOT TRUE
          AND mine.can_manage_finances IS NOT TRUE THEN 'people.flag.manageFinances' END,
    CASE WHEN NEW.can_manage_users IS TRUE AND OLD.can_manage_users IS NOT TRUE
          AND mine.can_manage_users IS NOT TRUE THEN 'people.flag.manageUsers' END], NULL);
  IF pg_catalog.cardinality(lacking) > 0 THEN
    RAISE EXCEPTION 'people.flagsNotHeld' USING ERRCODE = 'insufficient_privilege',
      DETAIL = pg_catalog.array_to_string(lacking, ', '), HINT = 'Nobody gives rights they do not hold.';
  END IF;
  IF NEW.expires_at IS NOT NULL AND NEW.expires_at IS DISTINCT FROM OLD.expires_at
     AND NEW.expires_at <= pg_catalog.now() THEN
    RAISE EXCEPTION 'people.expiresAt.past' USING ERRCODE = 'check_violation',
      HINT = 'A grant can only be given an expiry in the future.';
  END IF;
  IF NEW.is_active IS TRUE AND (OLD.is_active IS NOT TRUE OR (new_in_force AND NOT old_in_force))
     AND NOT public.app_person_is_active(NEW.user_id) THEN
    RAISE EXCEPTION 'people.inactiveAccount' USING ERRCODE = 'check_violation', DETAIL = NEW.user_id::TEXT,
      HINT = 'Only an active account is given access.';
  END IF;
  IF old_in_force AND OLD.role = 'owner'
     AND NOT (new_in_force AND NEW.role = 'owner'
              AND (NEW.expires_at IS NULL OR NEW.expires_at IS NOT DISTINCT FROM OLD.expires_at))
     AND NOT EXISTS (SELECT 1 FROM public.user_organization_roles r
                      WHERE r.organization_id = NEW.organization_id AND r.id <> OLD.id AND r.role = 'owner'
                        AND r.is_active IS TRUE AND (r.expires_at IS NULL OR r.expires_at > pg_catalog.now())) THEN
    RAISE EXCEPTION 'people.lastOwner' USING ERRCODE = 'check_violation',
      HINT = 'The last owner in force is never revoked, given another role or an expiry.';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER user_organization_roles_guard BEFORE INSERT OR UPDATE ON user_organization_roles
  FOR EACH ROW EXECUTE FUNCTION guard_organization_grant();

-- ---------------------------------------------------------------------------------------------
-- user_artist_permissions
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION guard_artist_grant() RETURNS trigger
  LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
  me UUID;
  org UUID;
  direct public.user_artist_permissions%ROWTYPE;
  member public.user_organization_roles%ROWTYPE;
  my_rank INTEGER;
  e_edit BOOLEAN; e_releases BOOLEAN; e_songs BOOLEAN; e_finances BOOLEAN;
  e_social BOOLEAN; e_analytics BOOLEAN; e_invite BOOLEAN;
  new_in_force BOOLEAN := NEW.is_active IS TRUE AND (NEW.expires_at IS NULL OR NEW.expires_at > pg_catalog.now());
  old_in_force BOOLEAN := FALSE;
  only_share BOOLEAN := FALSE;
  share_changed BOOLEAN;
  taken NUMERIC;
  lacking TEXT[];
BEGIN
  IF pg_catalog.pg_has_role(current_user, (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = TG_RELID), 'MEMBER') THEN
    RETURN NEW;
  END IF;
  me := public.app_uid();
  IF TG_OP = 'UPDATE' THEN
    IF NEW.user_id IS DISTINCT FROM OLD.user_id OR NEW.artist_id IS DISTINCT FROM OLD.artist_id THEN
      RAISE EXCEPTION 'people.grantMoved' USING ERRCODE = 'insufficient_privilege',
        HINT = 'A grant''s person and artist never change.';
    END IF;
    old_in_force := OLD.is_active IS TRUE AND (OLD.expires_at IS NULL OR OLD.expires_at > pg_catalog.now());
    only_share := (pg_catalog.to_jsonb(NEW) - 'revenue_share_percentage' - 'version')
                  = (pg_catalog.to_jsonb(OLD) - 'revenue_share_percentage' - 'version');
  END IF;
  IF NEW.granted_by IS DISTINCT FROM OLD.granted_by AND NEW.granted_by IS DISTINCT FROM me THEN
    RAISE EXCEPTION 'people.grantedBy' USING ERRCODE = 'insufficient_privilege',
      HINT = 'A grant is granted by whoever grants it.';
  END IF;
  -- the key of PeopleService.lockKey("artists", id): service and trigger serialize
  PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext(
    'all-access-artist:people:artists:' || NEW.artist_id::TEXT));

  -- the caller's effective rights on the artist: direct grant and organization role combined
  -- (service.auth.AccessService.combine); their own rows are visible to them
  SELECT p.* INTO direct FROM public.user_artist_permissions p
   WHERE p.user_id = me AND p.artist_id = NEW.artist_id AND p.is_active IS TRUE
     AND (p.expires_at IS NULL OR p.expires_at > pg_catalog.now());
  SELECT a.organization_id INTO org FROM public.artists a WHERE a.id = NEW.artist_id;
  IF org IS NOT NULL THEN
    SELECT r.* INTO member FROM public.user_organization_roles r
     WHERE r.user_id = me AND r.organization_id = org AND r.is_active IS TRUE
       AND (r.expires_at IS NULL OR r.expires_at > pg_catalog.now());
  END IF;
  e_edit := direct.can_edit_profile IS TRUE OR member.can_manage_artists IS TRUE;
  e_releases := direct.can_manage_releases IS TRUE OR member.can_manage_releases IS TRUE;
  e_songs := direct.can_manage_songs IS TRUE OR e_releases;
  e_finances := direct.can_manage_finances IS TRUE OR member.can_manage_finances IS TRUE;
  e_social := direct.can_manage_social IS TRUE OR member.can_manage_artists IS TRUE;
  e_analytics := direct.can_view_analytics IS TRUE OR member.can_manage_finances IS TRUE;
  e_invite := direct.can_invite_collaborators IS TRUE OR member.can_manage_users IS TRUE;
  my_rank := GREATEST(public.app_role_rank(direct.role), public.app_role_rank(member.role), 0);

  IF NOT only_share THEN
    IF NOT e_invite THEN
      RAISE EXCEPTION 'people.permission.artist' USING ERRCODE = 'insufficient_privilege',
        HINT = 'Changing who has access to an artist needs invite_collaborators there; manage_finances alone changes only revenue shares.';
    END IF;
    IF TG_OP = 'UPDATE' AND public.app_role_rank(OLD.role) > my_rank THEN
      RAISE EXCEPTION 'people.grantAboveYours' USING ERRCODE = 'insufficient_privilege',
        DETAIL = 'people.artistRole.' || OLD.role || '|people.artistRole.'
                 || CASE my_rank WHEN 4 THEN 'owner' WHEN 3 THEN 'admin' WHEN 2 THEN 'manager'
                                 WHEN 1 THEN 'collaborator' ELSE 'viewer' END,
        HINT = 'A grant whose role is above your own is not yours to change.';
    END IF;
    IF public.app_role_rank(NEW.role) > my_rank THEN
      RAISE EXCEPTION 'people.roleAboveYours' USING ERRCODE = 'insufficient_privilege',
        DETAIL = 'people.artistRole.' || NEW.role || '|people.artistRole.'
                 || CASE my_rank WHEN 4 THEN 'owner' WHEN 3 THEN 'admin' WHEN 2 THEN 'manager'
                                 WHEN 1 THEN 'collaborator' ELSE 'viewer' END,
        HINT = 'Nobody gives a role above their own.';
    END IF;
    lacking := pg_catalog.array_remove(ARRAY[
      CASE WHEN NEW.can_edit_profile IS TRUE AND OLD.can_edit_profile IS NOT TRUE AND NOT e_edit
           THEN 'people.flag.editProfile' END,
      CASE WHEN NEW.can_manage_releases IS TRUE AND OLD.can_manage_releases IS NOT TRUE AND NOT e_releases
           THEN 'people.flag.manageReleases' END,
      CASE WHEN NEW.can_manage_songs IS TRUE AND OLD.can_manage_songs IS NOT TRUE AND NOT e_songs
           THEN 'people.flag.manageSongs' END,
      CASE WHEN NEW.can_manage_finances IS TRUE AND OLD.can_manage_finances IS NOT TRUE AND NOT e_finances
           THEN 'people.flag.manageFinances' END,
      CASE WHEN NEW.can_manage_social IS TRUE AND OLD.can_manage_social IS NOT TRUE AND NOT e_social
           THEN 'people.flag.manageSocial' END,
      CASE WHEN NEW.can_view_analytics IS TRUE AND OLD.can_view_analytics IS NOT TRUE AND NOT e_analytics
           THEN 'people.flag.viewAnalytics' END,
      CASE WHEN NEW.can_invite_collaborators IS TRUE AND OLD.can_invite_collaborators IS NOT TRUE AND NOT e_invite
           THEN 'people.flag.inviteCollaborators' END], NULL);
    IF pg_catalog.cardinality(lacking) > 0 THEN
      RAISE EXCEPTION 'people.flagsNotHeld' USING ERRCODE = 'insufficient_privilege',
        DETAIL = pg_catalog.array_to_string(lacking, ', '), HINT = 'Nobody gives rights they do not hold.';
    END IF;
    IF NEW.expires_at IS NOT NULL AND NEW.expires_at IS DISTINCT FROM OLD.expires_at
       AND NEW.expires_at <= pg_catalog.now() THEN
      RAISE EXCEPTION 'people.expiresAt.past' USING ERRCODE = 'check_violation',
        HINT = 'A grant can only be given an expiry in the future.';
    END IF;
    IF NEW.is_active IS TRUE AND (OLD.is_active IS NOT TRUE OR (new_in_force AND NOT old_in_force))
       AND NOT public.app_person_is_active(NEW.user_id) THEN
      RAISE EXCEPTION 'people.inactiveAccount' USING ERRCODE = 'check_violation', DETAIL = NEW.user_id::TEXT,
        HINT = 'Only an active account is given access.';
    END IF;
    IF old_in_force AND OLD.role = 'owner'
       AND NOT (new_in_force AND NEW.role = 'owner'
                AND (NEW.expires_at IS NULL OR NEW.expires_at IS NOT DISTINCT FROM OLD.expires_at))
       AND NOT EXISTS (SELECT 1 FROM public.user_artist_permissions p
                        WHERE p.artist_id = NEW.artist_id AND p.id <> OLD.id AND p.role = 'owner'
                          AND p.is_active IS TRUE AND (p.expires_at IS NULL OR p.expires_at > pg_catalog.now())) THEN
      RAISE EXCEPTION 'people.lastOwner' USING ERRCODE = 'check_violation',
        HINT = 'The last direct owner in force is never revoked, given another role or an expiry.';
    END IF;
  END IF;

  -- revenue shares: changed only with manage_finances (except the reset to 0.00 of a grant out of
  -- force, as renewing it does), and the grants in force share at most 100.00
  share_changed := COALESCE(NEW.revenue_share_percentage, 0) <> COALESCE(OLD.revenue_share_percentage, 0);
  IF share_changed AND NOT e_finances
     AND NOT (COALESCE(NEW.revenue_share_percentage, 0) = 0 AND TG_OP = 'UPDATE' AND NOT old_in_force) THEN
    RAISE EXCEPTION 'people.permission.finances' USING ERRCODE = 'insufficient_privilege',
      HINT = 'Changing a revenue share needs manage_finances on the artist.';
  END IF;
  IF new_in_force AND COALESCE(NEW.revenue_share_percentage, 0) > 0 AND (share_changed OR NOT old_in_force) THEN
    SELECT COALESCE(SUM(p.revenue_share_percentage), 0) INTO taken FROM public.user_artist_permissions p
     WHERE p.artist_id = NEW.artist_id AND p.id <> NEW.id AND p.is_active IS TRUE
       AND (p.expires_at IS NULL OR p.expires_at > pg_catalog.now());
    IF taken + NEW.revenue_share_percentage > 100.00 THEN
      RAISE EXCEPTION 'people.revenueShare.total' USING ERRCODE = 'check_violation',
        DETAIL = pg_catalog.to_char(taken, 'FM990.00') || '|' || pg_catalog.to_char(GREATEST(100.00 - taken, 0), 'FM990.00'),
        HINT = 'The shares of an artist''s grants in force total at most 100.00.';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER user_artist_permissions_guard BEFORE INSERT OR UPDATE ON user_artist_permissions
  FOR EACH ROW EXECUTE FUNCTION guard_artist_grant();

-- ---------------------------------------------------------------------------------------------
-- Policies and privileges
-- ---------------------------------------------------------------------------------------------

-- A person with manage_finances on the artist may update a grant's revenue share (the trigger
-- lets them change nothing else unless they may also invite collaborators).
CREATE POLICY user_artist_permissions_finances_update ON user_artist_permissions FOR UPDATE
  USING (artist_id IN (SELECT app_artists_with('manage_finances')))
  WITH CHECK (artist_id IN (SELECT app_artists_with('manage_finances')));

-- Grants are history: people revoke them (is_active FALSE) and never delete them.
DROP POLICY user_organization_roles_manage_delete ON user_organization_roles;
DROP POLICY user_artist_permissions_invite_delete ON user_artist_permissions;

DO $$
DECLARE
  people CONSTANT TEXT := app_people_role();
BEGIN
  EXECUTE format('REVOKE DELETE ON user_organization_roles, user_artist_permissions FROM %I', people);
  EXECUTE format('ALTER POLICY user_artist_permissions_finances_update ON user_artist_permissions TO %I', people);
  EXECUTE 'REVOKE ALL ON FUNCTION app_person_is_active(UUID), app_person_by_email(TEXT), app_artist_members(UUID) FROM PUBLIC';
  EXECUTE format('GRANT EXECUTE ON FUNCTION app_person_is_active(UUID), app_person_by_email(TEXT),
                  app_artist_members(UUID) TO %I', people);
END;
$$;
