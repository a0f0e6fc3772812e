package com.allaccessartist.domain.analytics;

import com.allaccessartist.domain.DbEnum;
import com.allaccessartist.domain.DbEnumConverter;

/** The kind of income a revenue line records (revenue_streams.revenue_type). */
public enum RevenueType implements DbEnum {
    STREAMING, DOWNLOAD, PHYSICAL, SYNC, PERFORMANCE, MECHANICAL, NEIGHBOURING, OTHER;

    @Override
    public String dbValue() {
        return DbEnum.lowerName(this);
    }

    /** Stores the constant as its lowercase name. */
    @jakarta.persistence.Converter
    public static final class Converter extends DbEnumConverter<RevenueType> {
        public Converter() {
            super(RevenueType.class);
        }
    }
}
