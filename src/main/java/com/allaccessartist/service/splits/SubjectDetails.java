package com.allaccessartist.service.splits;

/**
 * What a split sheet is about, as shown on the sheet and its exports: the recording's title, ISRC
 * and release, or the work's title and ISWC, and the artist. Present only when the person may see
 * the artist (a party to a sheet of an artist they do not otherwise see reads the sheet but not
 * the catalogue).
 *
 * @param title        the song's or the work's title
 * @param code         the ISRC (songs) or ISWC (works), bare form, or null
 * @param releaseTitle the song's release (null for a work)
 * @param artistName   the artist keeping the song or work
 */
public record SubjectDetails(String title, String code, String releaseTitle, String artistName) {
}
