package com.allaccessartist.domain.org;

import com.allaccessartist.domain.DbEnum;
import com.allaccessartist.domain.DbEnumConverter;

/** The kind of business an organization is (seed: organizations.type). */
public enum OrganizationType implements DbEnum {
    LABEL, MANAGEMENT, PUBLISHER, DISTRIBUTOR, STUDIO;

    @Override
    public String dbValue() {
        return DbEnum.lowerName(this);
    }

    /** Stores the constant as its lowercase name. */
    @jakarta.persistence.Converter
    public static final class Converter extends DbEnumConverter<OrganizationType> {
        public Converter() {
            super(OrganizationType.class);
        }
    }
}
