package com.allaccessartist.service.demo;

import com.allaccessartist.domain.AppException;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * What to load.
 *
 * @param size         how much to generate
 * @param seed         the seed of every random choice: the same seed on an empty database gives
 *                     exactly the same rows (ids, names, codes, grants)
 * @param ownerUserId  a person already in the database (the one signed in to the GUI) who becomes
 *                     owner of every demo organization so they see all of it, or {@code null}
 * @param demoPassword the password every demo person signs in with, or {@code null} for demo
 *                     people who cannot sign in. On H2 it becomes their local credentials; on
 *                     PostgreSQL each demo person gets a login role with it. The request keeps a
 *                     copy; {@link #demoPassword()} returns another copy for the caller to clear.
 */
public record DemoRequest(DemoSize size, long seed, UUID ownerUserId, char[] demoPassword) {

    /** The seed used when none is given, so that "the demo catalogue" is the same everywhere. */
    public static final long DEFAULT_SEED = 20_240_501L;

    /**
     * @throws AppException {@code demo.password.empty} if a password is given but empty
     */
    public DemoRequest {
        Objects.requireNonNull(size, "size");
        if (demoPassword != null && demoPassword.length == 0) {
            throw new AppException("demo.password.empty");
        }
        demoPassword = demoPassword == null ? null : demoPassword.clone();
    }

    /** The default demo of {@code size}: default seed, no owner, no sign-in. */
    public static DemoRequest of(DemoSize size) {
        return new DemoRequest(size, DEFAULT_SEED, null, null);
    }

    /** A copy of the demo password, or {@code null}; the caller should clear it after use. */
    @Override
    public char[] demoPassword() {
        return demoPassword == null ? null : demoPassword.clone();
    }

    /** Whether demo people get a password to sign in with. */
    public boolean hasPassword() {
        return demoPassword != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DemoRequest that && seed == that.seed && size.equals(that.size)
                && Objects.equals(ownerUserId, that.ownerUserId) && Arrays.equals(demoPassword, that.demoPassword);
    }

    @Override
    public int hashCode() {
        return Objects.hash(size, seed, ownerUserId, Arrays.hashCode(demoPassword));
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "DemoRequest[size=" + size + ", seed=" + seed + ", ownerUserId=" + ownerUserId
                + ", demoPassword=" + (demoPassword == null ? "none" : "***") + "]";
    }
}
