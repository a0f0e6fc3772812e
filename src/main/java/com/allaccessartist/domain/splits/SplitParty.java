package com.allaccessartist.domain.splits;

import com.allaccessartist.domain.catalog.IpiNameNumber;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of a split sheet: who (a person in the system, {@code userId}, or an outside party
 * with only a name), their full legal name, their role, optionally their IPI name number and
 * collecting society, and their share.
 */
public record SplitParty(UUID userId, String legalName, SplitRole role, IpiNameNumber ipi, String society,
                         SplitShare share) {

    public SplitParty {
        Objects.requireNonNull(legalName, "legalName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(share, "share");
        legalName = legalName.strip();
        society = society == null || society.isBlank() ? null : society.strip();
    }

    /** The same party with another share. */
    public SplitParty withShare(SplitShare newShare) {
        return new SplitParty(userId, legalName, role, ipi, society, newShare);
    }
}
