package com.allaccessartist.domain.catalog;

import com.allaccessartist.domain.ValidationException;

/**
 * An IPI name number (Interested Parties Information, CISAC): identifies one name of a writer
 * or publisher, as registered with collecting societies. It has exactly 11 digits, leading
 * zeros included, and no check digit, so only its length and digits are checked.
 */
public final class IpiNameNumber {

    /** Digits in an IPI name number. */
    public static final int LENGTH = 11;

    private final String value;

    private IpiNameNumber(String value) {
        this.value = value;
    }

    /**
     * Reads an IPI name number; spaces are ignored.
     *
     * @throws ValidationException with key {@code validation.ipi.empty},
     *         {@code validation.ipi.characters} (argument: the first character that is not a
     *         digit) or {@code validation.ipi.length} (argument: digits found)
     */
    public static IpiNameNumber parse(String input) {
        StringBuilder digits = new StringBuilder();
        if (input != null) {
            for (int i = 0; i < input.length(); ) {
                int c = input.codePointAt(i);
                if (c >= '0' && c <= '9') {
                    digits.append((char) c);
                } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    String found = new String(Character.toChars(c));
                    throw new ValidationException("validation.ipi.characters",
                            "An IPI name number has only digits; found \"" + found + "\".", found);
                }
                i += Character.charCount(c);
            }
        }
        if (digits.length() == 0) {
            throw new ValidationException("validation.ipi.empty", "Enter an IPI name number: 11 digits.");
        }
        if (digits.length() != LENGTH) {
            throw new ValidationException("validation.ipi.length",
                    "An IPI name number has " + LENGTH + " digits, leading zeros included; found "
                            + digits.length() + ".",
                    digits.length());
        }
        return new IpiNameNumber(digits.toString());
    }

    /** Whether {@link #parse(String)} accepts {@code input}. */
    public static boolean isValid(String input) {
        try {
            parse(input);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    /** The 11 digits. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpiNameNumber ipi && ipi.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The 11 digits, as {@link #value()}. */
    @Override
    public String toString() {
        return value;
    }
}
