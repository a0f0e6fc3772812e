package com.allaccessartist.domain;

import java.util.Objects;

/**
 * A value a person typed breaks a rule. Carries a message key (for example
 * {@code validation.isrc.length}) and its arguments; the sentence shown is the key's entry in
 * i18n/messages.properties. The English sentence given at construction is the fallback for a
 * key without an entry and the text written to logs.
 */
public class ValidationException extends AppException {

    private final String englishMessage;

    /**
     * @param key            message key naming the broken rule, never {@code null}
     * @param englishMessage the default English sentence, already filled in with {@code args}
     * @param args           the values the translated sentence needs, in placeholder order
     */
    public ValidationException(String key, String englishMessage, Object... args) {
        super(Objects.requireNonNull(key, "key"), args);
        this.englishMessage = englishMessage;
    }

    /** The sentence for people: the translated entry, or the English fallback. */
    @Override
    public String getLocalizedMessage() {
        return Messages.has(key()) ? Messages.format(key(), args()) : englishMessage;
    }

    /** The English sentence (logs, callers that do not translate). */
    @Override
    public String getMessage() {
        return englishMessage;
    }
}
