package com.allaccessartist.domain.analytics;

import com.allaccessartist.domain.DbEnum;
import com.allaccessartist.domain.DbEnumConverter;

/** What a platform reported (analytics_events.event_type). */
public enum AnalyticsEventType implements DbEnum {
    STREAM, DOWNLOAD, PURCHASE, VIEW, SAVE, SHARE, FOLLOW, SKIP;

    @Override
    public String dbValue() {
        return DbEnum.lowerName(this);
    }

    /** Stores the constant as its lowercase name. */
    @jakarta.persistence.Converter
    public static final class Converter extends DbEnumConverter<AnalyticsEventType> {
        public Converter() {
            super(AnalyticsEventType.class);
        }
    }
}
