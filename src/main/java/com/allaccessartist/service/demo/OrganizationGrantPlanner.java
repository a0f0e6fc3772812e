package com.allaccessartist.service.demo;

import com.allaccessartist.domain.org.OrganizationRole;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Plans user_organization_roles: every employed person gets a role at their organization
 * (admin, manager, editor or viewer, with the flags such a role usually has), some also a
 * second role elsewhere (a distributor's staff viewing a label's catalogue), and a few grants
 * are expired, temporary or revoked. Founders' owner rows come from the database's trigger.
 * The requesting person, if any, becomes owner of every demo organization.
 */
final class OrganizationGrantPlanner {

    private static final List<OrganizationRole> FIRST_ROLES = List.of(OrganizationRole.ADMIN,
            OrganizationRole.MANAGER, OrganizationRole.EDITOR, OrganizationRole.VIEWER);
    /** Weights of admin, manager, editor, viewer. */
    private static final double[] ROLE_WEIGHTS = {0.10, 0.25, 0.30, 0.35};
    private static final double SECOND_ROLE = 0.15;

    private final DemoRandom random;
    private final GrantTermsPlanner terms;

    OrganizationGrantPlanner(DemoRandom random, GrantTermsPlanner terms) {
        this.random = random;
        this.terms = terms;
    }

    List<OrganizationGrant> plan(List<DemoPerson> people, List<DemoOrganization> organizations, UUID requestOwner) {
        List<OrganizationGrant> grants = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        int forced = 0;
        for (DemoPerson person : people) {
            if (person.home() == null) {
                continue;
            }
            // founders' own rows come from the trigger; nobody gets a second row in their home organization
            taken.add(person.id() + "/" + person.home().id());
            if (person.founder()) {
                continue;
            }
            OrganizationRole role = forced < FIRST_ROLES.size() ? FIRST_ROLES.get(forced++)
                    : FIRST_ROLES.get(random.weighted(ROLE_WEIGHTS));
            grants.add(grant(person, person.home(), role, people));
        }
        if (organizations.size() > 1) {
            for (DemoPerson person : people) {
                if (person.home() == null || !random.chance(SECOND_ROLE)) {
                    continue;
                }
                DemoOrganization other = random.pick(organizations);
                if (taken.add(person.id() + "/" + other.id())) {
                    OrganizationRole role = random.chance(0.7) ? OrganizationRole.VIEWER : OrganizationRole.EDITOR;
                    grants.add(grant(person, other, role, people));
                }
            }
        }
        terms.ensureEveryKind(grants, OrganizationGrant::terms, OrganizationGrant::withTerms);
        if (requestOwner != null) {
            for (DemoOrganization organization : organizations) {
                grants.add(new OrganizationGrant(random.uuid(), requestOwner, organization, OrganizationRole.OWNER,
                        true, true, true, true, requestOwner, terms.givenNow()));
            }
        }
        return grants;
    }

    private OrganizationGrant grant(DemoPerson person, DemoOrganization organization, OrganizationRole role,
                                    List<DemoPerson> people) {
        UUID founder = people.get(organization.index()).id();
        boolean artists;
        boolean releases;
        boolean finances;
        boolean users;
        switch (role) {
            case ADMIN -> {
                artists = true;
                releases = true;
                finances = random.chance(0.8);
                users = true;
            }
            case MANAGER -> {
                artists = true;
                releases = true;
                finances = random.chance(0.3);
                users = random.chance(0.2);
            }
            case EDITOR -> {
                artists = random.chance(0.4);
                releases = true;
                finances = false;
                users = false;
            }
            default -> {
                artists = false;
                releases = false;
                finances = false;
                users = false;
            }
        }
        return new OrganizationGrant(random.uuid(), person.id(), organization, role, artists, releases, finances,
                users, founder, terms.draw());
    }
}
