package com.allaccessartist.service.catalog;

import static com.allaccessartist.service.catalog.ReleaseDraftBuilder.newIsrc;
import static com.allaccessartist.service.catalog.ReleaseDraftBuilder.newUpc;
import static com.allaccessartist.service.catalog.ReleaseDraftBuilder.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.domain.org.PostalAddress;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.testsupport.TestWorld.Person;
import com.allaccessartist.testsupport.BothVendorsTest;
import com.allaccessartist.testsupport.CompleteSplits;
import com.allaccessartist.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;

/**
 * The catalogue end to end through the services, on H2 and PostgreSQL: a person creates an
 * organization (and owns it), an artist in it and a 2-disc, 12-track release of which one track
 * has no ISRC; the listing is saved reordered; scheduling is refused naming the missing ISRC at
 * its new place; once the ISRC is saved the release is scheduled and released, and reads back
 * with its 12 tracks in the new order. A release dated in the future is scheduled but released
 * only once the services' clock reaches its date.
 */
class CatalogueFlowServiceTest extends BothVendorsTest {

    private static final String[] TITLES = {"Signal Fire", "Glass Harbour", "Night Ferry", "Copper Sky", "Low Tide",
        "Paper Moons", "Northbound", "Slow Engines", "Halflight", "Static Bloom", "Cold Open", "Afterglow"};
    /** Entered as 1-3 without an ISRC; 1-4 once the listing is saved reordered. */
    private static final int WITHOUT_ISRC = 2;

    private static CatalogWorld world;
    private MutableClock clock;
    private Person founder;

    @BeforeEach
    void founderAndClock() {
        if (world == null || world.database() != database) {
            world = CatalogWorld.create(testDatabase, database, "founder");
        }
        founder = world.person("founder");
        clock = new MutableClock(Instant.now());
    }

    @AfterParameterizedClassInvocation
    static void closeWorld() {
        if (world != null) {
            world.close();
            world = null;
        }
    }

    /**
     * Where the founder works: on PostgreSQL their own login role, so that every step also passes
     * Row Level Security, as in the app; on H2 the file (the services alone enforce the rules).
     */
    private com.allaccessartist.persistence.Database asFounder() {
        return vendor == Vendor.POSTGRESQL ? world.own(founder) : database;
    }

    private OrganizationService organizations() {
        return new OrganizationService(asFounder(), founder.user(), clock);
    }

    private ArtistService artists() {
        return new ArtistService(asFounder(), founder.user(), clock);
    }

    private ReleaseService releases() {
        return new ReleaseService(asFounder(), founder.user(), clock);
    }

    private static List<String> listing(ReleaseDetails release) {
        return release.tracks().stream().map(t -> t.discNumber() + "-" + t.trackNumber() + " " + t.title()).toList();
    }

    /** A label the founder creates (and so owns), with an artist in it. */
    private ArtistDetails artistOfNewLabel() {
        String labelName = world.unique("Northern Flow Records");
        OrganizationDetails label = organizations().create(new OrganizationDraft(labelName, OrganizationType.LABEL, null,
                null, null, null, null, PostalAddress.EMPTY, null, null, true, false));
        assertThat(label.name()).isEqualTo(labelName);
        assertThat(label.members()).extracting(OrganizationMember::userId, OrganizationMember::role)
                .containsExactly(tuple(founder.id(), OrganizationRole.OWNER));

        String artistName = world.unique("Nova Lines");
        ArtistDetails artist = artists().create(new ArtistDraft(artistName, null, ArtistType.BAND, null, "Dream pop",
                List.of(), "Leeds", null, null, null, null, null, null, null, null, null, null, label.id(), true, false, true));
        assertThat(artist.organizationId()).isEqualTo(label.id());
        assertThat(artist.organizationName()).isEqualTo(labelName);
        assertThat(artist.access().manageReleases()).isTrue();
        return artist;
    }

    private static int seconds(int track) {
        return 150 + (track * 37) % 150;
    }

    @Test
    void aReleaseSavedReorderedIsScheduledOnlyOnceItsMissingIsrcIsSavedThenReleased() {
        ArtistDetails artist = artistOfNewLabel();
        ReleaseService releases = releases();
        LocalDate today = LocalDate.now(clock);
        ReleaseDraftBuilder b = new ReleaseDraftBuilder();
        b.title = world.unique("Harbour Lights");
        b.releaseDate = today;
        b.upc = newUpc();
        List<String> isrcs = new ArrayList<>();
        for (int i = 0; i < TITLES.length; i++) {
            String isrc = i == WITHOUT_ISRC ? null : newIsrc();
            isrcs.add(isrc);
            b.track(i < 7 ? 1 : 2, i < 7 ? i + 1 : i - 6, TITLES[i], isrc, seconds(i));
        }

        ReleaseDetails created = releases.create(artist.id(), b.build());

        assertThat(created.status()).isEqualTo(ReleaseStatus.DRAFT);
        assertThat(created.artistId()).isEqualTo(artist.id());
        assertThat(listing(created)).containsExactly("1-1 Signal Fire", "1-2 Glass Harbour", "1-3 Night Ferry",
                "1-4 Copper Sky", "1-5 Low Tide", "1-6 Paper Moons", "1-7 Northbound", "2-1 Slow Engines", "2-2 Halflight",
                "2-3 Static Bloom", "2-4 Cold Open", "2-5 Afterglow");
        assertThat(created.tracks()).extracting(TrackDetails::isrc).containsExactlyElementsOf(isrcs);
        List<UUID> ids = created.tracks().stream().map(TrackDetails::id).toList();

        // saved reordered: Copper Sky one up (1-3), Slow Engines one down (2-2), renumbered as the editor does
        List<TrackDraft> tracks = new ArrayList<>(created.toDraft().tracks());
        List<TrackDraft> moved = new ArrayList<>(tracks);
        moved.set(2, with(tracks.get(3), "number", 3));
        moved.set(3, with(tracks.get(2), "number", 4));
        moved.set(7, with(tracks.get(8), "number", 1));
        moved.set(8, with(tracks.get(7), "number", 2));
        ReleaseDraftBuilder reordered = ReleaseDraftBuilder.from(created.toDraft());
        reordered.tracks = moved;
        ReleaseDetails saved = releases.save(created.id(), created.version(), reordered.build());

        List<String> newOrder = List.of("1-1 Signal Fire", "1-2 Glass Harbour", "1-3 Copper Sky", "1-4 Night Ferry",
                "1-5 Low Tide", "1-6 Paper Moons", "1-7 Northbound", "2-1 Halflight", "2-2 Slow Engines", "2-3 Static Bloom",
                "2-4 Cold Open", "2-5 Afterglow");
        assertThat(listing(saved)).containsExactlyElementsOf(newOrder);
        assertThat(saved.tracks()).extracting(TrackDetails::id).as("the same tracks, moved")
                .containsExactly(ids.get(0), ids.get(1), ids.get(3), ids.get(2), ids.get(4), ids.get(5), ids.get(6),
                        ids.get(8), ids.get(7), ids.get(9), ids.get(10), ids.get(11));
        assertThat(saved.tracks().get(3).isrc()).isNull();

        // what the label's business affairs enter beside the catalogue: a work and both split sheets per track
        CompleteSplits.give(asFounder(), founder.user(), clock, saved);
        ReleaseDetails mastered = releases.changeStatus(saved.id(), saved.version(), ReleaseStatus.IN_PROGRESS);
        mastered = releases.changeStatus(mastered.id(), mastered.version(), ReleaseStatus.MASTERED);
        assertThat(mastered.status()).isEqualTo(ReleaseStatus.MASTERED);
        assertThat(mastered.allowedMoves()).contains(ReleaseStatus.SCHEDULED);

        ReleaseDetails notReady = mastered;
        AppException refused = catchThrowableOfType(AppException.class,
                () -> releases.changeStatus(notReady.id(), notReady.version(), ReleaseStatus.SCHEDULED));
        assertThat(refused).as("scheduling refused").isNotNull();
        assertThat(refused.key()).isEqualTo("release.move.notReady");
        assertThat(refused.args()).containsExactly("Scheduled", "Every track has a valid ISRC (missing or invalid on 1-4)",
                "track:3:isrc");
        assertThat(refused.getLocalizedMessage()).isEqualTo("The release cannot move to Scheduled yet. Still needed:"
                + " Every track has a valid ISRC (missing or invalid on 1-4).");
        ReleaseDetails unchanged = releases.get(notReady.id());
        assertThat(unchanged.status()).isEqualTo(ReleaseStatus.MASTERED);
        assertThat(unchanged.version()).isEqualTo(notReady.version());

        String fixedIsrc = newIsrc();
        ReleaseDraftBuilder fixed = ReleaseDraftBuilder.from(notReady.toDraft());
        fixed.tracks.set(3, with(fixed.tracks.get(3), "isrc", fixedIsrc));
        ReleaseDetails ready = releases.save(notReady.id(), notReady.version(), fixed.build());
        assertThat(ready.status()).isEqualTo(ReleaseStatus.MASTERED);
        assertThat(ready.tracks().get(3).isrc()).isEqualTo(fixedIsrc);

        ReleaseDetails scheduled = releases.changeStatus(ready.id(), ready.version(), ReleaseStatus.SCHEDULED);
        assertThat(scheduled.status()).isEqualTo(ReleaseStatus.SCHEDULED);
        ReleaseDetails released = releases.changeStatus(scheduled.id(), scheduled.version(), ReleaseStatus.RELEASED);
        assertThat(released.status()).isEqualTo(ReleaseStatus.RELEASED);

        ReleaseDetails readBack = releases.get(created.id());
        assertThat(readBack.status()).isEqualTo(ReleaseStatus.RELEASED);
        assertThat(readBack.releaseDate()).isEqualTo(today);
        assertThat(readBack.upc()).isEqualTo(b.upc);
        assertThat(readBack.tracks()).hasSize(12);
        assertThat(listing(readBack)).containsExactlyElementsOf(newOrder);
        List<String> expectedIsrcs = new ArrayList<>(isrcs);
        expectedIsrcs.set(2, isrcs.get(3));
        expectedIsrcs.set(3, fixedIsrc);
        expectedIsrcs.set(7, isrcs.get(8));
        expectedIsrcs.set(8, isrcs.get(7));
        assertThat(readBack.tracks()).extracting(TrackDetails::isrc).containsExactlyElementsOf(expectedIsrcs);
        assertThat(readBack.tracks()).extracting(TrackDetails::durationSeconds).containsExactly(seconds(0), seconds(1),
                seconds(3), seconds(2), seconds(4), seconds(5), seconds(6), seconds(8), seconds(7), seconds(9), seconds(10),
                seconds(11));
        assertThat(releases.releasesOf(artist.id(), ReleaseFilter.all()))
                .extracting(ReleaseRow::id, ReleaseRow::status, ReleaseRow::tracks)
                .containsExactly(tuple(created.id(), ReleaseStatus.RELEASED, 12));

        if (vendor == Vendor.POSTGRESQL) {
            // the founder's own login role, under Row Level Security, reads the same release
            ReleaseDetails own = new ReleaseService(world.own(founder), founder.user(), clock).get(created.id());
            assertThat(own.status()).isEqualTo(ReleaseStatus.RELEASED);
            assertThat(listing(own)).containsExactlyElementsOf(newOrder);
        }
    }

    @Test
    void aReleaseDatedInTheFutureIsScheduledButReleasedOnlyOnceItsDateIsReached() {
        ArtistDetails artist = artistOfNewLabel();
        ReleaseService releases = releases();
        LocalDate releaseDate = LocalDate.now(clock).plusDays(7);
        ReleaseDraftBuilder b = ReleaseDraftBuilder.complete(12);
        b.releaseDate = releaseDate;
        ReleaseDetails release = releases.create(artist.id(), b.build());
        CompleteSplits.give(asFounder(), founder.user(), clock, release);
        release = releases.changeStatus(release.id(), release.version(), ReleaseStatus.IN_PROGRESS);
        release = releases.changeStatus(release.id(), release.version(), ReleaseStatus.MASTERED);
        release = releases.changeStatus(release.id(), release.version(), ReleaseStatus.SCHEDULED);
        assertThat(release.status()).isEqualTo(ReleaseStatus.SCHEDULED);

        clock.advance(Duration.ofDays(6));
        ReleaseDetails scheduled = release;
        AppException early = catchThrowableOfType(AppException.class,
                () -> releases.changeStatus(scheduled.id(), scheduled.version(), ReleaseStatus.RELEASED));
        assertThat(early).as("released the day before its date").isNotNull();
        assertThat(early.key()).isEqualTo("release.move.notReady");
        assertThat(early.args()).containsExactly("Released",
                "The release date is today or past (the release date is " + releaseDate + ")", "releaseDate");
        assertThat(releases.get(scheduled.id()).status()).isEqualTo(ReleaseStatus.SCHEDULED);

        clock.advance(Duration.ofDays(1));
        ReleaseDetails released = releases.changeStatus(scheduled.id(), scheduled.version(), ReleaseStatus.RELEASED);
        assertThat(released.status()).isEqualTo(ReleaseStatus.RELEASED);
        assertThat(releases.get(scheduled.id()).status()).isEqualTo(ReleaseStatus.RELEASED);
        assertThat(released.tracks()).hasSize(12);
    }
}
