package com.allaccessartist.service.auth;

import com.allaccessartist.domain.AppException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What a local account's password must be. At least 10 characters (NIST SP 800-63B asks for at
 * least 8 and favours length over composition rules); at most 72 bytes in UTF-8, because
 * bcrypt ignores everything after the 72nd byte and a longer password would silently be
 * shortened.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** @throws AppException naming the rule the password breaks */
    public static void check(char[] password) {
        if (password == null || password.length == 0) {
            throw new AppException("validation.password.empty");
        }
        if (password.length < MIN_LENGTH) {
            throw new AppException("validation.password.tooShort", MIN_LENGTH);
        }
        if (CharBuffer.wrap(password).chars().allMatch(Character::isWhitespace)) {
            throw new AppException("validation.password.blank");
        }
        if (StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining() > MAX_BYTES) {
            throw new AppException("validation.password.tooLong", MAX_BYTES);
        }
    }

    /** @throws AppException if the two entries differ */
    public static void checkRepeated(char[] password, char[] repeated) {
        if (!java.util.Arrays.equals(password, repeated)) {
            throw new AppException("validation.password.mismatch");
        }
    }
}
