package com.allaccessartist.service.splits;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A work with the recordings of it the person may see.
 *
 * @param iswc    the bare ISWC ({@code T0345246801}), or null
 * @param version pass it back to save an edit
 * @param mayEdit whether the person may edit it and link recordings (manage_songs on its artist)
 */
public record WorkDetails(UUID id, UUID artistId, String artistName, String title, String iswc, Instant createdAt,
                          Instant updatedAt, long version, List<WorkSong> songs, boolean mayEdit) {

    public WorkDetails {
        songs = List.copyOf(songs);
    }

    /** The ISWC in its display form ({@code T-034.524.680-1}), or null. */
    public String iswcFormatted() {
        return iswc == null ? null : com.allaccessartist.domain.catalog.Iswc.parse(iswc).formatted();
    }

    /** The work as its editor starts from. */
    public WorkDraft toDraft() {
        return new WorkDraft(title, iswcFormatted());
    }
}
