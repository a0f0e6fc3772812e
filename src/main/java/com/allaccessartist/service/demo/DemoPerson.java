package com.allaccessartist.service.demo;

import java.util.UUID;

/**
 * A planned person (a users row with its user_profiles row).
 *
 * @param index        position in the plan; person {@code i < organizations} founded organization {@code i}
 * @param id           users.id
 * @param firstName    first name
 * @param lastName     last name
 * @param email        unique, lower case, on the {@code .example} top-level domain
 * @param place        where they live (time zone)
 * @param home         the organization they work for, or {@code null} for an independent musician
 * @param founder      whether they created (and so own) {@code home}
 * @param referralCode their unique referral code
 */
record DemoPerson(int index, UUID id, String firstName, String lastName, String email, DemoPlace place,
                  DemoOrganization home, boolean founder, String referralCode) {

    String displayName() {
        return firstName + " " + lastName;
    }
}
