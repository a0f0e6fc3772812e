package com.allaccessartist.service.demo;

import com.allaccessartist.domain.splits.SheetKind;
import com.allaccessartist.domain.splits.SplitRole;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A generated split sheet with its versions and their lines, ready to write: a master sheet of a
 * song ({@code songId}) or a publishing sheet of a work ({@code workId}). The sheet's status,
 * current version and agreement follow from its newest version.
 *
 * @param versions  numbered 1..n, oldest first; never empty
 * @param createdBy who made the versions and, when the newest is agreed, who recorded the agreement
 */
record DemoSheet(UUID id, SheetKind kind, UUID songId, UUID workId, UUID artistId, List<Version> versions,
                 UUID createdBy) {

    DemoSheet {
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a sheet has at least one version");
        }
    }

    Version current() {
        return versions.get(versions.size() - 1);
    }

    boolean agreed() {
        return current().agreed();
    }

    /** When the newest version was made, which is also when an agreed sheet was agreed. */
    OffsetDateTime updatedAt() {
        return current().createdAt();
    }

    /**
     * One version.
     *
     * @param number 1, 2, ...
     * @param agreed whether this version records the agreement (then its lines total exactly 100.00)
     */
    record Version(UUID id, int number, boolean agreed, String note, OffsetDateTime createdAt, List<Line> lines) {

        Version {
            lines = List.copyOf(lines);
        }

        /** The exact sum of the lines' shares. */
        BigDecimal total() {
            return lines.stream().map(Line::share).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    /**
     * One party's line.
     *
     * @param userId    the demo person named, or {@code null} for an outside party
     * @param partyName full legal name
     * @param ipi       IPI name number (11 digits) or {@code null}
     * @param society   collecting society or {@code null}
     * @param share     percentage with two decimals, 0.01 to 100.00
     */
    record Line(UUID id, UUID userId, String partyName, SplitRole role, String ipi, String society,
                BigDecimal share) {
    }
}
