package com.allaccessartist.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.catalog.Iswc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IswcAllocatorTest {

    private static ExistingData existing(Set<String> iswcBlocks) {
        return new ExistingData(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), iswcBlocks);
    }

    private static List<String> issue(long seed, ExistingData existing, int count) {
        IswcAllocator allocator = new IswcAllocator(new DemoRandom(seed), existing);
        List<String> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            codes.add(allocator.next().value());
        }
        return codes;
    }

    @Test
    void issuesValidUniqueCodesAcrossBlocks() {
        int count = 3 * IswcAllocator.BLOCK_SIZE + 17;
        List<String> codes = issue(1L, existing(Set.of()), count);

        assertThat(codes).doesNotHaveDuplicates().allSatisfy(code -> {
            assertThat(code).matches("T[0-9]{10}");
            assertThat(Iswc.isValid(code)).as(code).isTrue();
        });
        Set<String> blocks = new HashSet<>();
        codes.forEach(code -> blocks.add(code.substring(1, 6)));
        assertThat(blocks).hasSize(4);
        // within a block the identifiers run one after another, as an agency hands them out
        assertThat(Long.parseLong(codes.get(1).substring(1, 10)))
                .isEqualTo(Long.parseLong(codes.get(0).substring(1, 10)) + 1);
    }

    @Test
    void theSameSeedGivesTheSameCodes() {
        assertThat(issue(5L, existing(Set.of()), 100)).isEqualTo(issue(5L, existing(Set.of()), 100))
                .isNotEqualTo(issue(6L, existing(Set.of()), 100));
    }

    @Test
    void neverUsesABlockOfACodeAlreadyInTheCatalogue() {
        List<String> first = issue(3L, existing(Set.of()), 1);
        String takenBlock = first.get(0).substring(1, 6);

        List<String> codes = issue(3L, existing(Set.of(takenBlock)), IswcAllocator.BLOCK_SIZE + 1);

        assertThat(codes).noneSatisfy(code -> assertThat(code.substring(1, 6)).isEqualTo(takenBlock));
    }
}
