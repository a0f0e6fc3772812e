package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.domain.org.PostalAddress;

/**
 * What the organization editor submits: every editable column of {@code organizations}.
 * Texts are as typed; the service trims and checks them (blank optional fields become null).
 */
public record OrganizationDraft(String name, OrganizationType type, String description, String websiteUrl,
                                String logoUrl, String contactEmail, String contactPhone, PostalAddress address,
                                String taxId, String businessRegistration, boolean active, boolean verified) {
}
