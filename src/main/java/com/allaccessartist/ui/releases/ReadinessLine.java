package com.allaccessartist.ui.releases;

/**
 * One rule of the readiness checklist, ready to show: its sentence, what fails (the tracks, the
 * date; empty when met or nothing to add), whether the release meets it,
 * and the field to go to when it does not ("releaseDate", "upc", "tracks",
 * "track:&lt;index&gt;:isrc", "track:&lt;index&gt;:duration").
 */
public record ReadinessLine(String text, String detail, boolean met, String field) {
}
