package com.allaccessartist.service.demo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Issues catalogue numbers per label: the label's initials and a sequential number, for example
 * "NLR-0042" for Northern Lights Records. Initials are unique among the demo's labels (a digit
 * is added on a clash), so numbers are unique per label and across the demo.
 */
final class CatalogueNumberAllocator {

    private static final int MAX_INITIALS = 4;

    private final DemoRandom random;
    private final Set<String> usedPrefixes = new HashSet<>();
    private final Map<Integer, String> prefixes = new HashMap<>();
    private final Map<Integer, Integer> counters = new HashMap<>();

    CatalogueNumberAllocator(DemoRandom random) {
        this.random = random;
    }

    /** The next catalogue number of {@code label}. */
    String next(DemoOrganization label) {
        String prefix = prefixes.computeIfAbsent(label.index(), key -> newPrefix(label));
        int number = counters.computeIfAbsent(label.index(), key -> random.between(1, 60));
        counters.put(label.index(), number + 1);
        return String.format("%s-%04d", prefix, number);
    }

    private String newPrefix(DemoOrganization label) {
        StringBuilder initials = new StringBuilder();
        for (String word : label.name().split("[\\s&]+")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0)) && initials.length() < MAX_INITIALS) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        String base = initials.length() < 2 ? label.name().substring(0, 2).toUpperCase(Locale.ROOT) : initials.toString();
        String prefix = base;
        for (int n = 2; !usedPrefixes.add(prefix); n++) {
            prefix = base + n;
        }
        return prefix;
    }
}
