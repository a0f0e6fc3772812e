package com.allaccessartist.service.connection;

/**
 * The answer of "Test connection": whether the catalogue can be used as it is, and the sentence
 * that says so (a key of i18n/messages.properties with its arguments).
 */
public record ConnectionCheck(boolean usable, String messageKey, Object... args) {
}
