package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.domain.org.OrganizationType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the signed-in person can see of the catalogue, in numbers.
 *
 * @param organizations    organizations they belong to, with their role
 * @param artists          artists they may see
 * @param releasesByStatus their releases per status (every status present, zero if none)
 * @param songs            songs on those releases
 */
public record CatalogOverview(List<Membership> organizations, long artists, Map<ReleaseStatus, Long> releasesByStatus,
                              long songs) {

    public long releases() {
        return releasesByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** One organization of the person. */
    public record Membership(UUID organizationId, String name, OrganizationType type, OrganizationRole role,
                             long artists) {
    }
}
