package com.allaccessartist.domain.identity;

import com.allaccessartist.domain.AppException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as accounts store it: trimmed and lower-cased (the schema checks
 * {@code email = LOWER(email)}, so addresses are unique regardless of case).
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 255;
    // local@domain.tld: no spaces, one @, a dot in the domain; deliberately simple (RFC 5321 allows
    // far more, but labels type ordinary addresses and a confirmation mail is the real check)
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new AppException("validation.email.empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw new AppException("validation.email.tooLong", MAX_LENGTH);
        }
        if (!SHAPE.matcher(value).matches() || !value.equals(value.toLowerCase(Locale.ROOT))) {
            throw new AppException("validation.email.shape");
        }
    }

    /** Normalizes what a person typed (surrounding spaces, upper case) and validates it. */
    public static EmailAddress parse(String input) {
        return new EmailAddress(input == null ? null : input.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
