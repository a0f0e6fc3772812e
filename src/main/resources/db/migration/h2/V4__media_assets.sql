-- Catalogue additions, H2 form (PostgreSQL: db/migration/postgresql/V4__media_assets.sql).
-- Additions to the seed, listed in README.md (Data model). H2 has no Row Level Security and no
-- SECURITY DEFINER functions: the services check the same rules there themselves.

-- addition: images people pick from disk, stored in the catalogue ("media:<id>" in URL columns);
-- the same image (by SHA-256) is stored once.
CREATE TABLE media_assets (
  id UUID DEFAULT RANDOM_UUID(),
  sha256 VARCHAR(64) NOT NULL,
  content_type VARCHAR(50) NOT NULL,
  size_bytes INTEGER NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  bytes BINARY LARGE OBJECT NOT NULL,
  created_by UUID NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT media_assets_pkey PRIMARY KEY (id),
  CONSTRAINT media_assets_sha256_key UNIQUE (sha256),
  CONSTRAINT media_assets_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT media_assets_sha256_check CHECK (REGEXP_LIKE(sha256, '^[0-9a-f]{64}$')),
  CONSTRAINT media_assets_content_type_check
    CHECK (content_type IN ('image/jpeg', 'image/png', 'image/gif', 'image/bmp')),
  CONSTRAINT media_assets_size_bytes_check
    CHECK (size_bytes BETWEEN 1 AND 20971520 AND size_bytes = OCTET_LENGTH(bytes)),
  CONSTRAINT media_assets_dimensions_check CHECK (width > 0 AND height > 0)
);
CREATE INDEX idx_media_assets_created_by ON media_assets (created_by);

