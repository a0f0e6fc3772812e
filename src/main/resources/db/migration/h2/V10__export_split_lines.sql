-- A person's data export includes the split sheet lines naming them. On H2, export_user_data is
-- a Java alias (persistence.h2.H2Functions.exportUserData), which now reads them too; the alias
-- itself is unchanged. This migration keeps the version numbers of both vendors aligned.
VALUES 1;
