-- Functions and triggers, PostgreSQL form (H2: db/migration/h2/V2__functions_and_triggers.sql,
-- Java aliases in persistence.h2).
-- Every SECURITY DEFINER function runs with an empty search_path, names every object with its
-- schema, and checks its caller itself.

-- ---------------------------------------------------------------------------------------------
-- updated_at is kept current by the database on every update
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
  NEW.updated_at := pg_catalog.now();
  RETURN NEW;
END;
$$;

CREATE TRIGGER users_set_updated_at BEFORE UPDATE ON users
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER user_profiles_set_updated_at BEFORE UPDATE ON user_profiles
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER organizations_set_updated_at BEFORE UPDATE ON organizations
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER artists_set_updated_at BEFORE UPDATE ON artists
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER releases_set_updated_at BEFORE UPDATE ON releases
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER songs_set_updated_at BEFORE UPDATE ON songs
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- ---------------------------------------------------------------------------------------------
-- Who is calling. auth.uid() of the seed: the users row mapped to the PostgreSQL login role of
-- this session (session_user, so SET ROLE cannot change it). NULL for anyone not mapped.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION app_uid() RETURNS UUID
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT u.id FROM public.users u WHERE u.db_role = session_user::TEXT AND u.is_active IS TRUE
$$;

-- True for the schema owner (the administrator who runs migrations and the CLI) and superusers.
CREATE FUNCTION app_is_admin() RETURNS BOOLEAN
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT pg_catalog.pg_has_role(session_user, c.relowner, 'MEMBER')
    FROM pg_catalog.pg_class c
   WHERE c.oid = 'public.users'::pg_catalog.regclass
$$;

-- ---------------------------------------------------------------------------------------------
-- Partitions: audit_log and analytics_events by month, revenue_streams by quarter, named as the
-- seed names them (analytics_events_y2025m01, revenue_streams_y2025q1). Each parent also has a
-- DEFAULT partition so that no write is ever refused for lack of a partition; when a partition
-- is later created for a range that already has rows in the default one, those rows move into
-- the new partition in the same transaction.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE audit_log_default PARTITION OF audit_log DEFAULT;
CREATE TABLE analytics_events_default PARTITION OF analytics_events DEFAULT;
CREATE TABLE revenue_streams_default PARTITION OF revenue_streams DEFAULT;

CREATE FUNCTION create_range_partition(parent TEXT, key_column TEXT, part TEXT, lo TEXT, hi TEXT)
  RETURNS BOOLEAN LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  default_part CONSTANT TEXT := parent || '_default';
  has_rows BOOLEAN;
BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class c
              WHERE c.relname = part AND c.relnamespace = 'public'::pg_catalog.regnamespace) THEN
    RETURN FALSE;
  END IF;
  EXECUTE pg_catalog.format('SELECT EXISTS (SELECT 1 FROM public.%I WHERE %I >= %L AND %I < %L)',
                            default_part, key_column, lo, key_column, hi) INTO has_rows;
  IF has_rows THEN
    EXECUTE pg_catalog.format('CREATE TABLE public.%I (LIKE public.%I INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
                              part, parent);
    EXECUTE pg_catalog.format(
      'WITH moved AS (DELETE FROM public.%I WHERE %I >= %L AND %I < %L RETURNING *) INSERT INTO public.%I SELECT * FROM moved',
      default_part, key_column, lo, key_column, hi, part);
    EXECUTE pg_catalog.format('ALTER TABLE public.%I ATTACH PARTITION public.%I FOR VALUES FROM (%L) TO (%L)',
                              parent, part, lo, hi);
  ELSE
    EXECUTE pg_catalog.format('CREATE TABLE public.%I PARTITION OF public.%I FOR VALUES FROM (%L) TO (%L)',
                              part, parent, lo, hi);
  END IF;
  RETURN TRUE;
END;
$$;
REVOKE ALL ON FUNCTION create_range_partition(TEXT, TEXT, TEXT, TEXT, TEXT) FROM PUBLIC;

-- Creates every missing partition covering [from_date, to_date]; returns how many it created.
-- Administrators only (demo data and imports call it for their own time range).
CREATE FUNCTION ensure_partitions(from_date DATE, to_date DATE) RETURNS INTEGER
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  month_start DATE := pg_catalog.date_trunc('month', from_date)::DATE;
  quarter_start DATE := pg_catalog.date_trunc('quarter', from_date)::DATE;
  created INTEGER := 0;
  suffix TEXT;
BEGIN
  IF from_date IS NULL OR to_date IS NULL OR to_date < from_date THEN
    RAISE EXCEPTION 'ensure_partitions: invalid range % .. %', from_date, to_date;
  END IF;
  IF to_date - from_date > 366 * 50 THEN
    RAISE EXCEPTION 'ensure_partitions: range of more than 50 years refused';
  END IF;
  -- two app starts at once must not race to create the same partition
  PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('all-access-artist:partitions'));
  WHILE month_start <= to_date LOOP
    suffix := pg_catalog.to_char(month_start, '"y"YYYY"m"MM');
    IF public.create_range_partition('audit_log', 'changed_at', 'audit_log_' || suffix,
         month_start::TEXT || ' 00:00:00+00', (month_start + INTERVAL '1 month')::DATE::TEXT || ' 00:00:00+00') THEN
      created := created + 1;
    END IF;
    IF public.create_range_partition('analytics_events', 'occurred_at', 'analytics_events_' || suffix,
         month_start::TEXT || ' 00:00:00+00', (month_start + INTERVAL '1 month')::DATE::TEXT || ' 00:00:00+00') THEN
      created := created + 1;
    END IF;
    month_start := (month_start + INTERVAL '1 month')::DATE;
  END LOOP;
  WHILE quarter_start <= to_date LOOP
    suffix := pg_catalog.to_char(quarter_start, '"y"YYYY"q"Q');
    IF public.create_range_partition('revenue_streams', 'period_start', 'revenue_streams_' || suffix,
         quarter_start::TEXT, (quarter_start + INTERVAL '3 months')::DATE::TEXT) THEN
      created := created + 1;
    END IF;
    quarter_start := (quarter_start + INTERVAL '3 months')::DATE;
  END LOOP;
  RETURN created;
END;
$$;
REVOKE ALL ON FUNCTION ensure_partitions(DATE, DATE) FROM PUBLIC;

-- Called by the app at every start, by anyone signed in: keeps partitions from the current
-- month to twelve months ahead. Its window is fixed, so callers cannot create arbitrary tables.
CREATE FUNCTION ensure_partitions_ahead() RETURNS INTEGER
  LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$
  SELECT public.ensure_partitions(pg_catalog.date_trunc('month', pg_catalog.now() AT TIME ZONE 'UTC')::DATE,
                                  (pg_catalog.now() AT TIME ZONE 'UTC' + INTERVAL '12 months')::DATE)
$$;

-- History since 2024 (the demo catalogue's first year) and the year ahead.
SELECT ensure_partitions(DATE '2024-01-01', (NOW() AT TIME ZONE 'UTC' + INTERVAL '12 months')::DATE);

-- ---------------------------------------------------------------------------------------------
-- GDPR (seed section "GDPR Compliance Features"): export and anonymize one person's data.
-- Callers: the person themselves or an administrator.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION export_user_data(user_uuid UUID) RETURNS JSONB
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
                                    FROM public.user_artist_permissions a WHERE a.user_id = user_uuid))
    INTO result;
  RETURN result;
END;
$$;

CREATE FUNCTION anonymize_user_data(user_uuid UUID) RETURNS BOOLEAN
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  login_role TEXT;
BEGIN
  IF user_uuid IS DISTINCT FROM public.app_uid() AND NOT public.app_is_admin() THEN
    RAISE EXCEPTION 'anonymize_user_data: only the person or an administrator may anonymize this data'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  UPDATE public.user_profiles SET
    first_name = 'Anonymous',
    last_name = 'User',
    display_name = 'Anonymous User',
    bio = NULL,
    profile_image_url = NULL,
    billing_address = '{}',
    payment_method_last4 = NULL
  WHERE user_id = user_uuid;
  UPDATE public.users SET
    email = 'anonymized-' || user_uuid::TEXT || '@anonymized.invalid',
    phone = NULL,
    email_verified = FALSE,
    phone_verified = FALSE,
    is_active = FALSE
  WHERE id = user_uuid;
  DELETE FROM public.user_credentials WHERE user_id = user_uuid;
  -- the person's PostgreSQL login role can no longer sign in
  SELECT u.db_role INTO login_role FROM public.users u WHERE u.id = user_uuid;
  IF login_role IS NOT NULL THEN
    EXECUTE pg_catalog.format('ALTER ROLE %I NOLOGIN', login_role);
  END IF;
  RETURN EXISTS (SELECT 1 FROM public.users WHERE id = user_uuid);
END;
$$;

-- ---------------------------------------------------------------------------------------------
-- Whoever creates an organization (or an independent artist) becomes its owner, with every flag.
-- Done by the database so that the first grant never depends on a grant that does not exist yet.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION grant_creator_organization_owner() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
  INSERT INTO public.user_organization_roles
    (user_id, organization_id, role, can_manage_artists, can_manage_releases, can_manage_finances,
     can_manage_users, granted_by)
  VALUES (NEW.created_by, NEW.id, 'owner', TRUE, TRUE, TRUE, TRUE, NEW.created_by);
  RETURN NEW;
END;
$$;
CREATE TRIGGER organizations_grant_creator_owner AFTER INSERT ON organizations
  FOR EACH ROW EXECUTE FUNCTION grant_creator_organization_owner();

-- An artist inside an organization is reached through the organization's roles; a direct owner
-- grant there would outlive the creator's membership, so only independent artists get one.
CREATE FUNCTION grant_creator_artist_owner() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
  IF NEW.organization_id IS NOT NULL THEN
    RETURN NEW;
  END IF;
  INSERT INTO public.user_artist_permissions
    (user_id, artist_id, role, can_edit_profile, can_manage_releases, can_manage_songs,
     can_manage_finances, can_manage_social, can_view_analytics, can_invite_collaborators, granted_by)
  VALUES (NEW.created_by, NEW.id, 'owner', TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, NEW.created_by);
  RETURN NEW;
END;
$$;
CREATE TRIGGER artists_grant_creator_owner AFTER INSERT ON artists
  FOR EACH ROW EXECUTE FUNCTION grant_creator_artist_owner();
