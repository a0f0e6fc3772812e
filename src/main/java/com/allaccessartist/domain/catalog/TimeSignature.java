package com.allaccessartist.domain.catalog;

import com.allaccessartist.domain.ValidationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time signature such as 4/4, 3/4, 6/8 or 7/8: beats 1 to 32 over a note value that is a power
 * of two from 1 to 64. Stored as typed without spaces ({@code songs.time_signature}, default 4/4).
 */
public final class TimeSignature {

    private static final Pattern SHAPE = Pattern.compile("^(\\d{1,2})\\s*/\\s*(\\d{1,2})$");

    private TimeSignature() {
    }

    /** @throws ValidationException "validation.timeSignature" */
    public static String parse(String input) {
        String text = input == null ? "" : input.strip();
        Matcher matcher = SHAPE.matcher(text);
        if (matcher.matches()) {
            int beats = Integer.parseInt(matcher.group(1));
            int value = Integer.parseInt(matcher.group(2));
            if (beats >= 1 && beats <= 32 && value >= 1 && value <= 64 && Integer.bitCount(value) == 1) {
                return beats + "/" + value;
            }
        }
        throw new ValidationException("validation.timeSignature",
                "Write a time signature as beats/note value, such as 4/4, 3/4 or 6/8; found \"" + text + "\".", text);
    }
}
