package com.allaccessartist.service.demo;

import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.domain.catalog.Slug;
import com.allaccessartist.domain.org.OrganizationType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Plans the artists: one of each type first, then mostly individuals and bands; most are on a
 * label's roster or a management company's books, some independent. Each is created by someone
 * who may manage the organization's artists (or, if independent, by an independent musician,
 * who the database then makes its owner), and has an issuer for its codes: its own label, or a
 * label or distributor releasing for it.
 */
final class ArtistPlanner {

    private static final double[] TYPE_WEIGHTS = {0.45, 0.30, 0.12, 0.13};
    private static final double IN_ORGANIZATION = 0.8;
    private static final double SELF_RELEASED = 0.45;
    private static final int NAME_ATTEMPTS = 40;
    private static final LocalDate EARLIEST_FORMED = LocalDate.of(1995, 1, 1);

    private final DemoRandom random;
    private final NameGenerator names;
    private final Set<String> slugs;
    private final LocalDate today;

    ArtistPlanner(DemoRandom random, ExistingData existing, LocalDate today) {
        this.random = random;
        this.names = new NameGenerator(random);
        this.slugs = new HashSet<>(existing.artistSlugs());
        this.today = today;
    }

    List<DemoArtist> plan(int count, List<DemoOrganization> organizations, List<DemoPerson> people,
                          List<OrganizationGrant> grants, OffsetDateTime now) {
        List<DemoOrganization> labels = ofType(organizations, OrganizationType.LABEL);
        List<DemoOrganization> managers = ofType(organizations, OrganizationType.MANAGEMENT);
        List<DemoOrganization> distributors = ofType(organizations, OrganizationType.DISTRIBUTOR);
        Map<UUID, List<DemoPerson>> creators = artistManagers(organizations, people, grants, now);
        List<DemoPerson> independents = people.stream().filter(p -> p.home() == null).toList();
        List<DemoPerson> anyoneForIndependents = independents.isEmpty() ? people : independents;

        List<DemoArtist> artists = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ArtistType type = i < ArtistType.values().length ? ArtistType.values()[i]
                    : ArtistType.values()[random.weighted(TYPE_WEIGHTS)];
            DemoOrganization organization = null;
            if (random.chance(IN_ORGANIZATION)) {
                organization = managers.isEmpty() || random.chance(0.7) ? random.pick(labels) : random.pick(managers);
            }
            DemoPerson creator = organization == null ? random.pick(anyoneForIndependents)
                    : random.pick(creators.get(organization.id()));
            String name = uniqueName(type, i);
            DemoGenre genre = random.pick(DemoGenre.ALL);
            DemoPlace place = organization != null && random.chance(0.6) ? organization.place()
                    : random.pick(DemoPlace.ALL);
            LocalDate formed = random.dateBetween(EARLIEST_FORMED, today.minusYears(1));
            DemoOrganization issuer;
            boolean selfReleased;
            if (organization != null && organization.type() == OrganizationType.LABEL) {
                issuer = organization;
                selfReleased = false;
            } else if (!distributors.isEmpty() && random.chance(SELF_RELEASED)) {
                issuer = random.pick(distributors);
                selfReleased = true;
            } else {
                issuer = random.pick(labels);
                selfReleased = false;
            }
            artists.add(new DemoArtist(i, random.uuid(), name, Slug.slugify(name), type, organization, creator,
                    genre, genre.someSubgenres(random), place, formed, issuer, selfReleased, random.chance(0.3)));
        }
        return artists;
    }

    private String uniqueName(ArtistType type, int index) {
        for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
            String name = names.artistName(type);
            if (slugs.add(Slug.slugify(name))) {
                return name;
            }
        }
        String name = names.artistName(type) + " " + (index + 1);
        for (int n = 2; !slugs.add(Slug.slugify(name)); n++) {
            name = names.artistName(type) + " " + (index + n);
        }
        return name;
    }

    /** Per organization: its founder and everyone with a current grant that may manage artists. */
    private static Map<UUID, List<DemoPerson>> artistManagers(List<DemoOrganization> organizations,
                                                              List<DemoPerson> people,
                                                              List<OrganizationGrant> grants, OffsetDateTime now) {
        Map<UUID, DemoPerson> byId = new HashMap<>();
        people.forEach(p -> byId.put(p.id(), p));
        Map<UUID, List<DemoPerson>> result = new HashMap<>();
        for (DemoOrganization organization : organizations) {
            result.computeIfAbsent(organization.id(), k -> new ArrayList<>()).add(people.get(organization.index()));
        }
        for (OrganizationGrant grant : grants) {
            DemoPerson person = byId.get(grant.userId());
            if (person != null && grant.manageArtists() && grant.terms().current(now)) {
                result.get(grant.organization().id()).add(person);
            }
        }
        return result;
    }

    private static List<DemoOrganization> ofType(List<DemoOrganization> organizations, OrganizationType type) {
        return organizations.stream().filter(o -> o.type() == type).toList();
    }
}
