package com.allaccessartist.domain;

import java.util.Objects;

/**
 * A value a person typed breaks a rule. Carries a message key (for example
 * {@code validation.isrc.length}) and its arguments so the screen can show a translated
 * sentence, plus a default English sentence returned by {@link #getMessage()} for logs and
 * for callers that do not translate.
 */
public class ValidationException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    /**
     * @param key            message key naming the broken rule, never {@code null}
     * @param englishMessage the default English sentence, already filled in with {@code args}
     * @param args           the values the translated sentence needs, in placeholder order
     */
    public ValidationException(String key, String englishMessage, Object... args) {
        super(englishMessage);
        this.key = Objects.requireNonNull(key, "key");
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** The message key naming the broken rule. */
    public String key() {
        return key;
    }

    /** A copy of the arguments of the message key, in placeholder order. */
    public Object[] args() {
        return args.clone();
    }
}
