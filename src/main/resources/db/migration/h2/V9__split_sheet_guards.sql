-- Split sheet history guards exist on PostgreSQL only (db/migration/postgresql/V9__split_sheet_guards.sql):
-- triggers holding people's own writes to split_sheets, split_sheet_versions and split_lines to
-- how the split sheet service makes them. An H2 file has no login roles and is written through
-- the application's services only (service.splits.SplitSheetService), which keep the same rules.
-- This migration keeps the version numbers of both vendors aligned and changes nothing.
VALUES 1;
