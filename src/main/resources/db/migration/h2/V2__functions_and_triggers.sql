-- Functions and triggers, H2 form (PostgreSQL: db/migration/postgresql/V2__functions_and_triggers.sql).
-- H2 has no PL/pgSQL: the functions are Java aliases (persistence.h2.H2Functions) and the
-- triggers Java classes (persistence.h2.*Trigger). Partitions do not exist on H2.

-- updated_at is kept current by the database on every update
CREATE TRIGGER users_set_updated_at BEFORE UPDATE ON users
  FOR EACH ROW CALL 'com.allaccessartist.persistence.h2.SetUpdatedAtTrigger';
CREATE TRIGGER user_profiles_set_updated_at BEFORE UPDATE ON user_profiles
  FOR EACH ROW CALL 'com.allaccessartist.persistence.h2.SetUpdatedAtTrigger';
CREATE TRIGGER organizations_set_updated_at BEFORE UPDATE ON organizations
  FOR EACH ROW CALL 'com.allaccessartist.persistence.h2.SetUpdatedAtTrigger';
CREATE TRIGGER artists_set_updated_at BEFORE UPDATE ON artists
  FOR EACH ROW CALL 'com.allaccessartist.persistence.h2.SetUpdatedAtTrigger';
CREATE TRIGGER releases_set_updated_at BEFORE UPDATE ON releases
  FOR EACH ROW CALL 'com.allaccessartist.persistence.h2.SetUpdatedAtTrigger';
CREATE TRIGGER songs_set_updated_at BEFORE UPDATE ON songs
  FOR EACH ROW CALL 'com.allaccessartist.persistence.h2.SetUpdatedAtTrigger';

-- GDPR (seed section "GDPR Compliance Features")
CREATE ALIAS export_user_data FOR 'com.allaccessartist.persistence.h2.H2Functions.exportUserData';
CREATE ALIAS anonymize_user_data FOR 'com.allaccessartist.persistence.h2.H2Functions.anonymizeUserData';

-- Whoever creates an organization (or an independent artist) becomes its owner, with every flag.
CREATE TRIGGER organizations_grant_creator_owner AFTER INSERT ON organizations
  FOR EACH ROW CALL 'com.allaccessartist.persistence.h2.GrantCreatorOrganizationOwnerTrigger';
CREATE TRIGGER artists_grant_creator_owner AFTER INSERT ON artists
  FOR EACH ROW CALL 'com.allaccessartist.persistence.h2.GrantCreatorArtistOwnerTrigger';
