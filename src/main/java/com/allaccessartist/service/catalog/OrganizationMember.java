package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.org.OrganizationRole;
import java.time.Instant;
import java.util.UUID;

/** A person with a role in an organization, as the organization editor lists them (read-only here). */
public record OrganizationMember(UUID userId, String displayName, String email, OrganizationRole role,
                                 boolean active, Instant expiresAt) {
}
