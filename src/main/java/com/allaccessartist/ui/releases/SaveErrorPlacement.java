package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.service.catalog.InvalidFieldException;
import java.util.Map;
import java.util.Optional;

/**
 * Where the reason a save was refused belongs: the service names the field of the draft it is
 * about ({@link InvalidFieldException#field()}: a release field, "streamingLinks:&lt;platform&gt;",
 * "tracks", or "track:&lt;index&gt;:&lt;component&gt;" with the index in the listing), so the editor
 * shows it there and keeps everything the person typed.
 */
final class SaveErrorPlacement {

    /** A release field ({@code row} null; {@code field} as the form names it) or a track's cell. */
    record Place(TrackRow row, int index, String field) {
    }

    /** Draft components whose cell or field the editor names differently. */
    private static final Map<String, String> NAMES = Map.of("durationSeconds", "duration", "tempoBpm", "bpm",
            "keySignature", "key", "explicitContent", "explicit", "coverArtUrl", "cover", "coverArtHighResUrl", "coverHighRes");

    private SaveErrorPlacement() {
    }

    static Optional<Place> of(AppException failure, TrackListing tracks) {
        if (!(failure instanceof InvalidFieldException invalid) || invalid.field() == null) {
            return Optional.empty();
        }
        String field = invalid.field();
        if (field.startsWith("track:")) {
            String[] parts = field.split(":");
            int index = parts.length == 3 ? Integer.parseInt(parts[1]) : -1;
            if (index < 0 || index >= tracks.rows().size()) {
                return Optional.of(new Place(null, -1, "tracks"));
            }
            return Optional.of(new Place(tracks.rows().get(index), index, NAMES.getOrDefault(parts[2], parts[2])));
        }
        return Optional.of(new Place(null, -1, NAMES.getOrDefault(field, field)));
    }
}
