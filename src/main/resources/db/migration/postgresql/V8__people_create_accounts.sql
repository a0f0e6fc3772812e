-- V8: a person who may manage people creates another person's account and login role, without
-- holding CREATEROLE themselves (DESIGN.md §4).
--
-- app_create_person runs as the schema owner (SECURITY DEFINER, fixed search_path). It checks
-- the caller first: an active person holding can_manage_users in an organization or the right to
-- invite collaborators to an artist, both in force (or an administrator). It then writes the
-- users and user_profiles rows, creates the login role named as LoginRoles.nameFor does
-- (aaa_<email local part>_<first 8 hex digits of users.id>, lower case, at most 63 characters),
-- makes it a member of the database's people group and records it in users.db_role.
--
-- The password arrives as a SCRAM-SHA-256 verifier computed by the client, never as the password
-- itself, so neither SQL text nor server logs hold it. The schema owner needs CREATEROLE (it
-- already needs it for the people group and the CLI's `user create`).

CREATE FUNCTION app_login_role_name(email TEXT, user_id UUID) RETURNS TEXT
  LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
  SELECT pg_catalog.left(p.prefix, 63 - 9) || '_' || pg_catalog.left($2::TEXT, 8)
    FROM (SELECT 'aaa_' || pg_catalog.regexp_replace(pg_catalog.regexp_replace(
                   pg_catalog.lower(pg_catalog.split_part($1, '@', 1)), '[^a-z0-9]+', '_', 'g'),
                 '^_+|_+$', '', 'g') AS prefix) p
$$;

CREATE FUNCTION app_create_person(email TEXT, display_name TEXT, password_verifier TEXT)
  RETURNS TABLE (user_id UUID, login_role TEXT)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
  address CONSTANT TEXT := pg_catalog.lower(pg_catalog.btrim(email));
  name CONSTANT TEXT := pg_catalog.btrim(display_name);
  new_id CONSTANT UUID := pg_catalog.gen_random_uuid();
  role_name TEXT;
  space INTEGER;
BEGIN
  IF NOT (public.app_is_admin()
          OR (public.app_uid() IS NOT NULL
              AND (EXISTS (SELECT 1 FROM public.app_organizations_with('manage_users'))
                   OR EXISTS (SELECT 1 FROM public.app_artists_with('invite_collaborators'))))) THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'people.createAccount.permission';
  END IF;
  IF address IS NULL OR address !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' OR pg_catalog.length(address) > 255 THEN
    RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'people.createAccount.email';
  END IF;
  IF name IS NULL OR name = '' OR pg_catalog.length(name) > 100 THEN
    RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'people.createAccount.displayName';
  END IF;
  IF password_verifier IS NULL
     OR password_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*$' THEN
    RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'people.createAccount.verifier';
  END IF;
  IF EXISTS (SELECT 1 FROM public.users u WHERE u.email = address) THEN
    RAISE EXCEPTION USING ERRCODE = '23505', MESSAGE = 'people.createAccount.emailTaken', DETAIL = address;
  END IF;

  role_name := public.app_login_role_name(address, new_id);
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = role_name) THEN
    RAISE EXCEPTION USING ERRCODE = '23505', MESSAGE = 'people.createAccount.roleTaken', DETAIL = role_name;
  END IF;

  INSERT INTO public.users (id, email, db_role) VALUES (new_id, address, role_name);
  space := pg_catalog.strpos(name, ' ');
  INSERT INTO public.user_profiles (user_id, display_name, first_name, last_name)
  VALUES (new_id, name,
          pg_catalog.left(CASE WHEN space > 1 THEN pg_catalog.left(name, space - 1) ELSE name END, 100),
          CASE WHEN space > 1 THEN pg_catalog.left(pg_catalog.substr(name, space + 1), 100) END);

  EXECUTE pg_catalog.format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
                            role_name, password_verifier);
  EXECUTE pg_catalog.format('GRANT %I TO %I', public.app_people_role(), role_name);
  RETURN QUERY SELECT new_id, role_name;
END;
$$;

DO $$
DECLARE
  people CONSTANT TEXT := app_people_role();
BEGIN
  EXECUTE 'REVOKE ALL ON FUNCTION app_create_person(TEXT, TEXT, TEXT) FROM PUBLIC';
  EXECUTE format('GRANT EXECUTE ON FUNCTION app_create_person(TEXT, TEXT, TEXT) TO %I', people);
END;
$$;
