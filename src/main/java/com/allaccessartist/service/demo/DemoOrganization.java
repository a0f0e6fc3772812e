package com.allaccessartist.service.demo;

import com.allaccessartist.domain.org.OrganizationType;
import java.util.UUID;

/**
 * A planned organization.
 *
 * @param index        position in the plan (0 = the flagship label)
 * @param id           organizations.id
 * @param name         unique name, for example "Northern Lights Records"
 * @param type         label, management, publisher, distributor or studio
 * @param domain       its internet domain on the reserved {@code .example} top-level domain
 * @param place        where it is based
 * @param street       street address in {@code place}
 * @param postalCode   postal code in {@code place}
 * @param phone        fictional phone number, or {@code null}
 * @param verified     whether the platform verified it
 * @param registration business registration number; the {@link #REGISTRATION_PREFIX} marks demo data
 */
record DemoOrganization(int index, UUID id, String name, OrganizationType type, String domain, DemoPlace place,
                        String street, String postalCode, String phone, boolean verified, String registration) {

    /** Prefix of every demo organization's business registration: how a loaded demo is recognised. */
    static final String REGISTRATION_PREFIX = "DEMO-";

    /** One sentence about it, for organizations.description. */
    String description() {
        String what = switch (type) {
            case LABEL -> "Independent record label";
            case MANAGEMENT -> "Artist management company";
            case PUBLISHER -> "Music publisher";
            case DISTRIBUTOR -> "Digital distributor";
            case STUDIO -> "Recording and mastering studio";
        };
        return what + " based in " + place.city() + ", " + place.countryName() + ".";
    }
}
