package com.allaccessartist.domain.catalog;

import com.allaccessartist.domain.ValidationException;

/**
 * The barcode number of a product (a release, per format): a GTIN written as a 12-digit UPC-A
 * or a 13-digit EAN-13 (GS1 General Specifications, section 7.9).
 *
 * <p>The last digit is a check digit. Over the first 12 digits of an EAN-13 the weights are
 * 1, 3, 1, 3, … from the left; check = (10 − sum mod 10) mod 10. A UPC-A is an EAN-13 with a
 * leading 0 left off, so over its first 11 digits the weights are 3, 1, 3, … from the left.
 * The digits are kept as given (12 or 13, leading zeros included): store them as text.
 * Two forms of the same product ({@code 036000241457} and {@code 0036000241457}) are different
 * values; compare {@link #toEan13()} to tell whether they name the same product.
 */
public final class Upc {

    /** Digits in a UPC-A. */
    public static final int UPC_A_LENGTH = 12;
    /** Digits in an EAN-13. */
    public static final int EAN_13_LENGTH = 13;

    private final String value;

    private Upc(String value) {
        this.value = value;
    }

    /**
     * Reads a UPC-A or EAN-13 as people type it; spaces and hyphens are ignored.
     *
     * @throws ValidationException with key {@code validation.upc.empty},
     *         {@code validation.upc.characters} (argument: the first character that is not a
     *         digit), {@code validation.upc.length} (argument: digits found) or
     *         {@code validation.upc.checkDigit} (arguments: expected check digit, check digit found)
     */
    public static Upc parse(String input) {
        String digits = digitsOf(input);
        if (digits.length() != UPC_A_LENGTH && digits.length() != EAN_13_LENGTH) {
            throw new ValidationException("validation.upc.length",
                    "A UPC has 12 digits and an EAN 13; found " + digits.length() + ".", digits.length());
        }
        int expected = computeCheckDigit(digits.substring(0, digits.length() - 1));
        int found = digits.charAt(digits.length() - 1) - '0';
        if (expected != found) {
            throw new ValidationException("validation.upc.checkDigit",
                    "The last digit of this UPC/EAN should be " + expected + ", not " + found
                            + "; one of the digits is probably mistyped.",
                    expected, found);
        }
        return new Upc(digits);
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

    /**
     * The check digit for the first 11 digits of a UPC-A or the first 12 of an EAN-13 (spaces
     * and hyphens ignored).
     *
     * @throws ValidationException with key {@code validation.upc.empty},
     *         {@code validation.upc.characters} or {@code validation.upc.base.length}
     *         (argument: digits found)
     */
    public static int checkDigit(String first11or12Digits) {
        String digits = digitsOf(first11or12Digits);
        if (digits.length() != UPC_A_LENGTH - 1 && digits.length() != EAN_13_LENGTH - 1) {
            throw new ValidationException("validation.upc.base.length",
                    "A check digit is computed from 11 digits (UPC) or 12 (EAN); found " + digits.length() + ".",
                    digits.length());
        }
        return computeCheckDigit(digits);
    }

    /**
     * The valid UPC-A (from 11 digits) or EAN-13 (from 12 digits) made by appending the check
     * digit, for example when a label generates codes from its GS1 company prefix.
     *
     * @throws ValidationException as {@link #checkDigit(String)}
     */
    public static Upc withCheckDigit(String digitsWithoutCheck) {
        int check = checkDigit(digitsWithoutCheck);
        return new Upc(digitsOf(digitsWithoutCheck) + check);
    }

    /** The digits as given: 12 for a UPC-A, 13 for an EAN-13. */
    public String value() {
        return value;
    }

    /** Whether this is a 12-digit UPC-A. */
    public boolean isUpcA() {
        return value.length() == UPC_A_LENGTH;
    }

    /** The 13-digit form: a UPC-A with a leading 0, an EAN-13 unchanged. */
    public Upc toEan13() {
        return isUpcA() ? new Upc("0" + value) : this;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Upc upc && upc.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The digits, as {@link #value()}. */
    @Override
    public String toString() {
        return value;
    }

    /** Weights 3, 1, 3, … from the right, which is 1, 3, … from the left over 12 digits. */
    private static int computeCheckDigit(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int fromRight = payload.length() - 1 - i;
            sum += (payload.charAt(i) - '0') * (fromRight % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10;
    }

    /** The ASCII digits of {@code input} without spaces and hyphens. */
    private static String digitsOf(String input) {
        StringBuilder digits = new StringBuilder();
        if (input != null) {
            for (int i = 0; i < input.length(); ) {
                int c = input.codePointAt(i);
                if (c >= '0' && c <= '9') {
                    digits.append((char) c);
                } else if (!isSeparator(c)) {
                    String found = new String(Character.toChars(c));
                    throw new ValidationException("validation.upc.characters",
                            "A UPC/EAN has only digits; found \"" + found + "\".", found);
                }
                i += Character.charCount(c);
            }
        }
        if (digits.length() == 0) {
            throw new ValidationException("validation.upc.empty", "Enter a UPC (12 digits) or EAN (13 digits).");
        }
        return digits.toString();
    }

    private static boolean isSeparator(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-'
                || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }
}
