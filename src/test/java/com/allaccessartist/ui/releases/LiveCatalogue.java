package com.allaccessartist.ui.releases;

import com.allaccessartist.app.AppTestHarness;
import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.domain.catalog.ReleaseType;
import com.allaccessartist.domain.catalog.Upc;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseTarget;
import com.allaccessartist.testsupport.CompleteSplits;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.auth.LocalAccountService;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.catalog.ArtistDraft;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.service.catalog.MediaService;
import com.allaccessartist.service.catalog.OrganizationService;
import com.allaccessartist.service.catalog.ReleaseDetails;
import com.allaccessartist.service.catalog.ReleaseDraft;
import com.allaccessartist.service.catalog.ReleaseService;
import com.allaccessartist.service.catalog.TrackDraft;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real catalogue for the releases screens' TestFX tests: an H2 file with an owner, their label
 * and one artist, and the real services signed in as the owner.
 */
public final class LiveCatalogue implements AutoCloseable {

    static final String[] TITLES = {"Signal Fire", "Glass Harbour", "Night Ferry", "Copper Sky", "Low Tide", "Paper Moons",
            "Northbound", "Slow Engines", "Halflight", "Static Bloom", "Cold Open", "Afterglow"};

    public final Database database;
    public final CurrentUser user;
    public final ReleaseService releases;
    final MediaService media;
    final AccessService access;
    public final UUID artistId;
    final String artistName = "Nova Lines";
    private int albums;
    private int recordings;

    private LiveCatalogue(Database database, CurrentUser user, Clock clock) {
        this.database = database;
        this.user = user;
        this.releases = new ReleaseService(database, user, clock);
        this.media = new MediaService(database, user);
        this.access = new AccessService(database, user, clock);
        UUID label = new OrganizationService(database, user, clock).list(false).get(0).id();
        this.artistId = new ArtistService(database, user, clock).create(new ArtistDraft(artistName, "nova-lines",
                ArtistType.BAND, "Dream pop from Leeds.", "Dream pop", List.of("Shoegaze"), "Leeds", null, null, null, null,
                null, null, null, null, null, null, label, true, false, true)).id();
    }

    public static LiveCatalogue open(Path folder) {
        Clock clock = Clock.systemUTC();
        Database database = Database.open(DatabaseTarget.h2File(folder.resolve("catalogue-" + UUID.randomUUID() + ".mv.db"), null),
                Database.SchemaMode.MIGRATE);
        CurrentUser user = new LocalAccountService(database, new PasswordHasher(AppTestHarness.FAST_BCRYPT_COST), clock)
                .createFirstAccount(new LocalAccountService.NewAccount("ada@label.example", "Ada Lovelace",
                        "engine pioneer".toCharArray(), "engine pioneer".toCharArray(), "Harbour Records",
                        OrganizationType.LABEL));
        return new LiveCatalogue(database, user, clock);
    }

    /** A mastered-ready album (complete split sheets and a work per track): {@code perDisc[i]} tracks on disc i+1; the track at {@code withoutIsrc} (or -1) has no ISRC. */
    public ReleaseDetails album(String title, LocalDate date, int withoutIsrc, int... perDisc) {
        List<TrackDraft> tracks = new ArrayList<>();
        albums++;
        int n = 0;
        for (int disc = 1; disc <= perDisc.length; disc++) {
            for (int number = 1; number <= perDisc[disc - 1]; number++) {
                String isrc = n == withoutIsrc ? null : String.format("GBHRB25%05d", 100 + recordings++);
                tracks.add(new TrackDraft(null, null, disc, number, TITLES[n % TITLES.length], 150 + (n * 37) % 150, isrc,
                        90 + n * 7 % 80, n % 2 == 0 ? "Am" : "F#", "4/4", n == 3, false, "en", List.of("Ada Lovelace"),
                        List.of("Charles Babbage"), n == 5 ? List.of("Grace Hopper") : List.of()));
                n++;
            }
        }
        ReleaseDetails created = releases.create(artistId, new ReleaseDraft(title, null, ReleaseType.ALBUM, "The second album.", "Dream pop",
                List.of("Shoegaze", "Ambient"), "en", false, date, null, null, null,
                Upc.withCheckDigit(String.format("50123456%04d", albums)).value(), "HRB-" + (100 + albums),
                "Harbour Records", "Northern Lights Distribution", Map.of(), Map.of(), null, 2025, "Harbour Records",
                List.of("Charles Babbage"), true, true, false, tracks));
        // every recording with its work and both split sheets complete: scheduling needs them
        CompleteSplits.give(database, user, Clock.systemUTC(), created);
        return releases.get(created.id());
    }

    @Override
    public void close() {
        database.close();
    }
}
