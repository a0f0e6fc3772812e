package com.allaccessartist.service.people;

import com.allaccessartist.domain.org.OrganizationRights;
import com.allaccessartist.domain.org.OrganizationRole;
import java.time.Instant;
import java.util.UUID;

/**
 * One person's grant in an organization (a {@code user_organization_roles} row), as the people
 * list shows it.
 *
 * @param grantId       the grant's id (changing and revoking name it)
 * @param displayName   the person's display name; null when unknown to the caller (no profile, or
 *                      on PostgreSQL a person the caller may not read)
 * @param email         the person's email address; null when unknown to the caller
 * @param grantedByName the display name (or, without one, the email) of who granted it; null when unknown
 * @param active        {@code is_active}: false once revoked (the row stays for history)
 * @param inForce       active and not expired now: the grant gives its rights
 * @param version       the row version a change or revocation is made from
 */
public record OrganizationGrantRow(UUID grantId, UUID organizationId, UUID userId, String displayName, String email,
                                   OrganizationRole role, OrganizationRights flags, UUID grantedById,
                                   String grantedByName, Instant grantedAt, Instant expiresAt, boolean active,
                                   boolean inForce, long version) {
}
