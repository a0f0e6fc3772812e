package com.allaccessartist.domain.catalog;

import com.allaccessartist.domain.ValidationException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A URL- and file-name-safe name: 1 to {@value #MAX_LENGTH} characters from {@code a–z},
 * {@code 0–9} and {@code -}, with no hyphen at either end and no two hyphens in a row, for
 * example {@code sigur-ros}.
 *
 * <p>{@link #slugify(String)} derives one from a display name; {@link #parse(String)} checks
 * one a person edited.
 */
public final class Slug {

    /** Longest slug, in characters. */
    public static final int MAX_LENGTH = 200;

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private final String value;

    private Slug(String value) {
        this.value = value;
    }

    /** {@link #slugify(String, int)} with the longest allowed slug, {@value #MAX_LENGTH}. */
    public static String slugify(String name) {
        return slugify(name, MAX_LENGTH);
    }

    /**
     * Derives a slug from a display name, for example {@code "Sigur Rós & Ærø"} →
     * {@code "sigur-ros-and-aero"}.
     *
     * <ol>
     *   <li>transliterates to ASCII: Unicode compatibility decomposition (NFKD, which is NFD
     *       plus folding of ligatures, full-width and styled letters) with the combining marks
     *       removed, and ß→ss, æ→ae, ø→o, œ→oe, đ/ð→d, ł→l, þ→th, ı→i for the letters that do
     *       not decompose; {@code &} becomes {@code and};</li>
     *   <li>lower-cases and turns every run of other characters into one hyphen, dropping
     *       hyphens at either end;</li>
     *   <li>cuts the result to {@code maxLength} characters, without leaving a trailing hyphen.</li>
     * </ol>
     * The result is either {@code ""} (no usable characters, or {@code null}) or a slug that
     * {@link #parse(String)} accepts when {@code maxLength ≤ MAX_LENGTH}. Slugifying a slug
     * returns it unchanged.
     *
     * @throws IllegalArgumentException if {@code maxLength} is less than 1
     */
    public static String slugify(String name, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
        }
        if (name == null) {
            return "";
        }
        String lower = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder ascii = new StringBuilder(lower.length());
        lower.codePoints().forEach(c -> ascii.append(transliterate(c)));
        String slug = trimHyphens(NOT_ALPHANUMERIC.matcher(ascii).replaceAll("-"));
        return slug.length() <= maxLength ? slug : trimHyphens(slug.substring(0, maxLength));
    }

    /**
     * Checks a slug a person typed or edited; surrounding spaces are ignored.
     *
     * @throws ValidationException with key {@code validation.slug.empty},
     *         {@code validation.slug.length} (arguments: characters found, maximum),
     *         {@code validation.slug.characters} (argument: the first character not allowed),
     *         {@code validation.slug.edgeHyphen} or {@code validation.slug.doubleHyphen}
     */
    public static Slug parse(String input) {
        String slug = input == null ? "" : input.strip();
        if (slug.isEmpty()) {
            throw new ValidationException("validation.slug.empty", "Enter a short name for the address.");
        }
        int length = slug.codePointCount(0, slug.length());
        if (length > MAX_LENGTH) {
            throw new ValidationException("validation.slug.length",
                    "A short name has at most " + MAX_LENGTH + " characters; found " + length + ".",
                    length, MAX_LENGTH);
        }
        slug.codePoints().filter(c -> !isAllowed(c)).findFirst().ifPresent(c -> {
            String found = new String(Character.toChars(c));
            throw new ValidationException("validation.slug.characters",
                    "A short name uses only lower-case letters a–z, digits and hyphens; found \"" + found + "\".",
                    found);
        });
        if (slug.startsWith("-") || slug.endsWith("-")) {
            throw new ValidationException("validation.slug.edgeHyphen",
                    "A short name cannot start or end with a hyphen.");
        }
        if (slug.contains("--")) {
            throw new ValidationException("validation.slug.doubleHyphen",
                    "A short name cannot have two hyphens in a row.");
        }
        return new Slug(slug);
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

    /** The slug text. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Slug slug && slug.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The slug text, as {@link #value()}. */
    @Override
    public String toString() {
        return value;
    }

    /** ASCII for one lower-case code point; combining marks give "". */
    private static String transliterate(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return "";
        }
        return switch (c) {
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'ø' -> "o";
            case 'œ' -> "oe";
            case 'đ', 'ð' -> "d";
            case 'ł' -> "l";
            case 'þ' -> "th";
            case 'ı' -> "i";
            case '&' -> " and ";
            default -> new String(Character.toChars(c));
        };
    }

    private static boolean isAllowed(int c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
