package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.catalog.LinkPlatform;
import com.allaccessartist.domain.catalog.PlatformUrl;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * The checks every catalogue editor's fields share: texts trimmed to the schema's lengths (blank
 * optional texts become null), tag lists, links per platform and image references. Each refusal
 * is an {@link InvalidFieldException} naming the field; its key names the field too
 * ({@code <prefix>.empty}, {@code <prefix>.tooLong} with the maximum as argument).
 */
final class Fields {

    /** Longest URL (the URL columns are VARCHAR(500)). */
    static final int URL_LENGTH = 500;
    /** Longest tag of a tag list (subgenres, credits): as long as a genre. */
    static final int TAG_LENGTH = 200;
    /** Most tags in one list. */
    static final int MAX_TAGS = 100;

    private Fields() {
    }

    /** A required text: trimmed, not blank, at most {@code max} characters. */
    static String required(String field, String value, int max, String keyPrefix) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidFieldException(field, keyPrefix + ".empty", "Enter a value for " + field + ".");
        }
        return checkLength(field, text, max, keyPrefix);
    }

    /** An optional text: trimmed, null when blank, at most {@code max} characters ({@code max} 0: no limit). */
    static String optional(String field, String value, int max, String keyPrefix) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        return max > 0 ? checkLength(field, text, max, keyPrefix) : text;
    }

    /**
     * Lengths are counted in UTF-16 units, as H2 counts a VARCHAR's characters (PostgreSQL counts
     * code points, so a text that fits H2 fits both).
     */
    private static String checkLength(String field, String text, int max, String keyPrefix) {
        if (text.length() > max) {
            throw new InvalidFieldException(field, keyPrefix + ".tooLong",
                    field + " can be at most " + max + " characters long.", max);
        }
        return text;
    }

    /** A tag list: each tag trimmed, blanks dropped, duplicates (ignoring case) dropped, order kept. */
    static List<String> tags(String field, List<String> values, String keyPrefix) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<String> tags = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            String tag = optional(field, value, TAG_LENGTH, keyPrefix);
            if (tag != null && seen.add(tag.toLowerCase(java.util.Locale.ROOT))) {
                tags.add(tag);
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw new InvalidFieldException(field, keyPrefix + ".tooMany", field + " can have at most " + MAX_TAGS + " entries.",
                    MAX_TAGS);
        }
        return tags;
    }

    /** An artist-page link of {@code platform}, normalized; null when blank. */
    static String artistLink(String field, LinkPlatform platform, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return checked(field, () -> PlatformUrl.checkArtistLink(platform, value));
    }

    /** A release-page link of {@code platform}, normalized; null when blank. */
    static String releaseLink(String field, LinkPlatform platform, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return checked(field, () -> PlatformUrl.checkReleaseLink(platform, value));
    }

    /**
     * An image: a {@code media:<id>} reference to an image stored in the catalogue, or a web
     * address (checked as a website link); null when blank.
     */
    static String image(Session session, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.startsWith(MediaService.SCHEME)) {
            UUID id = MediaService.idOf(text).orElse(null);
            boolean stored = id != null && session.createSelectionQuery(
                            "select count(m) from MediaAsset m where m.id = :id", Long.class)
                    .setParameter("id", id).getSingleResult() > 0;
            if (!stored) {
                throw new InvalidFieldException(field, "validation.image.unknown",
                        "The image " + text + " is not stored in this catalogue; pick it again.", text);
            }
            return MediaService.SCHEME + id;
        }
        return checked(field, () -> PlatformUrl.checkArtistLink(LinkPlatform.WEBSITE, text));
    }

    /** Runs a domain check, turning its refusal into one about {@code field}. */
    static <T> T checked(String field, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidFieldException e) {
            throw e;
        } catch (AppException e) {
            throw InvalidFieldException.of(field, e);
        }
    }
}
