package com.allaccessartist.ui.organizations;

import java.util.UUID;

/**
 * A row of the Organizations list, ready to show.
 *
 * @param place   "City, Country" (either part may be missing)
 * @param role    the person's role in it, or empty
 * @param mayEdit whether the person is its owner or administrator
 */
public record OrganizationItem(UUID id, String name, String type, String place, boolean active, boolean verified,
                               long artists, String role, boolean mayEdit) {
}
