package com.allaccessartist.domain.splits;

import com.allaccessartist.domain.DbEnum;
import com.allaccessartist.domain.DbEnumConverter;

/**
 * Whether the parties of a split sheet have agreed it (split_sheets.status, and
 * split_sheet_versions.status as of each version). An agreed sheet has an agreement time.
 */
public enum SheetStatus implements DbEnum {
    DRAFT, AGREED;

    @Override
    public String dbValue() {
        return DbEnum.lowerName(this);
    }

    /** Stores the constant as its lowercase name. */
    @jakarta.persistence.Converter
    public static final class Converter extends DbEnumConverter<SheetStatus> {
        public Converter() {
            super(SheetStatus.class);
        }
    }
}
