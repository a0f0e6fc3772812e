package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;
import java.util.Set;

/**
 * Which of an artist's releases to list: statuses and types (empty = all), newest release date
 * first unless {@code oldestFirst}. Releases without a date come last either way.
 */
public record ReleaseFilter(Set<ReleaseStatus> statuses, Set<ReleaseType> types, boolean oldestFirst) {

    public ReleaseFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    public static ReleaseFilter all() {
        return new ReleaseFilter(Set.of(), Set.of(), false);
    }
}
