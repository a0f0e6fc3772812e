-- All Access Artist v3.0 core schema, H2 form (MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE).
-- Mirrors db/migration/postgresql/V1__core_schema.sql: same tables, columns, nullability and
-- constraint names (SchemaParityTest compares both live schemas).
-- Every constraint is named so that errors name the rule (see persistence.ConstraintMessages).
-- Additions to the seed are marked "addition" and listed in README.md (Data model).

-- ---------------------------------------------------------------------------------------------
-- Identity
-- ---------------------------------------------------------------------------------------------
CREATE TABLE users (
  id UUID DEFAULT RANDOM_UUID(),
  email VARCHAR(255) NOT NULL,
  email_verified BOOLEAN DEFAULT FALSE,
  phone VARCHAR(20),
  phone_verified BOOLEAN DEFAULT FALSE,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
  last_login_at TIMESTAMP WITH TIME ZONE,
  is_active BOOLEAN DEFAULT TRUE,
  db_role VARCHAR(63),                                   -- addition: the person's PostgreSQL login role
  version BIGINT NOT NULL DEFAULT 0,                     -- addition: optimistic locking
  CONSTRAINT users_pkey PRIMARY KEY (id),
  CONSTRAINT users_email_key UNIQUE (email),
  CONSTRAINT users_db_role_key UNIQUE (db_role),
  CONSTRAINT users_email_lowercase_check CHECK (email = LOWER(email)),          -- addition
  CONSTRAINT users_email_format_check CHECK (email LIKE '_%@_%')                -- addition
);
CREATE INDEX idx_users_email ON users (email);
CREATE INDEX idx_users_active ON users (is_active, created_at);

-- The referral code default: a Java function (persistence.h2.H2Functions), unique, retried on
-- collision like the PL/pgSQL one on PostgreSQL.
CREATE ALIAS generate_referral_code FOR 'com.allaccessartist.persistence.h2.H2Functions.generateReferralCode';

CREATE TABLE user_profiles (
  user_id UUID NOT NULL,
  first_name VARCHAR(100),
  last_name VARCHAR(100),
  display_name VARCHAR(100),
  bio TEXT,
  profile_image_url VARCHAR(500),
  timezone VARCHAR(50) DEFAULT 'UTC',
  language VARCHAR(10) DEFAULT 'en',
  billing_address JSON DEFAULT JSON '{}',
  payment_method_last4 VARCHAR(4),
  subscription_status VARCHAR(20) DEFAULT 'free',
  subscription_expires_at TIMESTAMP WITH TIME ZONE,
  referral_code VARCHAR(10) NOT NULL DEFAULT generate_referral_code(),
  referred_by UUID,
  referral_credits INTEGER DEFAULT 0,
  email_notifications BOOLEAN DEFAULT TRUE,
  push_notifications BOOLEAN DEFAULT TRUE,
  marketing_emails BOOLEAN DEFAULT FALSE,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
  version BIGINT NOT NULL DEFAULT 0,                     -- addition
  CONSTRAINT user_profiles_pkey PRIMARY KEY (user_id),
  CONSTRAINT user_profiles_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT user_profiles_referred_by_fkey FOREIGN KEY (referred_by) REFERENCES users (id),
  CONSTRAINT user_profiles_referral_code_key UNIQUE (referral_code),
  CONSTRAINT user_profiles_referral_credits_check CHECK (referral_credits >= 0)
);
CREATE INDEX idx_user_profiles_referral_code ON user_profiles (referral_code);
CREATE INDEX idx_user_profiles_referred_by ON user_profiles (referred_by);

-- addition: local (H2) sign-in. On PostgreSQL people sign in with their own login role and
-- this table stays empty; it exists on both vendors so the schemas stay identical.
CREATE TABLE user_credentials (
  user_id UUID NOT NULL,
  password_hash VARCHAR(72) NOT NULL,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until TIMESTAMP WITH TIME ZONE,
  password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT user_credentials_pkey PRIMARY KEY (user_id),
  CONSTRAINT user_credentials_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT user_credentials_failed_attempts_check CHECK (failed_attempts >= 0),
  CONSTRAINT user_credentials_password_hash_check CHECK (password_hash LIKE '$2%')
);

-- ---------------------------------------------------------------------------------------------
-- Organizations
-- ---------------------------------------------------------------------------------------------
CREATE TABLE organizations (
  id UUID DEFAULT RANDOM_UUID(),
  name VARCHAR(200) NOT NULL,
  type VARCHAR(50) NOT NULL,
  description TEXT,
  website_url VARCHAR(500),
  logo_url VARCHAR(500),
  contact_email VARCHAR(255),
  contact_phone VARCHAR(20),
  address JSON DEFAULT JSON '{}',
  tax_id VARCHAR(50),
  business_registration VARCHAR(100),
  is_active BOOLEAN DEFAULT TRUE,
  is_verified BOOLEAN DEFAULT FALSE,
  created_by UUID NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
  version BIGINT NOT NULL DEFAULT 0,                     -- addition
  CONSTRAINT organizations_pkey PRIMARY KEY (id),
  CONSTRAINT organizations_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT organizations_type_check CHECK (type IN ('label', 'management', 'publisher', 'distributor', 'studio'))
);
CREATE INDEX idx_organizations_type ON organizations (type, is_active);
CREATE INDEX idx_organizations_created_by ON organizations (created_by);

CREATE TABLE user_organization_roles (
  id UUID DEFAULT RANDOM_UUID(),
  user_id UUID NOT NULL,
  organization_id UUID NOT NULL,
  role VARCHAR(50) NOT NULL,
  can_manage_artists BOOLEAN DEFAULT FALSE,
  can_manage_releases BOOLEAN DEFAULT FALSE,
  can_manage_finances BOOLEAN DEFAULT FALSE,
  can_manage_users BOOLEAN DEFAULT FALSE,
  granted_by UUID NOT NULL,
  granted_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
  expires_at TIMESTAMP WITH TIME ZONE,
  is_active BOOLEAN DEFAULT TRUE,
  version BIGINT NOT NULL DEFAULT 0,                     -- addition
  CONSTRAINT user_organization_roles_pkey PRIMARY KEY (id),
  CONSTRAINT user_organization_roles_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT user_organization_roles_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE,
  CONSTRAINT user_organization_roles_granted_by_fkey FOREIGN KEY (granted_by) REFERENCES users (id),
  CONSTRAINT user_organization_roles_user_id_organization_id_key UNIQUE (user_id, organization_id),
  CONSTRAINT user_organization_roles_role_check CHECK (role IN ('owner', 'admin', 'manager', 'editor', 'viewer'))
);
CREATE INDEX idx_user_org_roles_user ON user_organization_roles (user_id, is_active);
CREATE INDEX idx_user_org_roles_org ON user_organization_roles (organization_id, role);

-- ---------------------------------------------------------------------------------------------
-- Artists
-- ---------------------------------------------------------------------------------------------
CREATE TABLE artists (
  id UUID DEFAULT RANDOM_UUID(),
  name VARCHAR(200) NOT NULL,
  slug VARCHAR(200) NOT NULL,
  type VARCHAR(50) DEFAULT 'individual',
  bio TEXT,
  genre VARCHAR(100),
  subgenres CHARACTER VARYING ARRAY,
  location VARCHAR(200),
  formed_date DATE,
  profile_image_url VARCHAR(500),
  banner_image_url VARCHAR(500),
  website_url VARCHAR(500),
  spotify_url VARCHAR(500),
  apple_music_url VARCHAR(500),
  youtube_url VARCHAR(500),
  instagram_url VARCHAR(500),
  tiktok_url VARCHAR(500),
  twitter_url VARCHAR(500),
  organization_id UUID,
  is_public BOOLEAN DEFAULT TRUE,
  is_verified BOOLEAN DEFAULT FALSE,
  is_active BOOLEAN DEFAULT TRUE,
  created_by UUID NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
  version BIGINT NOT NULL DEFAULT 0,                     -- addition
  CONSTRAINT artists_pkey PRIMARY KEY (id),
  CONSTRAINT artists_slug_key UNIQUE (slug),
  CONSTRAINT artists_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
  CONSTRAINT artists_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT artists_type_check CHECK (type IN ('individual', 'band', 'duo', 'collective'))
);
CREATE INDEX idx_artists_slug ON artists (slug);
CREATE INDEX idx_artists_genre ON artists (genre, is_public);
CREATE INDEX idx_artists_organization ON artists (organization_id);
CREATE INDEX idx_artists_created_by ON artists (created_by);

CREATE TABLE user_artist_permissions (
  id UUID DEFAULT RANDOM_UUID(),
  user_id UUID NOT NULL,
  artist_id UUID NOT NULL,
  role VARCHAR(50) NOT NULL,
  can_edit_profile BOOLEAN DEFAULT FALSE,
  can_manage_releases BOOLEAN DEFAULT FALSE,
  can_manage_songs BOOLEAN DEFAULT FALSE,
  can_manage_finances BOOLEAN DEFAULT FALSE,
  can_manage_social BOOLEAN DEFAULT FALSE,
  can_view_analytics BOOLEAN DEFAULT FALSE,
  can_invite_collaborators BOOLEAN DEFAULT FALSE,
  revenue_share_percentage DECIMAL(5,2) DEFAULT 0.00,
  granted_by UUID NOT NULL,
  granted_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
  expires_at TIMESTAMP WITH TIME ZONE,
  is_active BOOLEAN DEFAULT TRUE,
  version BIGINT NOT NULL DEFAULT 0,                     -- addition
  CONSTRAINT user_artist_permissions_pkey PRIMARY KEY (id),
  CONSTRAINT user_artist_permissions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT user_artist_permissions_artist_id_fkey FOREIGN KEY (artist_id) REFERENCES artists (id) ON DELETE CASCADE,
  CONSTRAINT user_artist_permissions_granted_by_fkey FOREIGN KEY (granted_by) REFERENCES users (id),
  CONSTRAINT user_artist_permissions_user_id_artist_id_key UNIQUE (user_id, artist_id),
  CONSTRAINT user_artist_permissions_role_check CHECK (role IN ('owner', 'admin', 'manager', 'collaborator', 'viewer')),
  CONSTRAINT user_artist_permissions_revenue_share_percentage_check
    CHECK (revenue_share_percentage >= 0 AND revenue_share_percentage <= 100)
);
CREATE INDEX idx_user_artist_perms_user ON user_artist_permissions (user_id, is_active);
CREATE INDEX idx_user_artist_perms_artist ON user_artist_permissions (artist_id, role);

-- ---------------------------------------------------------------------------------------------
-- Releases and songs
-- ---------------------------------------------------------------------------------------------
CREATE TABLE releases (
  id UUID DEFAULT RANDOM_UUID(),
  artist_id UUID NOT NULL,
  title VARCHAR(300) NOT NULL,
  slug VARCHAR(300) NOT NULL,
  type VARCHAR(50) NOT NULL,
  status VARCHAR(50) DEFAULT 'draft',
  description TEXT,
  genre VARCHAR(100),
  subgenres CHARACTER VARYING ARRAY,
  language VARCHAR(10) DEFAULT 'en',
  explicit_content BOOLEAN DEFAULT FALSE,
  release_date DATE,
  original_release_date DATE,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
  cover_art_url VARCHAR(500),
  cover_art_high_res_url VARCHAR(500),
  upc_code VARCHAR(20),
  catalog_number VARCHAR(50),
  label_name VARCHAR(200),
  distributor VARCHAR(200),
  streaming_links JSON DEFAULT JSON '{}',
  purchase_links JSON DEFAULT JSON '{}',
  total_streams BIGINT DEFAULT 0,
  total_downloads BIGINT DEFAULT 0,
  peak_chart_position INTEGER,
  copyright_year INTEGER,
  copyright_holder VARCHAR(200),
  producer_credits CHARACTER VARYING ARRAY,
  is_public BOOLEAN DEFAULT TRUE,
  allow_streaming BOOLEAN DEFAULT TRUE,
  allow_download BOOLEAN DEFAULT FALSE,
  version BIGINT NOT NULL DEFAULT 0,                     -- addition
  CONSTRAINT releases_pkey PRIMARY KEY (id),
  CONSTRAINT releases_artist_id_fkey FOREIGN KEY (artist_id) REFERENCES artists (id) ON DELETE CASCADE,
  CONSTRAINT releases_upc_code_key UNIQUE (upc_code),
  CONSTRAINT releases_artist_id_slug_key UNIQUE (artist_id, slug),
  CONSTRAINT releases_type_check CHECK (type IN ('single', 'ep', 'album', 'mixtape', 'compilation', 'live')),
  CONSTRAINT releases_status_check CHECK (status IN ('draft', 'in_progress', 'mastered', 'scheduled', 'released', 'archived')),
  CONSTRAINT releases_peak_chart_position_check CHECK (peak_chart_position > 0),                          -- addition
  CONSTRAINT releases_copyright_year_check CHECK (copyright_year BETWEEN 1877 AND 2999),                 -- addition
  CONSTRAINT releases_totals_check CHECK (total_streams >= 0 AND total_downloads >= 0)                   -- addition
);
CREATE INDEX idx_releases_artist ON releases (artist_id, status);
CREATE INDEX idx_releases_date ON releases (release_date DESC, is_public);
CREATE INDEX idx_releases_genre ON releases (genre, is_public);
CREATE INDEX idx_releases_status ON releases (status, release_date);
CREATE INDEX idx_releases_upc ON releases (upc_code);

CREATE TABLE songs (
  id UUID DEFAULT RANDOM_UUID(),
  release_id UUID NOT NULL,
  artist_id UUID NOT NULL,
  title VARCHAR(300) NOT NULL,
  track_number INTEGER NOT NULL,
  disc_number INTEGER DEFAULT 1,
  duration_seconds INTEGER,
  tempo_bpm INTEGER,
  key_signature VARCHAR(10),
  time_signature VARCHAR(10) DEFAULT '4/4',
  explicit_content BOOLEAN DEFAULT FALSE,
  instrumental BOOLEAN DEFAULT FALSE,
  language VARCHAR(10) DEFAULT 'en',
  isrc_code VARCHAR(20),
  writers CHARACTER VARYING ARRAY DEFAULT ARRAY[],
  producers CHARACTER VARYING ARRAY DEFAULT ARRAY[],
  featured_artists CHARACTER VARYING ARRAY DEFAULT ARRAY[],
  audio_file_url VARCHAR(500),
  preview_url VARCHAR(500),
  waveform_data JSON,
  play_count BIGINT DEFAULT 0,
  skip_rate DECIMAL(5,2) DEFAULT 0.00,
  completion_rate DECIMAL(5,2) DEFAULT 0.00,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
  version BIGINT NOT NULL DEFAULT 0,                     -- addition
  CONSTRAINT songs_pkey PRIMARY KEY (id),
  CONSTRAINT songs_release_id_fkey FOREIGN KEY (release_id) REFERENCES releases (id) ON DELETE CASCADE,
  CONSTRAINT songs_artist_id_fkey FOREIGN KEY (artist_id) REFERENCES artists (id) ON DELETE CASCADE,
  CONSTRAINT songs_isrc_code_key UNIQUE (isrc_code),
  CONSTRAINT songs_release_id_track_number_disc_number_key UNIQUE (release_id, track_number, disc_number),
  CONSTRAINT songs_duration_seconds_check CHECK (duration_seconds > 0),
  CONSTRAINT songs_tempo_bpm_check CHECK (tempo_bpm > 0 AND tempo_bpm < 300),
  CONSTRAINT songs_track_number_check CHECK (track_number > 0),                                           -- addition
  CONSTRAINT songs_disc_number_check CHECK (disc_number > 0),                                             -- addition
  CONSTRAINT songs_rates_check CHECK (skip_rate BETWEEN 0 AND 100 AND completion_rate BETWEEN 0 AND 100)  -- addition
);
CREATE INDEX idx_songs_release ON songs (release_id, track_number);
CREATE INDEX idx_songs_artist ON songs (artist_id);
CREATE INDEX idx_songs_isrc ON songs (isrc_code);
CREATE INDEX idx_songs_duration ON songs (duration_seconds);

-- ---------------------------------------------------------------------------------------------
-- Audit, analytics and revenue. Range-partitioned on PostgreSQL (H2 has no partitions); the
-- primary key is (id, <time column>) on both vendors because PostgreSQL needs the partition
-- key in it.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE audit_log (
  id UUID NOT NULL DEFAULT RANDOM_UUID(),
  table_name VARCHAR(100) NOT NULL,
  record_id UUID NOT NULL,
  action VARCHAR(20) NOT NULL,
  old_values JSON,
  new_values JSON,
  changed_by UUID NOT NULL,
  changed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  ip_address VARBINARY(16),                             -- H2 has no INET: the address bytes (IPv4 or IPv6)
  user_agent TEXT,
  CONSTRAINT audit_log_pkey PRIMARY KEY (id, changed_at),
  CONSTRAINT audit_log_changed_by_fkey FOREIGN KEY (changed_by) REFERENCES users (id),
  CONSTRAINT audit_log_action_check CHECK (action IN ('INSERT', 'UPDATE', 'DELETE'))
);
CREATE INDEX idx_audit_log_table_record ON audit_log (table_name, record_id);
CREATE INDEX idx_audit_log_user_date ON audit_log (changed_by, changed_at DESC);

-- Store and platform events reported for the catalogue (streams, downloads, saves...).
CREATE TABLE analytics_events (
  id UUID NOT NULL DEFAULT RANDOM_UUID(),
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  event_type VARCHAR(30) NOT NULL,
  artist_id UUID NOT NULL,
  release_id UUID,
  song_id UUID,
  platform VARCHAR(50) NOT NULL,
  territory VARCHAR(2),
  quantity BIGINT NOT NULL DEFAULT 1,
  properties JSON DEFAULT JSON '{}',
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT analytics_events_pkey PRIMARY KEY (id, occurred_at),
  CONSTRAINT analytics_events_artist_id_fkey FOREIGN KEY (artist_id) REFERENCES artists (id) ON DELETE CASCADE,
  CONSTRAINT analytics_events_release_id_fkey FOREIGN KEY (release_id) REFERENCES releases (id) ON DELETE CASCADE,
  CONSTRAINT analytics_events_song_id_fkey FOREIGN KEY (song_id) REFERENCES songs (id) ON DELETE CASCADE,
  CONSTRAINT analytics_events_event_type_check
    CHECK (event_type IN ('stream', 'download', 'purchase', 'view', 'save', 'share', 'follow', 'skip')),
  CONSTRAINT analytics_events_territory_check CHECK (REGEXP_LIKE(territory, '^[A-Z]{2}$')),
  CONSTRAINT analytics_events_quantity_check CHECK (quantity > 0)
);
CREATE INDEX idx_analytics_events_artist_time ON analytics_events (artist_id, occurred_at DESC);
CREATE INDEX idx_analytics_events_release_time ON analytics_events (release_id, occurred_at DESC);
CREATE INDEX idx_analytics_events_song_time ON analytics_events (song_id, occurred_at DESC);
CREATE INDEX idx_analytics_events_type_time ON analytics_events (event_type, occurred_at DESC);

-- Income lines as distributors and societies report them: exact decimal amount with its
-- currency on every line (lines are never rounded; totals are), per source, territory, period.
CREATE TABLE revenue_streams (
  id UUID NOT NULL DEFAULT RANDOM_UUID(),
  period_start DATE NOT NULL,
  period_end DATE NOT NULL,
  artist_id UUID NOT NULL,
  release_id UUID,
  song_id UUID,
  source VARCHAR(100) NOT NULL,
  revenue_type VARCHAR(30) NOT NULL,
  territory VARCHAR(2),
  format VARCHAR(30),
  quantity BIGINT NOT NULL DEFAULT 0,
  amount DECIMAL(18,6) NOT NULL,
  currency VARCHAR(3) NOT NULL,
  statement_reference VARCHAR(100),
  reported_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT revenue_streams_pkey PRIMARY KEY (id, period_start),
  -- money is never lost with a catalogue edit: an artist with income cannot be deleted (archive
  -- it instead); deleting a release or song keeps its lines on the artist
  CONSTRAINT revenue_streams_artist_id_fkey FOREIGN KEY (artist_id) REFERENCES artists (id),
  CONSTRAINT revenue_streams_release_id_fkey FOREIGN KEY (release_id) REFERENCES releases (id) ON DELETE SET NULL,
  CONSTRAINT revenue_streams_song_id_fkey FOREIGN KEY (song_id) REFERENCES songs (id) ON DELETE SET NULL,
  CONSTRAINT revenue_streams_revenue_type_check
    CHECK (revenue_type IN ('streaming', 'download', 'physical', 'sync', 'performance', 'mechanical', 'neighbouring', 'other')),
  CONSTRAINT revenue_streams_period_check CHECK (period_end >= period_start),
  CONSTRAINT revenue_streams_territory_check CHECK (REGEXP_LIKE(territory, '^[A-Z]{2}$')),
  CONSTRAINT revenue_streams_currency_check CHECK (REGEXP_LIKE(currency, '^[A-Z]{3}$'))
);
CREATE INDEX idx_revenue_streams_artist_period ON revenue_streams (artist_id, period_start DESC);
CREATE INDEX idx_revenue_streams_release_period ON revenue_streams (release_id, period_start DESC);
CREATE INDEX idx_revenue_streams_song_period ON revenue_streams (song_id, period_start DESC);
CREATE INDEX idx_revenue_streams_source_period ON revenue_streams (source, period_start DESC);

-- ---------------------------------------------------------------------------------------------
-- Performance section of the seed: composite and partial indexes. H2 has no partial indexes:
-- the same columns, indexed whole.
-- ---------------------------------------------------------------------------------------------
CREATE INDEX idx_users_email_active ON users (email, is_active);
CREATE INDEX idx_user_profiles_referral ON user_profiles (referral_code);
CREATE INDEX idx_artists_genre_public ON artists (genre, is_public, created_at DESC);
CREATE INDEX idx_artists_location_genre ON artists (location, genre);
CREATE INDEX idx_releases_artist_date ON releases (artist_id, release_date DESC, status);
CREATE INDEX idx_releases_genre_date ON releases (genre, release_date DESC);
CREATE INDEX idx_releases_status_date ON releases (status, release_date);
CREATE INDEX idx_songs_release_track ON songs (release_id, track_number, disc_number);
CREATE INDEX idx_songs_artist_duration ON songs (artist_id, duration_seconds);
