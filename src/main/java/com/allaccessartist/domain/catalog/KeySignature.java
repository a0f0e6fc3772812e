package com.allaccessartist.domain.catalog;

import com.allaccessartist.domain.ValidationException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A track's musical key as people write it ("C", "F#m", "Bb", "A minor", "E♭ major") stored in a
 * short normal form of at most 10 characters ("C", "F#m", "Bb", "Am", "Eb").
 *
 * <p>The 24 major and minor keys: a tonic A–G, optionally sharp ({@code #}, {@code ♯}, "sharp")
 * or flat ({@code b}, {@code ♭}, "flat"), then the mode: nothing, "maj", "major" or {@code M} for
 * major; {@code m}, "min" or "minor" for minor. Each black-key tonic may be spelled either way
 * (C# or Db) and keeps the spelling given; the white-key enharmonics Cb, Fb, E# and B# are
 * refused (write B, E, F or C). Letters other than a lone {@code m}/{@code M} may be in any
 * case; spaces, hyphens and underscores may separate the parts. The normal form is the tonic in
 * upper case, {@code #} or {@code b}, and {@code m} for minor.
 */
public final class KeySignature {

    /** Longest stored form ({@code songs.key_signature}). */
    public static final int MAX_LENGTH = 10;

    // tonic, accidental, mode; the whole input is at most a few dozen characters, checked first
    private static final Pattern SHAPE = Pattern.compile(
            "^([A-Ga-g])[ _-]?(#|♯|b|♭|sharp|flat)?[ _-]?(m|M|maj|major|min|minor)?\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_INPUT = 40;

    private KeySignature() {
    }

    /**
     * Reads a key as people write it and returns its short normal form.
     *
     * @throws ValidationException "validation.key" (argument: the text found)
     */
    public static String parse(String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty() || text.length() > MAX_INPUT) {
            throw refusal(text);
        }
        Matcher matcher = SHAPE.matcher(text);
        if (!matcher.matches()) {
            throw refusal(text);
        }
        char tonic = Character.toUpperCase(matcher.group(1).charAt(0));
        String accidental = accidental(matcher.group(2));
        String spelled = tonic + accidental;
        if (spelled.equals("Cb") || spelled.equals("Fb") || spelled.equals("E#") || spelled.equals("B#")) {
            throw refusal(text);
        }
        boolean minor = isMinor(matcher.group(3));
        return spelled + (minor ? "m" : "");
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

    private static String accidental(String written) {
        if (written == null) {
            return "";
        }
        String lower = written.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "#", "♯", "sharp" -> "#";
            default -> "b";
        };
    }

    private static boolean isMinor(String mode) {
        if (mode == null || mode.equals("M")) {
            return false;
        }
        if (mode.equals("m")) {
            return true;
        }
        return mode.toLowerCase(Locale.ROOT).startsWith("min");
    }

    private static ValidationException refusal(String text) {
        return new ValidationException("validation.key",
                "Write a key as its tonic and mode, such as C, F#m, Bb or E minor; found \"" + text + "\".", text);
    }
}
