package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.domain.org.OrganizationType;
import java.util.UUID;

/**
 * A row of the Organizations list.
 *
 * @param myRole the signed-in person's role in it, or null if they see it otherwise
 * @param artists how many artists it has
 */
public record OrganizationSummary(UUID id, String name, OrganizationType type, boolean active, boolean verified,
                                  String city, String country, long artists, OrganizationRole myRole) {
}
