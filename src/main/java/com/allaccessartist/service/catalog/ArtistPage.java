package com.allaccessartist.service.catalog;

import java.util.List;

/** One page of the artist list and how many rows match in all. */
public record ArtistPage(List<ArtistRow> rows, long total) {

    public ArtistPage {
        rows = List.copyOf(rows);
    }
}
