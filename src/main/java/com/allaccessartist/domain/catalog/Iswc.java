package com.allaccessartist.domain.catalog;

import com.allaccessartist.domain.ValidationException;

/**
 * An International Standard Musical Work Code (ISO 15707), which identifies a musical work
 * (a composition), as opposed to a recording of it.
 *
 * <p>An ISWC is the letter {@code T}, a 9-digit work identifier and a check digit, shown as
 * {@code T-034.524.680-1}. With d₁…d₉ the identifier digits, S = 1 + Σ i·dᵢ (i = 1..9) and
 * check = (10 − S mod 10) mod 10; the leading 1 stands for the {@code T}. Because the weights
 * 2, 4, 5, 6 and 8 share a factor with 10, the check digit does not catch every single-digit
 * mistake (changing d₅ by 2, for example); it does catch every change to d₁, d₃, d₇, d₉ and to
 * the check digit itself.
 */
public final class Iswc {

    /** Digits after the {@code T}: 9 identifier digits and the check digit. */
    public static final int DIGITS = 10;

    private final String value;

    private Iswc(String value) {
        this.value = value;
    }

    /**
     * Reads an ISWC as people type or paste it: hyphens, dots and spaces are ignored and the
     * {@code T} may be lower case, so {@code "T-034.524.680-1"}, {@code "t 034524680 1"} and
     * {@code "T0345246801"} give the same code.
     *
     * @throws ValidationException with key {@code validation.iswc.empty},
     *         {@code validation.iswc.prefix} (argument: the first character found),
     *         {@code validation.iswc.characters} (argument: the first non-digit after the T),
     *         {@code validation.iswc.length} (argument: digits found after the T) or
     *         {@code validation.iswc.checkDigit} (arguments: expected check digit, check digit found)
     */
    public static Iswc parse(String input) {
        String code = compact(input);
        if (code.isEmpty()) {
            throw new ValidationException("validation.iswc.empty", "Enter an ISWC, for example T-034.524.680-1.");
        }
        int first = code.codePointAt(0);
        if (first != 'T' && first != 't') {
            String found = new String(Character.toChars(first));
            throw new ValidationException("validation.iswc.prefix",
                    "An ISWC starts with the letter T; found \"" + found + "\".", found);
        }
        String digits = code.substring(1);
        checkDigitsOnly(digits, "validation.iswc.characters", "After the T, an ISWC has only digits");
        if (digits.length() != DIGITS) {
            throw new ValidationException("validation.iswc.length",
                    "An ISWC has " + DIGITS + " digits after the T; found " + digits.length() + ".",
                    digits.length());
        }
        int expected = computeCheckDigit(digits.substring(0, DIGITS - 1));
        int found = digits.charAt(DIGITS - 1) - '0';
        if (expected != found) {
            throw new ValidationException("validation.iswc.checkDigit",
                    "The last digit of this ISWC should be " + expected + ", not " + found
                            + "; one of the digits is probably mistyped.",
                    expected, found);
        }
        return new Iswc("T" + digits);
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
     * The check digit of a 9-digit work identifier (hyphens, dots and spaces ignored).
     *
     * @throws ValidationException with key {@code validation.iswc.base} (argument: the input)
     *         unless the input has exactly 9 digits
     */
    public static int checkDigit(String nineDigits) {
        return computeCheckDigit(nineDigitsOf(nineDigits));
    }

    /**
     * The valid ISWC made of {@code T}, the 9-digit work identifier and its check digit.
     *
     * @throws ValidationException as {@link #checkDigit(String)}
     */
    public static Iswc withCheckDigit(String nineDigits) {
        String digits = nineDigitsOf(nineDigits);
        return new Iswc("T" + digits + computeCheckDigit(digits));
    }

    /** The bare form, {@code T} and 10 digits, for example {@code T0345246801}. */
    public String value() {
        return value;
    }

    /** The display form, for example {@code T-034.524.680-1}. */
    public String formatted() {
        return "T-" + value.substring(1, 4) + '.' + value.substring(4, 7) + '.' + value.substring(7, 10)
                + '-' + value.substring(10);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Iswc iswc && iswc.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The bare form, as {@link #value()}. */
    @Override
    public String toString() {
        return value;
    }

    private static int computeCheckDigit(String nineDigits) {
        int sum = 1;
        for (int i = 0; i < nineDigits.length(); i++) {
            sum += (i + 1) * (nineDigits.charAt(i) - '0');
        }
        return (10 - sum % 10) % 10;
    }

    private static String nineDigitsOf(String input) {
        String digits = compact(input);
        if (digits.length() != DIGITS - 1 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ValidationException("validation.iswc.base",
                    "An ISWC is made from exactly 9 digits; found \"" + input + "\".", input);
        }
        return digits;
    }

    private static void checkDigitsOnly(String s, String key, String rule) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c < '0' || c > '9') {
                String found = new String(Character.toChars(c));
                throw new ValidationException(key, rule + "; found \"" + found + "\".", found);
            }
            i += Character.charCount(c);
        }
    }

    /** {@code input} without spaces, hyphens, dashes and dots; "" for {@code null}. */
    private static String compact(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            boolean separator = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '.'
                    || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
            if (!separator) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
