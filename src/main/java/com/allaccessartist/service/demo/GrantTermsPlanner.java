package com.allaccessartist.service.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Draws when grants were given and whether they expired, run out later, or were revoked, and
 * makes sure a plan shows at least one expired and one revoked grant.
 */
final class GrantTermsPlanner {

    private final DemoRandom random;
    private final OffsetDateTime now;
    private final double expiredRate;
    private final double revokedRate;
    private final double temporaryRate;

    GrantTermsPlanner(DemoRandom random, OffsetDateTime now, double expiredRate, double revokedRate,
                      double temporaryRate) {
        this.random = random;
        this.now = now;
        this.expiredRate = expiredRate;
        this.revokedRate = revokedRate;
        this.temporaryRate = temporaryRate;
    }

    /** Current, permanent terms given now (for the requesting person's owner roles). */
    GrantTerms givenNow() {
        return new GrantTerms(now, null, true);
    }

    /** Terms drawn at the planner's rates. */
    GrantTerms draw() {
        double roll = random.unit();
        if (roll < expiredRate) {
            return expired();
        }
        if (roll < expiredRate + revokedRate) {
            return revoked();
        }
        if (roll < expiredRate + revokedRate + temporaryRate) {
            return temporary();
        }
        return new GrantTerms(now.minusDays(random.between(20, 1500)), null, true);
    }

    /** Current now, running out within the next eight months (a contractor, a trial). */
    GrantTerms temporary() {
        return new GrantTerms(now.minusDays(random.between(20, 400)), now.plusDays(random.between(10, 240)), true);
    }

    GrantTerms expired() {
        OffsetDateTime expires = now.minusDays(random.between(1, 300));
        return new GrantTerms(expires.minusDays(random.between(30, 700)), expires, true);
    }

    GrantTerms revoked() {
        return new GrantTerms(now.minusDays(random.between(20, 1500)), null, false);
    }

    /**
     * Gives one expired, one revoked and one temporary grant to {@code grants} where the draws
     * gave none of that kind, so that every demo shows all three. Only plain grants (current,
     * without expiry) are changed, the last ones first, so no other kind is lost.
     */
    <G> void ensureEveryKind(List<G> grants, Function<G, GrantTerms> termsOf, BiFunction<G, GrantTerms, G> withTerms) {
        if (grants.stream().noneMatch(g -> termsOf.apply(g).expired(now))) {
            replaceLastPlain(grants, termsOf, withTerms, expired());
        }
        if (grants.stream().noneMatch(g -> !termsOf.apply(g).active())) {
            replaceLastPlain(grants, termsOf, withTerms, revoked());
        }
        if (grants.stream().noneMatch(g -> isTemporary(termsOf.apply(g)))) {
            replaceLastPlain(grants, termsOf, withTerms, temporary());
        }
    }

    private boolean isTemporary(GrantTerms terms) {
        return terms.current(now) && terms.expiresAt() != null;
    }

    private static <G> void replaceLastPlain(List<G> grants, Function<G, GrantTerms> termsOf,
                                             BiFunction<G, GrantTerms, G> withTerms, GrantTerms replacement) {
        for (int i = grants.size() - 1; i >= 0; i--) {
            GrantTerms terms = termsOf.apply(grants.get(i));
            if (terms.active() && terms.expiresAt() == null) {
                grants.set(i, withTerms.apply(grants.get(i), replacement));
                return;
            }
        }
    }
}
