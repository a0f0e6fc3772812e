package com.allaccessartist.ui.organizations;

import com.allaccessartist.domain.Messages;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A country of the address: its ISO 3166-1 alpha-2 code and its name in the person's language.
 * Shown as "Germany (DE)", so typing either the name or the code finds it.
 *
 * @param code the ISO code, empty for {@link #none()}
 */
public record CountryChoice(String code, String name) {

    private static final List<CountryChoice> ALL = load();

    /** "No country". */
    public static CountryChoice none() {
        return ALL.get(0);
    }

    /** "No country" first, then every ISO 3166 country by name. */
    public static List<CountryChoice> all() {
        return ALL;
    }

    /** The choice of {@code code} (any case), or {@link #none()} for null, blank or unknown codes. */
    public static CountryChoice of(String code) {
        if (code == null || code.isBlank()) {
            return none();
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return ALL.stream().filter(c -> c.code.equals(upper)).findFirst().orElse(none());
    }

    /** The country's name, or an empty text for none. */
    public static String nameOf(String code) {
        CountryChoice choice = of(code);
        return choice.isNone() ? (code == null ? "" : code) : choice.name;
    }

    public boolean isNone() {
        return code.isEmpty();
    }

    /** The code to store, or null for none. */
    public String codeOrNull() {
        return isNone() ? null : code;
    }

    @Override
    public String toString() {
        return isNone() ? name : name + " (" + code + ")";
    }

    private static List<CountryChoice> load() {
        Locale locale = Locale.getDefault();
        Collator collator = Collator.getInstance(locale);
        List<CountryChoice> countries = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            countries.add(new CountryChoice(code, new Locale("", code).getDisplayCountry(locale)));
        }
        countries.sort(Comparator.comparing(CountryChoice::name, collator));
        countries.add(0, new CountryChoice("", Messages.get("organizations.country.none")));
        return List.copyOf(countries);
    }
}
