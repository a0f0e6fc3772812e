package com.allaccessartist.service.demo;

import com.allaccessartist.domain.catalog.Iswc;
import java.util.HashSet;
import java.util.Set;

/**
 * Issues ISWCs the way the ISWC agencies do: each agency hands out work identifiers from a block
 * of {@value #BLOCK_SIZE} consecutive numbers, one after another, and takes a new block when one
 * runs out. Here the demo is one agency: blocks start at a random multiple of the block size,
 * never a block of an ISWC already in the database, so every code is unique within the load and
 * in the catalogue. The check digit follows ISO 15707 ({@link Iswc#withCheckDigit(String)}).
 */
final class IswcAllocator {

    static final int BLOCK_SIZE = 10_000;
    /** 9-digit identifiers: 100,000 blocks of 10,000 (block 0 left out: no T-000.000.000). */
    private static final int BLOCKS = 1_000_000_000 / BLOCK_SIZE;

    private final DemoRandom random;
    private final Set<Integer> usedBlocks;
    private int block = -1;
    private int next = BLOCK_SIZE;

    IswcAllocator(DemoRandom random, ExistingData existing) {
        this.random = random;
        this.usedBlocks = new HashSet<>();
        for (String block : existing.iswcBlocks()) {
            usedBlocks.add(Integer.parseInt(block));
        }
    }

    /** The next ISWC. */
    Iswc next() {
        if (next >= BLOCK_SIZE) {
            if (usedBlocks.size() >= BLOCKS - 1) {
                throw new IllegalStateException("No ISWC block left");
            }
            do {
                block = random.between(1, BLOCKS - 1);
            } while (!usedBlocks.add(block));
            next = 0;
        }
        long identifier = (long) block * BLOCK_SIZE + next++;
        return Iswc.withCheckDigit(String.format("%09d", identifier));
    }
}
