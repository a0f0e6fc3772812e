package com.allaccessartist.service.demo;

import com.allaccessartist.domain.catalog.Isrc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issues ISRCs the way a label does: each issuer (label or distributor) has a registrant prefix
 * (its country code and three letters or digits), and designations run sequentially per
 * registrant and year of assignment. When a year's 99,999 designations are used up the issuer
 * is given another registrant code, as the ISRC agency would. Prefixes are unique within the
 * demo and differ from every prefix already in the database, so every code is unique.
 */
final class IsrcAllocator {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final int MAX_FIRST_DESIGNATION = 400;

    private final DemoRandom random;
    private final Set<String> usedPrefixes;
    private final Map<Integer, List<String>> registrants = new HashMap<>();
    private final Map<Long, Counter> counters = new HashMap<>();

    IsrcAllocator(DemoRandom random, ExistingData existing) {
        this.random = random;
        this.usedPrefixes = new HashSet<>(existing.isrcPrefixes());
    }

    /** The next ISRC of {@code issuer} for a code assigned in {@code year}. */
    Isrc next(DemoOrganization issuer, int year) {
        int yy = Math.floorMod(year, 100);
        Counter counter = counters.computeIfAbsent((long) issuer.index() * 100 + yy,
                key -> new Counter(random.between(1, MAX_FIRST_DESIGNATION)));
        if (counter.designation > Isrc.MAX_DESIGNATION) {
            counter.registrant++;
            counter.designation = 1;
        }
        String registrant = registrant(issuer, counter.registrant);
        return Isrc.of(issuer.place().country(), registrant, yy, counter.designation++);
    }

    private String registrant(DemoOrganization issuer, int number) {
        List<String> codes = registrants.computeIfAbsent(issuer.index(), key -> new ArrayList<>());
        while (codes.size() <= number) {
            codes.add(newRegistrant(issuer));
        }
        return codes.get(number);
    }

    /** Three characters starting with the issuer's initial, unique with the country code. */
    private String newRegistrant(DemoOrganization issuer) {
        char initial = Character.toUpperCase(issuer.name().charAt(0));
        String first = initial >= 'A' && initial <= 'Z' ? String.valueOf(initial) : "X";
        String code;
        do {
            code = first + random.pick(ALPHANUMERIC) + random.pick(ALPHANUMERIC);
            if (usedPrefixes.contains(issuer.place().country() + code)) {
                first = String.valueOf(random.pick(ALPHANUMERIC.substring(0, 26)));
            }
        } while (!usedPrefixes.add(issuer.place().country() + code));
        return code;
    }

    private static final class Counter {
        private int registrant;
        private int designation;

        Counter(int firstDesignation) {
            this.designation = firstDesignation;
        }
    }
}
