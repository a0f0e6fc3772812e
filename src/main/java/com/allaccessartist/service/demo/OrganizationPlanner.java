package com.allaccessartist.service.demo;

import com.allaccessartist.domain.catalog.Slug;
import com.allaccessartist.domain.org.OrganizationType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans the organizations: the first five are one of each type (a label first, so every demo
 * has a label issuing codes), the rest mostly labels, with unique names and domains.
 */
final class OrganizationPlanner {

    private static final List<OrganizationType> FIRST_TYPES = List.of(OrganizationType.LABEL,
            OrganizationType.MANAGEMENT, OrganizationType.DISTRIBUTOR, OrganizationType.PUBLISHER,
            OrganizationType.STUDIO);
    /** Weights in {@link OrganizationType} order: label, management, publisher, distributor, studio. */
    private static final double[] TYPE_WEIGHTS = {0.40, 0.20, 0.15, 0.10, 0.15};
    private static final int NAME_ATTEMPTS = 50;

    private final DemoRandom random;
    private final NameGenerator names;

    OrganizationPlanner(DemoRandom random) {
        this.random = random;
        this.names = new NameGenerator(random);
    }

    List<DemoOrganization> plan(int count) {
        List<DemoOrganization> organizations = new ArrayList<>(count);
        Set<String> domains = new HashSet<>();
        for (int i = 0; i < count; i++) {
            OrganizationType type = i < FIRST_TYPES.size()
                    ? FIRST_TYPES.get(i)
                    : OrganizationType.values()[random.weighted(TYPE_WEIGHTS)];
            String name = uniqueName(type, domains, i);
            String domain = Slug.slugify(name) + ".example";
            domains.add(domain);
            DemoPlace place = random.pick(DemoPlace.ALL);
            organizations.add(new DemoOrganization(i, random.uuid(), name, type, domain, place, place.street(random),
                    place.postalCode(random), place.phone(random), random.chance(0.6),
                    String.format("%s%04d", DemoOrganization.REGISTRATION_PREFIX, i + 1)));
        }
        return organizations;
    }

    private String uniqueName(OrganizationType type, Set<String> domains, int index) {
        String name = names.organizationName(type);
        for (int attempt = 1; attempt < NAME_ATTEMPTS && domains.contains(Slug.slugify(name) + ".example"); attempt++) {
            name = names.organizationName(type);
        }
        return domains.contains(Slug.slugify(name) + ".example") ? name + " " + (index + 1) : name;
    }
}
