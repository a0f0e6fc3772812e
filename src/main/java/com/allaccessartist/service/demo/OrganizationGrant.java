package com.allaccessartist.service.demo;

import com.allaccessartist.domain.org.OrganizationRole;
import java.util.UUID;

/**
 * A planned user_organization_roles row (founders' owner rows are made by the database's trigger
 * and are not planned).
 *
 * @param id             row id
 * @param userId         the person
 * @param organization   the organization
 * @param role           their role
 * @param manageArtists  can_manage_artists
 * @param manageReleases can_manage_releases
 * @param manageFinances can_manage_finances
 * @param manageUsers    can_manage_users
 * @param grantedBy      who gave it
 * @param terms          when, until when, revoked or not
 */
record OrganizationGrant(UUID id, UUID userId, DemoOrganization organization, OrganizationRole role,
                         boolean manageArtists, boolean manageReleases, boolean manageFinances, boolean manageUsers,
                         UUID grantedBy, GrantTerms terms) {

    OrganizationGrant withTerms(GrantTerms newTerms) {
        return new OrganizationGrant(id, userId, organization, role, manageArtists, manageReleases, manageFinances,
                manageUsers, grantedBy, newTerms);
    }
}
