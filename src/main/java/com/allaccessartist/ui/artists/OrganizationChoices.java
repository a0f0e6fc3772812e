package com.allaccessartist.ui.artists;

import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.catalog.OrganizationService;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Where an artist may belong, for the editor's organization chooser: independent, every
 * organization the person may create artists in ({@link AccessService#mayCreateArtistIn}), and the
 * artist's own organization even when the person may not create artists there (so it is not moved
 * by accident). Asked of the services; call off the FX thread.
 */
final class OrganizationChoices {

    private final OrganizationService organizations;
    private final AccessService access;

    OrganizationChoices(OrganizationService organizations, AccessService access) {
        this.organizations = organizations;
        this.access = access;
    }

    /** @param current the artist's organization, or null (new or independent artist) */
    List<OrganizationOption> load(OrganizationOption current) {
        List<OrganizationOption> options = new ArrayList<>(List.of(OrganizationOption.independent()));
        organizations.list(false).stream().filter(o -> access.mayCreateArtistIn(o.id()))
                .forEach(o -> options.add(new OrganizationOption(o.id(), o.name())));
        UUID own = current == null ? null : current.id();
        if (own != null && options.stream().noneMatch(o -> own.equals(o.id()))) {
            options.add(current);
        }
        return options;
    }
}
