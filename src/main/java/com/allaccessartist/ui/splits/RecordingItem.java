package com.allaccessartist.ui.splits;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.Isrc;
import com.allaccessartist.service.splits.ArtistRecording;
import com.allaccessartist.service.splits.WorkSong;
import java.util.Locale;
import java.util.UUID;

/**
 * A recording as the work editor lists it: the song's title and ISRC (display form), its release,
 * its artist, and the work it is linked to now (for the recordings offered to link).
 *
 * @param workId the work it is linked to, null when none
 */
public record RecordingItem(UUID songId, String title, String isrc, String releaseTitle, String artistName, UUID workId,
                            String workTitle) {

    static RecordingItem of(WorkSong song, UUID workId, String workTitle) {
        return new RecordingItem(song.songId(), song.title(), shown(song.isrc()), song.releaseTitle(), song.artistName(),
                workId, workTitle);
    }

    static RecordingItem of(ArtistRecording recording, String artistName) {
        return new RecordingItem(recording.songId(), recording.title(), shown(recording.isrc()), recording.releaseTitle(),
                artistName, recording.workId(), recording.workTitle());
    }

    private static String shown(String isrc) {
        return isrc == null ? "" : Isrc.isValid(isrc) ? Isrc.parse(isrc).formatted() : isrc;
    }

    /** "Signal Fire · GB-HRB-25-00100 — Harbour Lights (Nova Lines)", and the work it is linked to, if any. */
    public String text() {
        String line = Messages.format("works.recording.line", title, isrc.isEmpty() ? "–" : isrc, releaseTitle, artistName);
        return workId == null || workTitle == null ? line : line + " " + Messages.format("works.recording.linkedTo", workTitle);
    }

    /** Whether the search text matches its title, ISRC or release (case-insensitive). */
    boolean matches(String search) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty() || title.toLowerCase(Locale.ROOT).contains(needle)
                || isrc.replace("-", "").toLowerCase(Locale.ROOT).contains(needle.replace("-", ""))
                || releaseTitle.toLowerCase(Locale.ROOT).contains(needle);
    }

    @Override
    public String toString() {
        return text();
    }
}
