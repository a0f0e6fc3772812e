package com.allaccessartist.service.demo;

import java.util.List;

/**
 * A city the demo places organizations, people and artists in. Postal codes and phone numbers
 * follow the country's format ({@code #} a digit, {@code @} a letter); phone numbers use the
 * ranges regulators reserve for fiction (Ofcom's 020 7946 0xxx, the North American 555-01xx,
 * ACMA's 03 7010 xxxx...) and are {@code null} where no such range is known.
 *
 * @param city          city name
 * @param region        state, province, county or nation
 * @param country       ISO 3166-1 alpha-2 code, also the ISRC prefix of labels based here
 * @param countryName   English country name, for artist locations
 * @param postalPattern postal code pattern
 * @param phonePattern  fictional phone number pattern, or {@code null}
 * @param timezone      IANA time zone of people living here
 * @param streetStyle   how addresses are written
 */
record DemoPlace(String city, String region, String country, String countryName, String postalPattern,
                 String phonePattern, String timezone, StreetStyle streetStyle) {

    /** How a street address is written in a country. */
    enum StreetStyle {
        /** "12 Harbour Street" */
        ENGLISH,
        /** "Lindenstraße 12" */
        GERMAN,
        /** "Götgatan 12" */
        SWEDISH,
        /** "12 rue Oberkampf" */
        FRENCH
    }

    private static final String GB = "United Kingdom";
    private static final String US = "United States";

    static final List<DemoPlace> ALL = List.of(
            new DemoPlace("London", "England", "GB", GB, "N# #@@", "+44 20 7946 0###", "Europe/London", StreetStyle.ENGLISH),
            new DemoPlace("Manchester", "England", "GB", GB, "M# #@@", "+44 161 496 0###", "Europe/London", StreetStyle.ENGLISH),
            new DemoPlace("Glasgow", "Scotland", "GB", GB, "G# #@@", "+44 141 496 0###", "Europe/London", StreetStyle.ENGLISH),
            new DemoPlace("Bristol", "England", "GB", GB, "BS# #@@", "+44 117 496 0###", "Europe/London", StreetStyle.ENGLISH),
            new DemoPlace("Nashville", "Tennessee", "US", US, "372##", "+1 615 555 01##", "America/Chicago", StreetStyle.ENGLISH),
            new DemoPlace("Los Angeles", "California", "US", US, "900##", "+1 213 555 01##", "America/Los_Angeles", StreetStyle.ENGLISH),
            new DemoPlace("New York", "New York", "US", US, "100##", "+1 212 555 01##", "America/New_York", StreetStyle.ENGLISH),
            new DemoPlace("Atlanta", "Georgia", "US", US, "303##", "+1 404 555 01##", "America/New_York", StreetStyle.ENGLISH),
            new DemoPlace("Austin", "Texas", "US", US, "787##", "+1 512 555 01##", "America/Chicago", StreetStyle.ENGLISH),
            new DemoPlace("Seattle", "Washington", "US", US, "981##", "+1 206 555 01##", "America/Los_Angeles", StreetStyle.ENGLISH),
            new DemoPlace("Toronto", "Ontario", "CA", "Canada", "M#@ #@#", "+1 416 555 01##", "America/Toronto", StreetStyle.ENGLISH),
            new DemoPlace("Montreal", "Quebec", "CA", "Canada", "H#@ #@#", "+1 514 555 01##", "America/Toronto", StreetStyle.ENGLISH),
            new DemoPlace("Berlin", "Berlin", "DE", "Germany", "10###", "+49 30 23125 ###", "Europe/Berlin", StreetStyle.GERMAN),
            new DemoPlace("Hamburg", "Hamburg", "DE", "Germany", "20###", "+49 40 66969 ###", "Europe/Berlin", StreetStyle.GERMAN),
            new DemoPlace("Stockholm", "Stockholm County", "SE", "Sweden", "11# ##", null, "Europe/Stockholm", StreetStyle.SWEDISH),
            new DemoPlace("Dublin", "Leinster", "IE", "Ireland", "D0# @###", null, "Europe/Dublin", StreetStyle.ENGLISH),
            new DemoPlace("Melbourne", "Victoria", "AU", "Australia", "30##", "+61 3 7010 ####", "Australia/Melbourne", StreetStyle.ENGLISH),
            new DemoPlace("Sydney", "New South Wales", "AU", "Australia", "20##", "+61 2 5550 ####", "Australia/Sydney", StreetStyle.ENGLISH),
            new DemoPlace("Auckland", "Auckland", "NZ", "New Zealand", "10##", null, "Pacific/Auckland", StreetStyle.ENGLISH),
            new DemoPlace("Paris", "Île-de-France", "FR", "France", "750##", "+33 1 99 00 ## ##", "Europe/Paris", StreetStyle.FRENCH));

    /** A street address in this place's style. */
    String street(DemoRandom random) {
        int number = random.between(1, 240);
        return switch (streetStyle) {
            case ENGLISH -> number + " " + random.pick(random.chance(0.5) ? WordLists.NOUNS : WordLists.LAST_NAMES)
                    + " " + random.pick(WordLists.STREET_SUFFIXES);
            case GERMAN -> random.pick(WordLists.GERMAN_STREETS) + " " + number;
            case SWEDISH -> random.pick(WordLists.SWEDISH_STREETS) + " " + number;
            case FRENCH -> number + " rue " + random.pick(WordLists.FRENCH_STREETS);
        };
    }

    /** A postal code of this place. */
    String postalCode(DemoRandom random) {
        return random.fill(postalPattern);
    }

    /** A fictional phone number here, or {@code null} where none is reserved. */
    String phone(DemoRandom random) {
        return phonePattern == null ? null : random.fill(phonePattern);
    }

    /** "Manchester, United Kingdom" */
    String location() {
        return city + ", " + countryName;
    }
}
