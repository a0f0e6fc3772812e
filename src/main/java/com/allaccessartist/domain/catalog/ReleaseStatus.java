package com.allaccessartist.domain.catalog;

import com.allaccessartist.domain.DbEnum;
import com.allaccessartist.domain.DbEnumConverter;

/** Where a release stands in its workflow (seed: releases.status). */
public enum ReleaseStatus implements DbEnum {
    DRAFT, IN_PROGRESS, MASTERED, SCHEDULED, RELEASED, ARCHIVED;

    @Override
    public String dbValue() {
        return DbEnum.lowerName(this);
    }

    /** Stores the constant as its lowercase name. */
    @jakarta.persistence.Converter
    public static final class Converter extends DbEnumConverter<ReleaseStatus> {
        public Converter() {
            super(ReleaseStatus.class);
        }
    }
}
