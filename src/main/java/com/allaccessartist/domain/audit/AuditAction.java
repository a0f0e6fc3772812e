package com.allaccessartist.domain.audit;

import com.allaccessartist.domain.DbEnum;
import com.allaccessartist.domain.DbEnumConverter;

/** The change an audit entry records; stored upper-case as the seed's CHECK has it. */
public enum AuditAction implements DbEnum {
    INSERT, UPDATE, DELETE;

    @Override
    public String dbValue() {
        return name();
    }

    /** Stores the constant as its upper-case name. */
    @jakarta.persistence.Converter
    public static final class Converter extends DbEnumConverter<AuditAction> {
        public Converter() {
            super(AuditAction.class);
        }
    }
}
