package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;
import com.allaccessartist.domain.catalog.ReleaseReadiness;
import com.allaccessartist.service.auth.ArtistAccess;
import com.allaccessartist.service.catalog.ReleaseDetails;
import com.allaccessartist.service.catalog.TrackDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Saved releases and tracks as the service returns them, for the releases screens' tests. */
final class ReleaseFixtures {

    static final UUID ARTIST = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final ArtistAccess MANAGER = new ArtistAccess(true, true, true, true, false, false, false, false, false, false);
    static final ArtistAccess ADMIN = new ArtistAccess(true, true, true, true, true, true, true, true, true, true);
    static final ArtistAccess VIEWER = new ArtistAccess(true, false, false, false, false, false, false, false, false, false);
    /** Valid ISRCs, stored form. */
    static final String[] ISRCS = {"GBAYE2400001", "GBAYE2400002", "GBAYE2400003", "GBAYE2400004", "GBAYE2400005",
            "GBAYE2400006", "GBAYE2400007", "GBAYE2400008", "GBAYE2400009", "GBAYE2400010", "GBAYE2400011", "GBAYE2400012"};
    static final String UPC = "036000241457";

    private ReleaseFixtures() {
    }

    /** Both split sheets of a saved track complete and its work linked. */
    static final ReleaseReadiness.Splits COMPLETE_SPLITS = new ReleaseReadiness.Splits(true, true, true);

    /** A saved track whose recording has complete split sheets. */
    static TrackDetails track(int disc, int number, String title, Integer seconds, String isrc) {
        return track(disc, number, title, seconds, isrc, COMPLETE_SPLITS);
    }

    static TrackDetails track(int disc, int number, String title, Integer seconds, String isrc, ReleaseReadiness.Splits splits) {
        return new TrackDetails(UUID.randomUUID(), 0, disc, number, title, seconds, isrc, 120, "Am", "4/4", false, false, "en",
                List.of("Ada Writer"), List.of("Pat Producer"), List.of(), splits);
    }

    /** {@code perDisc[i]} tracks on disc i+1, each 3:00 with an ISRC. */
    static List<TrackDetails> discs(int... perDisc) {
        List<TrackDetails> tracks = new ArrayList<>();
        int n = 0;
        for (int disc = 1; disc <= perDisc.length; disc++) {
            for (int t = 1; t <= perDisc[disc - 1]; t++) {
                tracks.add(track(disc, t, "Song " + disc + "-" + t, 180, ISRCS[n++ % ISRCS.length]));
            }
        }
        return tracks;
    }

    static ReleaseDetails release(ReleaseStatus status, LocalDate date, String upc, List<TrackDetails> tracks,
                                  Set<ReleaseStatus> moves, ArtistAccess access) {
        return release(UUID.randomUUID(), 3, status, date, upc, tracks, moves, access);
    }

    static ReleaseDetails release(UUID id, long version, ReleaseStatus status, LocalDate date, String upc,
                                  List<TrackDetails> tracks, Set<ReleaseStatus> moves, ArtistAccess access) {
        return new ReleaseDetails(id, ARTIST, "Ada Lovelace", "Analytical Engine", "analytical-engine", ReleaseType.ALBUM,
                status, "Debut", "Electronic", List.of("Ambient"), "en", false, date, null, null, null, upc, "AE-001",
                "Engine Records", "Babbage Distribution", Map.of(), Map.of(), 0, 0, null, 2024, "Engine Records",
                List.of("Charles Babbage"), true, true, false, Instant.EPOCH, Instant.EPOCH, version, tracks, moves, access);
    }
}
