package com.allaccessartist.ui.releases;

/**
 * One rule of the readiness checklist, ready to show: its sentence, what fails (the tracks, the
 * date; empty when met or nothing to add), whether the release meets it,
 * and the field to go to when it does not ("releaseDate", "upc", "tracks",
 * "track:&lt;index&gt;:isrc", "track:&lt;index&gt;:duration", "track:&lt;index&gt;:splits"), and the
 * rule's message key ("readiness.masterSplit", ...).
 */
public record ReadinessLine(String text, String detail, boolean met, String field, String key) {

    /** A line without its rule's key. */
    public ReadinessLine(String text, String detail, boolean met, String field) {
        this(text, detail, met, field, "");
    }
}
