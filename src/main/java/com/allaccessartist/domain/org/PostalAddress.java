package com.allaccessartist.domain.org;

import com.allaccessartist.domain.ValidationException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A structured postal address, stored as the JSON object of {@code organizations.address}
 * (keys street, city, region, postal_code, country). Every part is optional; the country, when
 * given, is an ISO 3166-1 alpha-2 code (upper case, e.g. GB). Blank parts are stored as absent.
 */
public record PostalAddress(String street, String city, String region, String postalCode, String country) {

    public static final PostalAddress EMPTY = new PostalAddress(null, null, null, null, null);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final int MAX_PART = 200;

    public PostalAddress {
        street = clean(street, "street");
        city = clean(city, "city");
        region = clean(region, "region");
        postalCode = clean(postalCode, "postalCode");
        country = clean(country, "country");
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(country)) {
                throw new ValidationException("validation.address.country",
                        "A country is a two-letter ISO 3166 code such as GB, US or DE; found \"" + country + "\".", country);
            }
        }
    }

    /** The address of a stored JSON object (unknown keys are ignored). */
    public static PostalAddress fromMap(Map<String, String> json) {
        if (json == null || json.isEmpty()) {
            return EMPTY;
        }
        return new PostalAddress(json.get("street"), json.get("city"), json.get("region"), json.get("postal_code"),
                json.get("country"));
    }

    /** The JSON object to store: only the parts that are given. */
    public Map<String, String> toMap() {
        Map<String, String> json = new LinkedHashMap<>();
        put(json, "street", street);
        put(json, "city", city);
        put(json, "region", region);
        put(json, "postal_code", postalCode);
        put(json, "country", country);
        return json;
    }

    public boolean isEmpty() {
        return toMap().isEmpty();
    }

    private static void put(Map<String, String> json, String key, String value) {
        if (value != null) {
            json.put(key, value);
        }
    }

    private static String clean(String value, String part) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_PART) {
            throw new ValidationException("validation.address.tooLong",
                    "An address line can be at most " + MAX_PART + " characters long.", MAX_PART, part);
        }
        return trimmed;
    }
}
