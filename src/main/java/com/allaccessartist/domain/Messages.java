package com.allaccessartist.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every user-visible string comes from {@code i18n/messages.properties} through here. */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    /** The text of {@code key}; the key itself (in brackets) if it is missing, so gaps are visible. */
    public static String get(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    public static String format(String key, Object... args) {
        String pattern = get(key);
        if (args == null || args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }

    public static boolean has(String key) {
        return bundle().containsKey(key);
    }
}
