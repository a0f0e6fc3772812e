-- Works and split sheets, H2 form (PostgreSQL: db/migration/postgresql/V5__works_and_split_sheets.sql).
-- Additions to the seed, listed in README.md (Data model). H2 has no Row Level Security and no
-- SECURITY DEFINER functions: the services check the same rules there themselves.

-- ---------------------------------------------------------------------------------------------
-- addition: musical works (compositions), kept apart from their recordings (songs). A work has
-- its own title, its ISWC and its writers and publishers (on its publishing split sheet); songs
-- record a work through songs.work_id. artist_id is the catalogue that keeps the work: it scopes
-- who may see and change it.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE works (
  id UUID DEFAULT RANDOM_UUID(),
  artist_id UUID NOT NULL,
  title VARCHAR(300) NOT NULL,
  iswc VARCHAR(11),                                      -- normal form: T, 9 digits, check digit
  created_by UUID,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT works_pkey PRIMARY KEY (id),
  CONSTRAINT works_artist_id_fkey FOREIGN KEY (artist_id) REFERENCES artists (id) ON DELETE CASCADE,
  CONSTRAINT works_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
  CONSTRAINT works_iswc_key UNIQUE (iswc),
  CONSTRAINT works_title_check CHECK (TRIM(title) <> ''),
  CONSTRAINT works_iswc_check CHECK (REGEXP_LIKE(iswc, '^T[0-9]{10}$'))
);
CREATE INDEX idx_works_artist_title ON works (artist_id, title);
CREATE TRIGGER works_set_updated_at BEFORE UPDATE ON works
  FOR EACH ROW CALL 'com.allaccessartist.persistence.h2.SetUpdatedAtTrigger';

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
  id UUID DEFAULT RANDOM_UUID(),
  kind VARCHAR(20) NOT NULL,
  song_id UUID,
  work_id UUID,
  artist_id UUID NOT NULL,
  status VARCHAR(20) NOT NULL DEFAULT 'draft',
  current_version INTEGER NOT NULL DEFAULT 0,
  agreed_at TIMESTAMP WITH TIME ZONE,
  agreed_by UUID,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
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
  FOR EACH ROW CALL 'com.allaccessartist.persistence.h2.SetUpdatedAtTrigger';

-- One version of a sheet, never changed: its number (1, 2, ...), the sheet's status as of this
-- version, the total of its shares and why it was made.
CREATE TABLE split_sheet_versions (
  id UUID DEFAULT RANDOM_UUID(),
  sheet_id UUID NOT NULL,
  version_number INTEGER NOT NULL,
  status VARCHAR(20) NOT NULL,
  total DECIMAL(5,2) NOT NULL,
  note VARCHAR(500),
  created_by UUID,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
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
  id UUID DEFAULT RANDOM_UUID(),
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
  CONSTRAINT split_lines_ipi_check CHECK (REGEXP_LIKE(ipi, '^[0-9]{11}$')),
  CONSTRAINT split_lines_share_check CHECK (share > 0 AND share <= 100)
);
CREATE INDEX idx_split_lines_user ON split_lines (user_id);
