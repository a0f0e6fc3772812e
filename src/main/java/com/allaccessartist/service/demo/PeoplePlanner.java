package com.allaccessartist.service.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Plans the people: person {@code i} founds organization {@code i}; most others work for an
 * organization (labels employ the most), some are independent musicians. Emails are
 * {@code firstname.lastname@<organization domain>}, or on a personal mail domain, all on the
 * reserved {@code .example} top-level domain.
 */
final class PeoplePlanner {

    private static final List<String> PERSONAL_DOMAINS = List.of("mail.example", "inbox.example", "post.example");
    /** Staff weights in OrganizationType order: label, management, publisher, distributor, studio. */
    private static final double[] STAFF_WEIGHTS = {3.0, 2.0, 1.5, 1.5, 1.0};
    private static final double EMPLOYED = 0.82;
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 8;

    private final DemoRandom random;
    private final NameGenerator names;
    private final Set<String> emails;
    private final Set<String> referralCodes;

    PeoplePlanner(DemoRandom random, ExistingData existing) {
        this.random = random;
        this.names = new NameGenerator(random);
        this.emails = new HashSet<>(existing.emails());
        this.referralCodes = new HashSet<>(existing.referralCodes());
    }

    List<DemoPerson> plan(int count, List<DemoOrganization> organizations) {
        double[] weights = new double[organizations.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = STAFF_WEIGHTS[organizations.get(i).type().ordinal()];
        }
        List<DemoPerson> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean founder = i < organizations.size();
            DemoOrganization home = founder ? organizations.get(i)
                    : random.chance(EMPLOYED) ? organizations.get(random.weighted(weights)) : null;
            String first = names.firstName();
            String last = names.lastName();
            String domain = home == null ? random.pick(PERSONAL_DOMAINS) : home.domain();
            DemoPlace place = home != null && random.chance(0.8) ? home.place() : random.pick(DemoPlace.ALL);
            people.add(new DemoPerson(i, random.uuid(), first, last, uniqueEmail(first, last, domain), place, home,
                    founder, uniqueReferralCode()));
        }
        return people;
    }

    private String uniqueEmail(String first, String last, String domain) {
        String local = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
        String email = local + "@" + domain;
        for (int n = 2; !emails.add(email); n++) {
            email = local + n + "@" + domain;
        }
        return email;
    }

    private String uniqueReferralCode() {
        String code;
        do {
            StringBuilder builder = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                builder.append(random.pick(CODE_ALPHABET));
            }
            code = builder.toString();
        } while (!referralCodes.add(code));
        return code;
    }
}
