package com.allaccessartist.domain.catalog;

import com.allaccessartist.domain.DbEnum;
import com.allaccessartist.domain.DbEnumConverter;

/** The product type of a release (seed: releases.type). */
public enum ReleaseType implements DbEnum {
    SINGLE, EP, ALBUM, MIXTAPE, COMPILATION, LIVE;

    @Override
    public String dbValue() {
        return DbEnum.lowerName(this);
    }

    /** Stores the constant as its lowercase name. */
    @jakarta.persistence.Converter
    public static final class Converter extends DbEnumConverter<ReleaseType> {
        public Converter() {
            super(ReleaseType.class);
        }
    }
}
