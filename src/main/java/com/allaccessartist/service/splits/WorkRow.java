package com.allaccessartist.service.splits;

import java.util.UUID;

/**
 * A work in its artist's list.
 *
 * @param iswc  the bare ISWC ({@code T0345246801}), or null
 * @param songs how many recordings the person may see are linked to it
 */
public record WorkRow(UUID id, String title, String iswc, long songs, long version) {
}
