package com.allaccessartist.service.demo;

import java.time.OffsetDateTime;

/**
 * When a grant was given, whether it runs out, and whether it was revoked.
 *
 * @param grantedAt when it was given
 * @param expiresAt when it runs out, or {@code null} (in the past for an expired grant)
 * @param active    {@code false} for a revoked grant
 */
record GrantTerms(OffsetDateTime grantedAt, OffsetDateTime expiresAt, boolean active) {

    /** Whether the grant gives access at {@code now}. */
    boolean current(OffsetDateTime now) {
        return active && (expiresAt == null || expiresAt.isAfter(now));
    }

    /** Whether it ran out before {@code now}. */
    boolean expired(OffsetDateTime now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
