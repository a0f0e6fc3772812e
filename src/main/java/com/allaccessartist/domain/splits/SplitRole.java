package com.allaccessartist.domain.splits;

import com.allaccessartist.domain.DbEnum;
import com.allaccessartist.domain.DbEnumConverter;

/**
 * The part a party plays on a split sheet (split_lines.role). Each role belongs to one pie:
 * writers, composers, lyricists, arrangers and publishers share the composition
 * ({@link SheetKind#PUBLISHING}); artists, featured artists, producers and the label share the
 * recording ({@link SheetKind#MASTER}).
 */
public enum SplitRole implements DbEnum {
    WRITER(SheetKind.PUBLISHING),
    COMPOSER(SheetKind.PUBLISHING),
    LYRICIST(SheetKind.PUBLISHING),
    ARRANGER(SheetKind.PUBLISHING),
    PUBLISHER(SheetKind.PUBLISHING),
    ARTIST(SheetKind.MASTER),
    FEATURED_ARTIST(SheetKind.MASTER),
    PRODUCER(SheetKind.MASTER),
    LABEL(SheetKind.MASTER);

    private final SheetKind sheetKind;

    SplitRole(SheetKind sheetKind) {
        this.sheetKind = sheetKind;
    }

    /** The kind of sheet a party in this role appears on. */
    public SheetKind sheetKind() {
        return sheetKind;
    }

    /** Whether a party in this role may appear on a sheet of {@code kind}. */
    public boolean belongsTo(SheetKind kind) {
        return sheetKind == kind;
    }

    @Override
    public String dbValue() {
        return DbEnum.lowerName(this);
    }

    /** Stores the constant as its lowercase name ({@code featured_artist}). */
    @jakarta.persistence.Converter
    public static final class Converter extends DbEnumConverter<SplitRole> {
        public Converter() {
            super(SplitRole.class);
        }
    }
}
