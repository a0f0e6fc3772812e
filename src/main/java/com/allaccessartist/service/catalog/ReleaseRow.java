package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;
import java.time.LocalDate;
import java.util.UUID;

/** A row of an artist's release list: with its track count and total running time in seconds. */
public record ReleaseRow(UUID id, String title, ReleaseType type, ReleaseStatus status, LocalDate releaseDate,
                         String upc, String catalogNumber, int tracks, long totalSeconds) {
}
