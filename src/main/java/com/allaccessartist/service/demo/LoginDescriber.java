package com.allaccessartist.service.demo;

import com.allaccessartist.domain.Messages;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Says, for each demo person, what they may do: the owner of a founded organization, the role
 * of their first current grant, or (with nothing current) which grant expired or was revoked.
 */
final class LoginDescriber {

    private final OffsetDateTime now;

    LoginDescriber(OffsetDateTime now) {
        this.now = now;
    }

    List<DemoLogin> describe(List<DemoPerson> people, List<OrganizationGrant> organizationGrants,
                             List<DemoArtist> artists, List<ArtistGrant> artistGrants, Map<UUID, String> loginRoles) {
        Map<UUID, List<OrganizationGrant>> organizationsOf = new HashMap<>();
        organizationGrants.forEach(g -> organizationsOf.computeIfAbsent(g.userId(), k -> new ArrayList<>()).add(g));
        Map<UUID, List<ArtistGrant>> artistsOf = new HashMap<>();
        artistGrants.forEach(g -> artistsOf.computeIfAbsent(g.userId(), k -> new ArrayList<>()).add(g));
        Map<UUID, DemoArtist> ownedIndependent = new HashMap<>();
        artists.stream().filter(DemoArtist::independent).forEach(a -> ownedIndependent.putIfAbsent(a.creator().id(), a));

        List<DemoLogin> logins = new ArrayList<>(people.size());
        for (DemoPerson person : people) {
            String description = describe(person, organizationsOf.getOrDefault(person.id(), List.of()),
                    ownedIndependent.get(person.id()), artistsOf.getOrDefault(person.id(), List.of()));
            logins.add(new DemoLogin(person.email(), person.displayName(), description, loginRoles.get(person.id())));
        }
        return logins;
    }

    private String describe(DemoPerson person, List<OrganizationGrant> organizations, DemoArtist ownedIndependent,
                            List<ArtistGrant> artists) {
        if (person.founder()) {
            return Messages.format("demo.login.organization.owner", person.home().name());
        }
        for (OrganizationGrant grant : organizations) {
            if (grant.terms().current(now)) {
                return organizationRole(grant);
            }
        }
        if (ownedIndependent != null) {
            return Messages.format("demo.login.artist.owner", ownedIndependent.name());
        }
        for (ArtistGrant grant : artists) {
            if (grant.terms().current(now)) {
                return artistRole(grant);
            }
        }
        if (!organizations.isEmpty()) {
            return lapsed(organizationRole(organizations.get(0)), organizations.get(0).terms());
        }
        if (!artists.isEmpty()) {
            return lapsed(artistRole(artists.get(0)), artists.get(0).terms());
        }
        return Messages.get("demo.login.none");
    }

    private static String organizationRole(OrganizationGrant grant) {
        return Messages.format("demo.login.organization." + grant.role().dbValue(), grant.organization().name());
    }

    private static String artistRole(ArtistGrant grant) {
        return Messages.format("demo.login.artist." + grant.role().dbValue(), grant.artist().name());
    }

    private String lapsed(String role, GrantTerms terms) {
        return Messages.format(terms.expired(now) ? "demo.login.expired" : "demo.login.revoked", role);
    }
}
