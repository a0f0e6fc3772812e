-- A split sheet is agreed only at exactly 100 %: a version recorded as agreed must total 100.00.
-- The services check it first (SplitSheetDraft.checkAgreeable); the database refuses any other
-- writer too.
ALTER TABLE split_sheet_versions
  ADD CONSTRAINT split_sheet_versions_agreed_total_check CHECK (status <> 'agreed' OR total = 100);
