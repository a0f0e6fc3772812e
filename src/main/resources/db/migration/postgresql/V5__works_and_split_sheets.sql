-- Works and split sheets, PostgreSQL form (H2: db/migration/h2/V5__works_and_split_sheets.sql).
-- Additions to the seed, listed in README.md (Data model).

-- ---------------------------------------------------------------------------------------------
-- addition: musical works (compositions), kept apart from their recordings (songs). A work has
-- its own title, its ISWC and its writers and publishers (on its publishing split sheet); songs
-- record a work through songs.work_id. artist_id is the catalogue that keeps the work: it scopes
-- who may see and change it.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE works (
  id UUID DEFAULT gen_random_uuid(),
  artist_id UUID NOT NULL,
  title VARCHAR(300) NOT NULL,
  iswc VARCHAR(11),                                      -- normal form: T, 9 digits, check digit
  created_by UUID,
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT works_pkey PRIMARY KEY (id),
  CONSTRAINT works_artist_id_fkey FOREIGN KEY (artist_id) REFERENCES artists (id) ON DELETE CASCADE,
  CONSTRAINT works_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
  CONSTRAINT works_iswc_key UNIQUE (iswc),
  CONSTRAINT works_title_check CHECK (TRIM(title) <> ''),
  CONSTRAINT works_iswc_check CHECK (iswc ~ '^T[0-9]{10}$')
);
CREATE INDEX idx_works_artist_title ON works (artist_id, title);
CREATE TRIGGER works_set_updated_at BEFORE UPDATE ON works
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- The work a recording is of; deleting the work keeps the recording.
ALTER TABLE songs ADD COLUMN work_id UUID;
ALTER TABLE songs ADD CONSTRAINT songs_work_id_fkey FOREIGN KEY (work_id) REFERENCES works (id) ON DELETE SET NULL;
CREATE INDEX idx_songs_work ON songs (work_id);

-- ---------------------------------------------------------------------------------------------
-- addition: split sheets, who is paid and in which shares. Two pies: the master sheet of a
-- recording (artists, featured artists, producers, label) and the publishing sheet of a work
-- (writers, composers, lyricists, arrangers, publishers); one sheet per song or work, which goes
-- with it. Every change is a new, immutable version with its lines (the parties); the sheet
-- points at its current version and says whether it is agreed. artist_id is the song's or the
-- work's artist: it scopes who may see and change the sheet.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE split_sheets (
  id UUID DEFAULT gen_random_uuid(),
  kind VARCHAR(20) NOT NULL,
  song_id UUID,
  work_id UUID,
  artist_id UUID NOT NULL,
  status VARCHAR(20) NOT NULL DEFAULT 'draft',
  current_version INTEGER NOT NULL DEFAULT 0,
  agreed_at TIMESTAMPTZ,
  agreed_by UUID,
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT split_sheets_pkey PRIMARY KEY (id),
  CONSTRAINT split_sheets_song_id_fkey FOREIGN KEY (song_id) REFERENCES songs (id) ON DELETE CASCADE,
  CONSTRAINT split_sheets_work_id_fkey FOREIGN KEY (work_id) REFERENCES works (id) ON DELETE CASCADE,
  CONSTRAINT split_sheets_artist_id_fkey FOREIGN KEY (artist_id) REFERENCES artists (id) ON DELETE CASCADE,
  CONSTRAINT split_sheets_agreed_by_fkey FOREIGN KEY (agreed_by) REFERENCES users (id) ON DELETE SET NULL,
  CONSTRAINT split_sheets_song_id_key UNIQUE (song_id),
  CONSTRAINT split_sheets_work_id_key UNIQUE (work_id),
  CONSTRAINT split_sheets_kind_check CHECK (kind IN ('master', 'publishing')),
  CONSTRAINT split_sheets_status_check CHECK (status IN ('draft', 'agreed')),
  CONSTRAINT split_sheets_current_version_check CHECK (current_version >= 0),
  -- a master sheet is a song's, a publishing sheet a work's (with kind_check: exactly
  -- (kind = 'master' AND song only) OR (kind = 'publishing' AND work only), written so that an
  -- unknown kind breaks kind_check alone)
  CONSTRAINT split_sheets_subject_check
    CHECK ((kind <> 'master' OR (song_id IS NOT NULL AND work_id IS NULL))
           AND (kind <> 'publishing' OR (work_id IS NOT NULL AND song_id IS NULL))),
  -- agreed exactly when it has an agreement time
  CONSTRAINT split_sheets_agreement_check
    CHECK ((status = 'agreed' AND agreed_at IS NOT NULL) OR (status <> 'agreed' AND agreed_at IS NULL))
);
CREATE INDEX idx_split_sheets_artist ON split_sheets (artist_id);
CREATE TRIGGER split_sheets_set_updated_at BEFORE UPDATE ON split_sheets
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- One version of a sheet, never changed: its number (1, 2, ...), the sheet's status as of this
-- version, the total of its shares and why it was made.
CREATE TABLE split_sheet_versions (
  id UUID DEFAULT gen_random_uuid(),
  sheet_id UUID NOT NULL,
  version_number INTEGER NOT NULL,
  status VARCHAR(20) NOT NULL,
  total DECIMAL(5,2) NOT NULL,
  note VARCHAR(500),
  created_by UUID,
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  CONSTRAINT split_sheet_versions_pkey PRIMARY KEY (id),
  CONSTRAINT split_sheet_versions_sheet_id_fkey FOREIGN KEY (sheet_id) REFERENCES split_sheets (id) ON DELETE CASCADE,
  CONSTRAINT split_sheet_versions_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
  CONSTRAINT split_sheet_versions_sheet_id_version_number_key UNIQUE (sheet_id, version_number),
  CONSTRAINT split_sheet_versions_version_number_check CHECK (version_number >= 1),
  CONSTRAINT split_sheet_versions_status_check CHECK (status IN ('draft', 'agreed')),
  CONSTRAINT split_sheet_versions_total_check CHECK (total BETWEEN 0 AND 100)
);

-- The parties of one version, in order: a person of the catalogue (user_id) or an outside
-- party (user_id null), always with their full legal name, role, IPI and society if known, share.
CREATE TABLE split_lines (
  id UUID DEFAULT gen_random_uuid(),
  version_id UUID NOT NULL,
  position INTEGER NOT NULL,
  user_id UUID,
  party_name VARCHAR(200) NOT NULL,
  role VARCHAR(30) NOT NULL,
  ipi VARCHAR(11),
  society VARCHAR(100),
  share DECIMAL(5,2) NOT NULL,
  CONSTRAINT split_lines_pkey PRIMARY KEY (id),
  CONSTRAINT split_lines_version_id_fkey FOREIGN KEY (version_id) REFERENCES split_sheet_versions (id) ON DELETE CASCADE,
  CONSTRAINT split_lines_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL,
  CONSTRAINT split_lines_version_id_position_key UNIQUE (version_id, position),
  CONSTRAINT split_lines_position_check CHECK (position >= 1),
  CONSTRAINT split_lines_party_name_check CHECK (TRIM(party_name) <> ''),
  CONSTRAINT split_lines_role_check CHECK (role IN ('writer', 'composer', 'lyricist', 'arranger', 'publisher',
                                                    'artist', 'featured_artist', 'producer', 'label')),
  CONSTRAINT split_lines_ipi_check CHECK (ipi ~ '^[0-9]{11}$'),
  CONSTRAINT split_lines_share_check CHECK (share > 0 AND share <= 100)
);
CREATE INDEX idx_split_lines_user ON split_lines (user_id);


-- ---------------------------------------------------------------------------------------------
-- Row Level Security.
--   works: read by whoever sees the artist, written with can_manage_songs.
--   split sheets, their versions and lines: read with can_manage_finances on the sheet's artist
--   or by a party to any version of the sheet; written with can_manage_finances. Versions and
--   lines are history: people add them, nobody but the administrator changes or deletes them.
--   A sheet is not deleted by people either: it goes with its song or work.
-- ---------------------------------------------------------------------------------------------

-- The sheets on any version of which the caller is a party. SECURITY DEFINER so that the sheets'
-- policy can ask without reading split_lines under its own policy (which asks about the sheets).
CREATE FUNCTION app_split_sheets_of_party() RETURNS SETOF UUID
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT DISTINCT v.sheet_id FROM public.split_lines l
    JOIN public.split_sheet_versions v ON v.id = l.version_id
   WHERE l.user_id = public.app_uid()
$$;

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['works', 'split_sheets', 'split_sheet_versions', 'split_lines'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I TO CURRENT_USER USING (TRUE) WITH CHECK (TRUE)', t || '_admin_all', t);
  END LOOP;
END;
$$;

-- works
CREATE POLICY works_access_policy ON works FOR SELECT
  USING (artist_id IN (SELECT app_visible_artists()));
-- people record works and history in their own name only
CREATE POLICY works_manage_insert ON works FOR INSERT
  WITH CHECK (artist_id IN (SELECT app_artists_with('manage_songs'))
              AND created_by IS NOT DISTINCT FROM (SELECT app_uid()));
CREATE POLICY works_manage_update ON works FOR UPDATE
  USING (artist_id IN (SELECT app_artists_with('manage_songs')))
  WITH CHECK (artist_id IN (SELECT app_artists_with('manage_songs')));
CREATE POLICY works_manage_delete ON works FOR DELETE
  USING (artist_id IN (SELECT app_artists_with('manage_songs')));

-- split_sheets: the sheet's artist must be its song's or work's artist (the scope is not a
-- label a person picks).
CREATE POLICY split_sheets_select ON split_sheets FOR SELECT
  USING (artist_id IN (SELECT app_artists_with('manage_finances'))
         OR id IN (SELECT app_split_sheets_of_party()));
CREATE POLICY split_sheets_finances_insert ON split_sheets FOR INSERT
  WITH CHECK (artist_id IN (SELECT app_artists_with('manage_finances'))
              AND (song_id IS NULL OR EXISTS (SELECT 1 FROM songs s
                                               WHERE s.id = split_sheets.song_id AND s.artist_id = split_sheets.artist_id))
              AND (work_id IS NULL OR EXISTS (SELECT 1 FROM works w
                                               WHERE w.id = split_sheets.work_id AND w.artist_id = split_sheets.artist_id)));
CREATE POLICY split_sheets_finances_update ON split_sheets FOR UPDATE
  USING (artist_id IN (SELECT app_artists_with('manage_finances')))
  WITH CHECK (artist_id IN (SELECT app_artists_with('manage_finances'))
              AND (song_id IS NULL OR EXISTS (SELECT 1 FROM songs s
                                               WHERE s.id = split_sheets.song_id AND s.artist_id = split_sheets.artist_id))
              AND (work_id IS NULL OR EXISTS (SELECT 1 FROM works w
                                               WHERE w.id = split_sheets.work_id AND w.artist_id = split_sheets.artist_id)));

-- split_sheet_versions and split_lines: visible with their sheet (the sheets' policy decides),
-- added with can_manage_finances on the sheet's artist.
CREATE POLICY split_sheet_versions_select ON split_sheet_versions FOR SELECT
  USING (sheet_id IN (SELECT s.id FROM split_sheets s));
CREATE POLICY split_sheet_versions_finances_insert ON split_sheet_versions FOR INSERT
  WITH CHECK (sheet_id IN (SELECT s.id FROM split_sheets s
                            WHERE s.artist_id IN (SELECT app_artists_with('manage_finances')))
              AND created_by IS NOT DISTINCT FROM (SELECT app_uid()));

CREATE POLICY split_lines_select ON split_lines FOR SELECT
  USING (version_id IN (SELECT v.id FROM split_sheet_versions v));
CREATE POLICY split_lines_finances_insert ON split_lines FOR INSERT
  WITH CHECK (version_id IN (SELECT v.id FROM split_sheet_versions v JOIN split_sheets s ON s.id = v.sheet_id
                              WHERE s.artist_id IN (SELECT app_artists_with('manage_finances'))));

DO $$
DECLARE
  people CONSTANT TEXT := app_people_role();
  p RECORD;
BEGIN
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON works TO %I', people);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE ON split_sheets TO %I', people);
  EXECUTE format('GRANT SELECT, INSERT ON split_sheet_versions, split_lines TO %I', people);
  FOR p IN SELECT policyname, tablename FROM pg_catalog.pg_policies
            WHERE schemaname = 'public' AND policyname NOT LIKE '%\_admin\_all'
              AND tablename IN ('works', 'split_sheets', 'split_sheet_versions', 'split_lines') LOOP
    EXECUTE format('ALTER POLICY %I ON %I TO %I', p.policyname, p.tablename, people);
  END LOOP;
END;
$$;
