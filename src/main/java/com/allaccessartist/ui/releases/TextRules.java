package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.ui.common.FieldCheck;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;

/** The small rules the release editor's text fields share: optional values, lengths, whole numbers, lists of names. */
final class TextRules {

    private TextRules() {
    }

    /** A blank field is fine; otherwise the domain's {@code parse} says what is wrong. */
    static Supplier<String> optional(StringProperty value, Function<String, ?> parse) {
        Supplier<String> rule = FieldCheck.throwing(() -> parse.apply(value.get()));
        return () -> value.get().isBlank() ? "" : rule.get();
    }

    /** The parsed value, or null when blank or not valid yet (its check says why). */
    static <T> T parsedOrNull(String text, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (AppException e) {
            // not valid yet: the field's own check shows why
            return null;
        }
    }

    /** The parsed value where valid, the stripped text otherwise (to compare what was entered). */
    static Object normalizedOr(String text, Function<String, ?> parse) {
        Object parsed = parsedOrNull(text, parse);
        return parsed != null ? parsed : text.strip();
    }

    /** At most {@code max} characters; required when {@code emptyKey} names the message for a blank value. */
    static String length(StringProperty value, int max, String emptyKey, String tooLongKey) {
        String text = value.get().strip();
        if (text.isEmpty() && emptyKey != null) {
            return Messages.get(emptyKey);
        }
        return text.length() > max ? Messages.format(tooLongKey, max) : "";
    }

    /** Blank, or a whole number from {@code min} to {@code max}. */
    static String wholeNumber(StringProperty value, int min, int max, String key) {
        String text = value.get().strip();
        if (text.isEmpty()) {
            return "";
        }
        try {
            int number = Integer.parseInt(text);
            return number >= min && number <= max ? "" : Messages.format(key, min, max);
        } catch (NumberFormatException e) {
            return Messages.format(key, min, max);
        }
    }

    /** The names without blanks and surrounding spaces. */
    static List<String> clean(List<String> names) {
        return names.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
