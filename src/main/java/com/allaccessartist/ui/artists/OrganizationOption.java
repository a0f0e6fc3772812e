package com.allaccessartist.ui.artists;

import com.allaccessartist.domain.Messages;
import java.util.UUID;

/**
 * An organization the artist may belong to in the editor's chooser.
 *
 * @param id null for an independent artist
 */
public record OrganizationOption(UUID id, String name) {

    /** No organization: the artist is independent, owned by whoever creates it. */
    public static OrganizationOption independent() {
        return new OrganizationOption(null, Messages.get("artists.organization.independent"));
    }

    public boolean isIndependent() {
        return id == null;
    }

    @Override
    public String toString() {
        return name;
    }
}
