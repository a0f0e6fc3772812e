package com.allaccessartist.ui.people;

import com.allaccessartist.domain.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * How grants read on the People screen: dates in the computer's time zone, expiry as the last day
 * in force (a grant "until 31 May" expires when 1 June begins), flags as short words with their
 * full sentence for the tooltip.
 */
final class GrantTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final ZoneId ZONE = ZoneId.systemDefault();

    private GrantTexts() {
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(LocalDate.ofInstant(instant, ZONE));
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The last day a grant expiring at {@code expiresAt} is in force; null without expiry. */
    static LocalDate lastDay(Instant expiresAt) {
        return expiresAt == null ? null : LocalDate.ofInstant(expiresAt.minusNanos(1), ZONE);
    }

    /** The moment a grant whose last day is {@code lastDay} expires: the next day's start. */
    static Instant expiresAt(LocalDate lastDay) {
        return lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    static GrantItem.Status status(boolean active, boolean inForce) {
        return !active ? GrantItem.Status.REVOKED : inForce ? GrantItem.Status.IN_FORCE : GrantItem.Status.EXPIRED;
    }

    /** "Releases · Songs · Analytics", or "none". */
    static String shortFlags(List<String> keys, List<Boolean> flags) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (flags.get(i)) {
                words.add(Messages.get("people.flag.short." + keys.get(i)));
            }
        }
        return words.isEmpty() ? Messages.get("people.flags.none") : String.join(" · ", words);
    }

    /** "manage songs, view analytics", or "no rights". */
    static String longFlags(List<String> keys, List<Boolean> flags) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (flags.get(i)) {
                words.add(Messages.get("people.flag." + keys.get(i)));
            }
        }
        return words.isEmpty() ? Messages.get("people.flags.noneLong") : String.join(", ", words);
    }

    static String expires(Instant expiresAt) {
        return expiresAt == null ? Messages.get("people.expires.never") : day(lastDay(expiresAt));
    }
}
