package com.allaccessartist.service.demo;

import com.allaccessartist.domain.artist.ArtistRole;
import com.allaccessartist.domain.org.OrganizationType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Plans user_artist_permissions: the act itself (owner or admin of a roster artist), a manager
 * from a management company, collaborators (producers, co-writers) with revenue shares, and
 * viewers. Each artist's shares add up to at most 100.00 %. A few grants are expired,
 * temporary or revoked. The creator of an independent artist gets its owner row from the
 * database's trigger, so creators get no planned row.
 */
final class ArtistGrantPlanner {

    private static final int HUNDREDTHS = 100_00;
    private static final int ATTEMPTS = 20;

    private final DemoRandom random;
    private final GrantTermsPlanner terms;

    ArtistGrantPlanner(DemoRandom random, GrantTermsPlanner terms) {
        this.random = random;
        this.terms = terms;
    }

    List<ArtistGrant> plan(List<DemoArtist> artists, List<DemoPerson> people) {
        List<DemoPerson> managers = people.stream()
                .filter(p -> p.home() != null && p.home().type() == OrganizationType.MANAGEMENT).toList();
        List<ArtistGrant> grants = new ArrayList<>();
        for (DemoArtist artist : artists) {
            List<ArtistRole> roles = rolesFor(artist, !managers.isEmpty());
            Set<UUID> used = new HashSet<>();
            used.add(artist.creator().id());
            int remaining = HUNDREDTHS;
            for (ArtistRole role : roles) {
                DemoPerson person = distinct(role == ArtistRole.MANAGER ? managers : people, used);
                if (person == null) {
                    continue;
                }
                int share = Math.min(remaining, share(role));
                remaining -= share;
                grants.add(new ArtistGrant(random.uuid(), person.id(), artist, role, flags(role),
                        BigDecimal.valueOf(share, 2), artist.creator().id(), terms.draw()));
            }
        }
        terms.ensureEveryKind(grants, ArtistGrant::terms, ArtistGrant::withTerms);
        return grants;
    }

    private List<ArtistRole> rolesFor(DemoArtist artist, boolean managersExist) {
        List<ArtistRole> roles = new ArrayList<>();
        if (!artist.independent() && random.chance(0.85)) {
            roles.add(random.chance(0.4) ? ArtistRole.OWNER : ArtistRole.ADMIN);
        }
        if (managersExist && random.chance(artist.independent() ? 0.5 : 0.35)) {
            roles.add(ArtistRole.MANAGER);
        }
        int collaborators = random.between(0, 2);
        for (int i = 0; i < collaborators; i++) {
            roles.add(ArtistRole.COLLABORATOR);
        }
        if (random.chance(0.3)) {
            roles.add(ArtistRole.VIEWER);
        }
        // the first artists show every role, so that a small demo has them all
        if (artist.index() < ArtistRole.values().length && !roles.contains(ArtistRole.values()[artist.index()])) {
            roles.add(ArtistRole.values()[artist.index()]);
        }
        return roles;
    }

    private DemoPerson distinct(List<DemoPerson> candidates, Set<UUID> used) {
        if (candidates.isEmpty()) {
            return null;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            DemoPerson person = random.pick(candidates);
            if (used.add(person.id())) {
                return person;
            }
        }
        return null;
    }

    /** A share in hundredths of a percent, in quarter-percent steps. */
    private int share(ArtistRole role) {
        return switch (role) {
            case OWNER -> random.between(160, 280) * 25;
            case ADMIN -> random.between(100, 200) * 25;
            case MANAGER -> random.between(40, 80) * 25;
            case COLLABORATOR -> random.between(8, 100) * 25;
            case VIEWER -> 0;
        };
    }

    private ArtistGrant.Flags flags(ArtistRole role) {
        return switch (role) {
            case OWNER -> new ArtistGrant.Flags(true, true, true, true, true, true, true);
            case ADMIN -> new ArtistGrant.Flags(true, true, true, random.chance(0.5), true, true, true);
            case MANAGER -> new ArtistGrant.Flags(true, random.chance(0.6), random.chance(0.4), random.chance(0.4),
                    true, true, random.chance(0.5));
            case COLLABORATOR -> new ArtistGrant.Flags(false, false, true, false, false, random.chance(0.6), false);
            case VIEWER -> new ArtistGrant.Flags(false, false, false, false, false, random.chance(0.5), false);
        };
    }
}
