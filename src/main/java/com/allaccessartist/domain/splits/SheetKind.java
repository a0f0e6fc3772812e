package com.allaccessartist.domain.splits;

import com.allaccessartist.domain.DbEnum;
import com.allaccessartist.domain.DbEnumConverter;

/**
 * Which pie a split sheet divides (split_sheets.kind): the {@link #MASTER} sheet of a recording
 * (a song) or the {@link #PUBLISHING} sheet of a composition (a work).
 */
public enum SheetKind implements DbEnum {
    MASTER, PUBLISHING;

    @Override
    public String dbValue() {
        return DbEnum.lowerName(this);
    }

    /** Stores the constant as its lowercase name. */
    @jakarta.persistence.Converter
    public static final class Converter extends DbEnumConverter<SheetKind> {
        public Converter() {
            super(SheetKind.class);
        }
    }
}
