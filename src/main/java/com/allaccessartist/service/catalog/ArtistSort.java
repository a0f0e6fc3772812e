package com.allaccessartist.service.catalog;

/** Columns the artist list sorts by. */
public enum ArtistSort {
    NAME, TYPE, GENRE, LOCATION, ORGANIZATION, RELEASES, UPDATED
}
