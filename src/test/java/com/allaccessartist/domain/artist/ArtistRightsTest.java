package com.allaccessartist.domain.artist;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.org.OrganizationRights;
import com.allaccessartist.domain.org.OrganizationRole;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ArtistRightsTest {

    @Test
    void eachArtistRoleStartsWithItsDocumentedFlags() {
        assertThat(ArtistRights.defaultsFor(ArtistRole.OWNER)).isEqualTo(ArtistRights.ALL);
        assertThat(ArtistRights.defaultsFor(ArtistRole.ADMIN)).isEqualTo(ArtistRights.ALL);
        assertThat(ArtistRights.defaultsFor(ArtistRole.MANAGER))
                .isEqualTo(new ArtistRights(true, true, true, false, true, true, true));
        assertThat(ArtistRights.defaultsFor(ArtistRole.COLLABORATOR))
                .isEqualTo(new ArtistRights(false, false, true, false, false, true, false));
        assertThat(ArtistRights.defaultsFor(ArtistRole.VIEWER)).isEqualTo(ArtistRights.NONE);
    }

    @Test
    void eachOrganizationRoleStartsWithItsDocumentedFlags() {
        assertThat(OrganizationRights.defaultsFor(OrganizationRole.OWNER)).isEqualTo(OrganizationRights.ALL);
        assertThat(OrganizationRights.defaultsFor(OrganizationRole.ADMIN)).isEqualTo(OrganizationRights.ALL);
        assertThat(OrganizationRights.defaultsFor(OrganizationRole.MANAGER))
                .isEqualTo(new OrganizationRights(true, true, false, false));
        assertThat(OrganizationRights.defaultsFor(OrganizationRole.EDITOR))
                .isEqualTo(new OrganizationRights(false, true, false, false));
        assertThat(OrganizationRights.defaultsFor(OrganizationRole.VIEWER)).isEqualTo(OrganizationRights.NONE);
    }

    @Test
    void aManagerCannotHandOutFinancesButCanHandOutWhatTheyHold() {
        ArtistRights manager = ArtistRights.defaultsFor(ArtistRole.MANAGER);

        assertThat(manager.covers(ArtistRights.defaultsFor(ArtistRole.COLLABORATOR))).isTrue();
        assertThat(manager.covers(ArtistRights.defaultsFor(ArtistRole.ADMIN))).isFalse();
        assertThat(manager.covers(new ArtistRights(false, false, false, true, false, false, false))).isFalse();
    }

    @Property
    void coversIsFlagByFlagAndAUnionCoversBothSides(@ForAll("rights") ArtistRights a, @ForAll("rights") ArtistRights b,
                                                    @ForAll("rights") ArtistRights c) {
        ArtistRights both = a.union(b);

        assertThat(a.covers(c)).isEqualTo(coversFlagByFlag(a, c));
        assertThat(both.covers(a)).isTrue();
        assertThat(both.covers(b)).isTrue();
        assertThat(both.covers(c)).as("nothing beyond a and b").isEqualTo(coversFlagByFlag(both, c));
        assertThat(ArtistRights.ALL.covers(a)).isTrue();
        assertThat(a.covers(ArtistRights.NONE)).isTrue();
        assertThat(a.covers(a)).isTrue();
    }

    @Property
    void organizationRightsCoverLikeSets(@ForAll boolean a1, @ForAll boolean a2, @ForAll boolean a3, @ForAll boolean a4,
                                         @ForAll boolean b1, @ForAll boolean b2, @ForAll boolean b3, @ForAll boolean b4) {
        OrganizationRights a = new OrganizationRights(a1, a2, a3, a4);
        OrganizationRights b = new OrganizationRights(b1, b2, b3, b4);

        assertThat(a.covers(b)).isEqualTo((a1 || !b1) && (a2 || !b2) && (a3 || !b3) && (a4 || !b4));
        assertThat(a.union(b).covers(a) && a.union(b).covers(b)).isTrue();
    }

    /** The reference: a holds every flag c holds. */
    private static boolean coversFlagByFlag(ArtistRights a, ArtistRights c) {
        boolean[] x = flags(a);
        boolean[] y = flags(c);
        for (int i = 0; i < x.length; i++) {
            if (y[i] && !x[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] flags(ArtistRights r) {
        return new boolean[] {r.editProfile(), r.manageReleases(), r.manageSongs(), r.manageFinances(), r.manageSocial(),
            r.viewAnalytics(), r.inviteCollaborators()};
    }

    @Provide
    Arbitrary<ArtistRights> rights() {
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(flag.list().ofSize(7), Arbitraries.just(0))
                .as((f, ignored) -> new ArtistRights(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6)));
    }
}
