package com.allaccessartist.domain.org;

import com.allaccessartist.domain.DbEnum;
import com.allaccessartist.domain.DbEnumConverter;

/** A person's role in an organization (seed: user_organization_roles.role). */
public enum OrganizationRole implements DbEnum {
    OWNER, ADMIN, MANAGER, EDITOR, VIEWER;

    @Override
    public String dbValue() {
        return DbEnum.lowerName(this);
    }

    /** Stores the constant as its lowercase name. */
    @jakarta.persistence.Converter
    public static final class Converter extends DbEnumConverter<OrganizationRole> {
        public Converter() {
            super(OrganizationRole.class);
        }
    }
}
