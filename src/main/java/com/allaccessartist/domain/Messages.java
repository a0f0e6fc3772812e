package com.allaccessartist.domain;

import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible string comes from {@code i18n/messages.properties} through here. Every
 * entry follows {@link MessageFormat} rules (an apostrophe is written twice), whether it is
 * used with arguments, without, or from FXML: {@link #bundle()} hands FXML the formatted text.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    private static ResourceBundle raw() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    /** The bundle for FXMLLoader ({@code %key}): values already formatted. */
    public static ResourceBundle bundle() {
        return new FormattedBundle(raw());
    }

    /** The text of {@code key}; the key itself in brackets if it is missing, so gaps are visible. */
    public static String get(String key) {
        return format(key);
    }

    /** The text of {@code key} with its arguments filled in. */
    public static String format(String key, Object... args) {
        ResourceBundle bundle = raw();
        if (!bundle.containsKey(key)) {
            return "[" + key + "]";
        }
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(args == null ? new Object[0] : args);
    }

    public static boolean has(String key) {
        return raw().containsKey(key);
    }

    /** A bundle whose values are the formatted texts (for FXML, which does not format). */
    private static final class FormattedBundle extends ResourceBundle {
        private final ResourceBundle raw;

        FormattedBundle(ResourceBundle raw) {
            this.raw = raw;
        }

        @Override
        protected Object handleGetObject(String key) {
            if (!raw.containsKey(key)) {
                throw new MissingResourceException("No message " + key, BUNDLE, key);
            }
            return new MessageFormat(raw.getString(key), Locale.getDefault()).format(new Object[0]);
        }

        @Override
        public Enumeration<String> getKeys() {
            return raw.getKeys();
        }
    }
}
