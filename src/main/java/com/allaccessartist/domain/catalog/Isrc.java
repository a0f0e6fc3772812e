package com.allaccessartist.domain.catalog;

import com.allaccessartist.domain.ValidationException;

/**
 * An International Standard Recording Code (ISO 3901), which identifies one recording.
 *
 * <p>An ISRC has 12 characters and no check digit:
 * <ol>
 *   <li>2 letters A–Z: the country or prefix code. It is deliberately not checked against the
 *       ISO 3166 country list, because prefixes are now allocated by demand;</li>
 *   <li>3 letters A–Z or digits: the registrant code;</li>
 *   <li>2 digits: the last two digits of the year the code was <em>assigned</em> (not the year
 *       of recording);</li>
 *   <li>5 digits: the designation, unique within registrant and year.</li>
 * </ol>
 * It is stored as the bare 12 upper-case characters ({@link #value()}) and shown as
 * {@code CC-XXX-YY-NNNNN} ({@link #formatted()}).
 */
public final class Isrc {

    /** Characters in a bare ISRC. */
    public static final int LENGTH = 12;
    /** Largest designation (5 digits). */
    public static final int MAX_DESIGNATION = 99_999;

    private static final String PREFIX = "ISRC";

    private final String value;

    private Isrc(String value) {
        this.value = value;
    }

    /**
     * Reads an ISRC as people type or paste it. Accepts an optional leading {@code ISRC}
     * label (any case, optionally followed by a colon or spaces), hyphens, dots, spaces and
     * lower case, so {@code "isrc: us-rc1-76-07839"} and {@code "USRC17607839"} give the same
     * code. Input that starts with {@code ISRC} directly followed by the code is only read as
     * labelled when it is not itself 12 characters long: {@code IS-RC1-76-07839} is a valid
     * Icelandic code.
     *
     * @throws ValidationException with key {@code validation.isrc.empty},
     *         {@code validation.isrc.length} (argument: characters found),
     *         {@code validation.isrc.country}, {@code validation.isrc.registrant},
     *         {@code validation.isrc.year} or {@code validation.isrc.designation}
     *         (argument: the part found)
     */
    public static Isrc parse(String input) {
        if (input == null) {
            throw empty();
        }
        String code = compact(withoutPrefix(asciiUpperCase(input)));
        if (code.isEmpty()) {
            throw empty();
        }
        int length = code.codePointCount(0, code.length());
        if (length != LENGTH) {
            throw new ValidationException("validation.isrc.length",
                    "An ISRC has " + LENGTH + " characters once ISRC, hyphens and spaces are removed; found "
                            + length + ".",
                    length);
        }
        checkCountry(part(code, 0, 2));
        checkRegistrant(part(code, 2, 5));
        checkDigits(part(code, 5, 7), "validation.isrc.year",
                "Characters 6 and 7 of an ISRC (the year the code was assigned) must be digits");
        checkDigits(part(code, 7, 12), "validation.isrc.designation",
                "The last 5 characters of an ISRC (the designation) must be digits");
        return new Isrc(code);
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
     * Builds an ISRC from its parts, for generating codes from a label's registrant prefix and
     * designation range. Letters may be given in lower case.
     *
     * @param country       2 letters A–Z
     * @param registrant    3 letters A–Z or digits
     * @param yearTwoDigits last two digits of the year of assignment, 0..99
     * @param designation   0..99999
     * @throws ValidationException with key {@code validation.isrc.country},
     *         {@code validation.isrc.registrant}, {@code validation.isrc.year.range} or
     *         {@code validation.isrc.designation.range}
     */
    public static Isrc of(String country, String registrant, int yearTwoDigits, int designation) {
        String cc = asciiUpperCase(country == null ? "" : country);
        String xxx = asciiUpperCase(registrant == null ? "" : registrant);
        checkCountry(cc);
        checkRegistrant(xxx);
        if (yearTwoDigits < 0 || yearTwoDigits > 99) {
            throw new ValidationException("validation.isrc.year.range",
                    "The year of an ISRC must be between 0 and 99; found " + yearTwoDigits + ".", yearTwoDigits);
        }
        if (designation < 0 || designation > MAX_DESIGNATION) {
            throw new ValidationException("validation.isrc.designation.range",
                    "The designation of an ISRC must be between 0 and " + MAX_DESIGNATION + "; found "
                            + designation + ".",
                    designation);
        }
        return new Isrc(cc + xxx + String.format("%02d%05d", yearTwoDigits, designation));
    }

    /** The bare 12 upper-case characters, for example {@code USRC17607839}. */
    public String value() {
        return value;
    }

    /** The display form {@code CC-XXX-YY-NNNNN}, for example {@code US-RC1-76-07839}. */
    public String formatted() {
        return countryCode() + '-' + registrant() + '-' + value.substring(5, 7) + '-' + value.substring(7);
    }

    /** The 2-letter country or prefix code, for example {@code US}. */
    public String countryCode() {
        return value.substring(0, 2);
    }

    /** The 3-character registrant code, for example {@code RC1}. */
    public String registrant() {
        return value.substring(2, 5);
    }

    /** The last two digits of the year of assignment, 0..99. */
    public int year() {
        return Integer.parseInt(value.substring(5, 7));
    }

    /** The designation, 0..99999. */
    public int designation() {
        return Integer.parseInt(value.substring(7));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Isrc isrc && isrc.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The bare 12 characters, as {@link #value()}. */
    @Override
    public String toString() {
        return value;
    }

    private static ValidationException empty() {
        return new ValidationException("validation.isrc.empty",
                "Enter an ISRC: 12 characters, for example US-RC1-76-07839.");
    }

    /** Code points {@code from} (inclusive) to {@code to} (exclusive) of {@code s}. */
    private static String part(String s, int from, int to) {
        return s.substring(s.offsetByCodePoints(0, from), s.offsetByCodePoints(0, to));
    }

    private static void checkCountry(String part) {
        if (part.length() != 2 || !part.codePoints().allMatch(Isrc::isLetter)) {
            throw new ValidationException("validation.isrc.country",
                    "The first 2 characters of an ISRC (the country code) must be letters A–Z; found \""
                            + part + "\".",
                    part);
        }
    }

    private static void checkRegistrant(String part) {
        if (part.length() != 3 || !part.codePoints().allMatch(c -> isLetter(c) || isDigit(c))) {
            throw new ValidationException("validation.isrc.registrant",
                    "Characters 3 to 5 of an ISRC (the registrant code) must be letters A–Z or digits; found \""
                            + part + "\".",
                    part);
        }
    }

    private static void checkDigits(String part, String key, String rule) {
        if (!part.codePoints().allMatch(Isrc::isDigit)) {
            throw new ValidationException(key, rule + "; found \"" + part + "\".", part);
        }
    }

    /** Drops a leading "ISRC" label, with the colon or spaces that may follow it. */
    private static String withoutPrefix(String upper) {
        String s = stripLeadingSpaces(upper);
        if (!s.startsWith(PREFIX)) {
            return s;
        }
        String rest = s.substring(PREFIX.length());
        boolean labelled = !rest.isEmpty() && (rest.charAt(0) == ':' || isSpace(rest.charAt(0)));
        if (!labelled && compact(s).length() == LENGTH) {
            return s;
        }
        rest = stripLeadingSpaces(rest);
        return rest.startsWith(":") ? rest.substring(1) : rest;
    }

    private static String stripLeadingSpaces(String s) {
        int start = 0;
        while (start < s.length() && isSpace(s.charAt(start))) {
            start++;
        }
        return s.substring(start);
    }

    private static String compact(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c) && c != '-' && c != '.' && !isDash(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String asciiUpperCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Unicode hyphens and dashes that word processors put in place of '-'. */
    private static boolean isDash(char c) {
        return (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }

    private static boolean isLetter(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
