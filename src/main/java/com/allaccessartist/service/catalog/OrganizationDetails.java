package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.domain.org.PostalAddress;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An organization as the editor shows it.
 *
 * @param version  the row version the editor saves against (optimistic locking)
 * @param editable whether the signed-in person may change it (owner or admin of it)
 */
public record OrganizationDetails(UUID id, String name, OrganizationType type, String description, String websiteUrl,
                                  String logoUrl, String contactEmail, String contactPhone, PostalAddress address,
                                  String taxId, String businessRegistration, boolean active, boolean verified,
                                  Instant createdAt, Instant updatedAt, long version, boolean editable,
                                  List<OrganizationMember> members) {

    public OrganizationDetails {
        members = List.copyOf(members);
    }

    /** The fields as a draft, for an editor to start from. */
    public OrganizationDraft toDraft() {
        return new OrganizationDraft(name, type, description, websiteUrl, logoUrl, contactEmail, contactPhone, address,
                taxId, businessRegistration, active, verified);
    }
}
