package com.allaccessartist.domain;

/** An enum stored as the seed's lowercase string (e.g. {@code 'in_progress'}). */
public interface DbEnum {

    /** The value stored in the database. */
    String dbValue();

    /** The constant whose {@link #dbValue()} is {@code value}. */
    static <E extends Enum<E> & DbEnum> E fromDb(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.dbValue().equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("Unknown " + type.getSimpleName() + " value: " + value);
    }

    /** Default: the constant's name in lower case. */
    static String lowerName(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT);
    }
}
