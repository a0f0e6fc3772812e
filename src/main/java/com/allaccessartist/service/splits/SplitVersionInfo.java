package com.allaccessartist.service.splits;

import com.allaccessartist.domain.splits.SheetStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a split sheet: its number, the sheet's status as of it (an {@code AGREED}
 * version records the agreement), the total of its shares, its note, who saved it and when.
 *
 * @param savedBy     the person who saved it (null if their account was deleted)
 * @param savedByName their name, when the person reading may know it: themselves, or a member of
 *                    the artist's organization when the reader is a member too; otherwise null
 */
public record SplitVersionInfo(int number, SheetStatus status, BigDecimal total, String note, UUID savedBy,
                               String savedByName, Instant savedAt) {
}
