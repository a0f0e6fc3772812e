package com.allaccessartist.domain;

/**
 * A failure people can act on. Carries a key of {@code i18n/messages.properties} and its
 * arguments; {@link #getLocalizedMessage()} is the sentence shown to the person. The technical
 * cause, if any, goes to the log, never to the screen.
 */
public class AppException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public AppException(String key, Object... args) {
        this(null, key, args);
    }

    public AppException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String getLocalizedMessage() {
        return Messages.format(key, args);
    }

    @Override
    public String getMessage() {
        return getLocalizedMessage();
    }
}
