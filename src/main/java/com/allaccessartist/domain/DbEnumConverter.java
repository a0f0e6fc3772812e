package com.allaccessartist.domain;

import jakarta.persistence.AttributeConverter;

/** JPA converter of a {@link DbEnum}; one small subclass per enum (JPA needs a concrete class). */
public abstract class DbEnumConverter<E extends Enum<E> & DbEnum> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected DbEnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E attribute) {
        return attribute == null ? null : attribute.dbValue();
    }

    @Override
    public E convertToEntityAttribute(String dbData) {
        return DbEnum.fromDb(type, dbData);
    }
}
