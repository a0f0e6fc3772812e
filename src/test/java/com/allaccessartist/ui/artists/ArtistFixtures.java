package com.allaccessartist.ui.artists;

import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.service.auth.ArtistAccess;
import com.allaccessartist.service.catalog.ArtistDetails;
import com.allaccessartist.service.catalog.ArtistPage;
import com.allaccessartist.service.catalog.ArtistRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Service records for the artist ViewModel tests. */
final class ArtistFixtures {

    static final Instant WHEN = Instant.parse("2026-03-01T10:15:30Z");
    static final UUID LABEL = UUID.randomUUID();
    static final ArtistAccess EVERYTHING = new ArtistAccess(true, true, true, true, true, true, true, true, true, true);
    static final ArtistAccess VIEW_ONLY = new ArtistAccess(true, false, false, false, false, false, false, false, false, false);
    static final ArtistAccess NO_SOCIAL = new ArtistAccess(true, true, true, true, false, false, false, false, false, false);

    private ArtistFixtures() {
    }

    static ArtistRow row(int number) {
        return new ArtistRow(UUID.nameUUIDFromBytes(("artist-" + number).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "Artist " + number, "artist-" + number, ArtistType.BAND, "Rock", "London", LABEL, "Hopper Records", true,
                false, true, 3, WHEN);
    }

    /** Rows {@code from}..{@code from + count - 1} of a result of {@code total}. */
    static ArtistPage page(int from, int count, long total) {
        List<ArtistRow> rows = new ArrayList<>();
        IntStream.range(from, from + count).forEach(i -> rows.add(row(i)));
        return new ArtistPage(rows, total);
    }

    static ArtistDetails details(UUID id, String name, long version, ArtistAccess access) {
        return new ArtistDetails(id, name, "sigur-ros", ArtistType.BAND, "Icelandic band", "Post-rock",
                List.of("ambient", "dream pop"), "Reykjavík, Iceland", LocalDate.of(1994, 8, 1), null, null,
                "https://sigur-ros.example", null, null, null, null, null, null, LABEL, "Hopper Records", true, true, true,
                WHEN, WHEN, version, access);
    }
}
