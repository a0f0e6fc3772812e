package com.allaccessartist.domain.catalog;

import com.allaccessartist.domain.ValidationException;
import java.util.Locale;
import java.util.Set;

/**
 * The language of a release or track: an ISO 639-1 two-letter code (en, fr, es...), optionally
 * with a region (pt-BR), as stored in {@code language} (at most 10 characters). "zxx" marks
 * content without linguistic content (instrumentals), as DDEX does.
 */
public final class LanguageCode {

    public static final String NO_LINGUISTIC_CONTENT = "zxx";
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private LanguageCode() {
    }

    /** @throws ValidationException "validation.language" */
    public static String parse(String input) {
        String text = input == null ? "" : input.strip().replace('_', '-');
        String[] parts = text.split("-", -1);
        String language = parts[0].toLowerCase(Locale.ROOT);
        boolean knownLanguage = language.length() == 2 && LANGUAGES.contains(language) || NO_LINGUISTIC_CONTENT.equals(language);
        if (knownLanguage && parts.length == 1) {
            return language;
        }
        if (knownLanguage && parts.length == 2 && COUNTRIES.contains(parts[1].toUpperCase(Locale.ROOT))) {
            return language + "-" + parts[1].toUpperCase(Locale.ROOT);
        }
        throw new ValidationException("validation.language",
                "Write a language as its two-letter ISO 639-1 code, such as en, fr or pt-BR; found \"" + text + "\".", text);
    }
}
