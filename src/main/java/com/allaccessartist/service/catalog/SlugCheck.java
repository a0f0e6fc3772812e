package com.allaccessartist.service.catalog;

/**
 * The live check of a slug being edited.
 *
 * @param available  whether it can be saved
 * @param messageKey why not (validation.slug.*, catalog.slug.taken), or null when available
 * @param args       arguments of the message
 */
public record SlugCheck(boolean available, String messageKey, Object... args) {

    public static SlugCheck ok() {
        return new SlugCheck(true, null);
    }
}
