package com.allaccessartist.domain.catalog;

import com.allaccessartist.domain.ValidationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A track's running time as people type it: {@code m:ss} (e.g. 3:45, 12:07) or {@code h:mm:ss}
 * (1:02:30); stored as whole seconds ({@code songs.duration_seconds}, more than zero).
 */
public final class TrackDuration {

    /** Longer than any release format allows (a CD holds 80 minutes); catches typing slips. */
    public static final int MAX_SECONDS = 24 * 3600 - 1;
    private static final Pattern SHAPE = Pattern.compile("^(?:(\\d{1,2}):)?(\\d{1,3}):(\\d{2})$");

    private TrackDuration() {
    }

    /**
     * @throws ValidationException "validation.duration.empty", "validation.duration.shape",
     *         "validation.duration.seconds" (seconds above 59), "validation.duration.zero",
     *         "validation.duration.tooLong"
     */
    public static int parse(String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            throw new ValidationException("validation.duration.empty", "Enter a duration such as 3:45.");
        }
        Matcher matcher = SHAPE.matcher(text);
        if (!matcher.matches()) {
            throw new ValidationException("validation.duration.shape",
                    "Write a duration as minutes:seconds (3:45) or hours:minutes:seconds (1:02:30); found \"" + text + "\".",
                    text);
        }
        int hours = matcher.group(1) == null ? 0 : Integer.parseInt(matcher.group(1));
        int minutes = Integer.parseInt(matcher.group(2));
        int seconds = Integer.parseInt(matcher.group(3));
        if (seconds > 59 || (matcher.group(1) != null && minutes > 59)) {
            throw new ValidationException("validation.duration.seconds",
                    "Seconds and minutes after an hour run from 00 to 59; found \"" + text + "\".", text);
        }
        long total = hours * 3600L + minutes * 60L + seconds;
        if (total == 0) {
            throw new ValidationException("validation.duration.zero", "A duration must be longer than zero.");
        }
        if (total > MAX_SECONDS) {
            throw new ValidationException("validation.duration.tooLong", "A track cannot be 24 hours or longer.");
        }
        return (int) total;
    }

    /** {@code m:ss} under an hour, {@code h:mm:ss} from an hour. */
    public static String format(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("negative duration");
        }
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }
}
