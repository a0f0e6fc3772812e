package com.allaccessartist.service.demo;

import java.util.List;
import java.util.UUID;

/**
 * The works and split sheets of one generated release.
 *
 * @param works   the works first made for this release's songs
 * @param workIds per song of the release, in track order, the work it realises (null: none)
 * @param sheets  master sheets of its songs and publishing sheets of {@code works}
 */
record DemoRights(List<DemoWork> works, List<UUID> workIds, List<DemoSheet> sheets) {

    DemoRights {
        works = List.copyOf(works);
        workIds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(workIds)); // null: no work
        sheets = List.copyOf(sheets);
    }
}
