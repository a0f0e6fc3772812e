package com.allaccessartist.service.demo;

import com.allaccessartist.domain.catalog.Upc;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Issues UPC-A barcodes the way a label with a GS1 company prefix does: a 6-digit company
 * prefix (number system digit 0, 1, 6, 7 or 8 first), a sequential 5-digit item reference,
 * and the check digit. An issuer whose 100,000 item references run out gets another prefix.
 * Prefixes are unique within the demo and differ from those of UPCs already in the database.
 */
final class UpcAllocator {

    private static final String NUMBER_SYSTEMS = "01678";
    private static final int MAX_ITEM = 99_999;
    private static final int MAX_FIRST_ITEM = 999;

    private final DemoRandom random;
    private final Set<String> usedPrefixes;
    private final Map<Integer, Block> blocks = new HashMap<>();

    UpcAllocator(DemoRandom random, ExistingData existing) {
        this.random = random;
        this.usedPrefixes = new HashSet<>(existing.upcPrefixes());
    }

    /** The next UPC-A of {@code issuer}. */
    Upc next(DemoOrganization issuer) {
        Block block = blocks.get(issuer.index());
        if (block == null || block.item > MAX_ITEM) {
            block = new Block(newPrefix(), random.between(1, MAX_FIRST_ITEM));
            blocks.put(issuer.index(), block);
        }
        return Upc.withCheckDigit(block.prefix + String.format("%05d", block.item++));
    }

    private String newPrefix() {
        String prefix;
        do {
            prefix = random.pick(NUMBER_SYSTEMS) + random.fill("#####");
        } while (!usedPrefixes.add(prefix));
        return prefix;
    }

    private static final class Block {
        private final String prefix;
        private int item;

        Block(String prefix, int firstItem) {
            this.prefix = prefix;
            this.item = firstItem;
        }
    }
}
