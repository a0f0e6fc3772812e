package com.allaccessartist.service.auth;

import org.mindrot.jbcrypt.BCrypt;

/**
 * bcrypt password hashes (jbcrypt). Cost 12 in the application; tests may use a lower cost to
 * stay fast. Plain passwords are never logged or stored.
 */
public final class PasswordHasher {

    public static final int DEFAULT_COST = 12;

    private final int cost;
    private volatile String dummyHash;

    public PasswordHasher() {
        this(DEFAULT_COST);
    }

    public PasswordHasher(int cost) {
        this.cost = cost;
    }

    public String hash(char[] password) {
        return BCrypt.hashpw(toUtf8String(password), BCrypt.gensalt(cost));
    }

    public boolean matches(char[] password, String hash) {
        try {
            return BCrypt.checkpw(toUtf8String(password), hash);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Spends the time of one check although there is no account to check against, so that a
     * wrong email takes as long as a wrong password.
     */
    public void burnOneCheck(char[] password) {
        String hash = dummyHash;
        if (hash == null) {
            hash = BCrypt.hashpw("no account has this password", BCrypt.gensalt(cost));
            dummyHash = hash;
        }
        matches(password, hash);
    }

    public int cost() {
        return cost;
    }

    private static String toUtf8String(char[] password) {
        // jbcrypt takes a String and encodes it as UTF-8 itself
        return new String(password);
    }
}
