package com.allaccessartist.service.catalog;

import static com.allaccessartist.testsupport.TestWorld.flags;
import static com.allaccessartist.service.catalog.OrganizationServiceTest.assertField;
import static com.allaccessartist.service.catalog.ReleaseDraftBuilder.newIsrc;
import static com.allaccessartist.service.catalog.ReleaseDraftBuilder.newUpc;
import static com.allaccessartist.service.catalog.ReleaseDraftBuilder.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.testsupport.TestWorld.Person;
import com.allaccessartist.testsupport.BothVendorsTest;
import com.allaccessartist.testsupport.CompleteSplits;
import com.allaccessartist.domain.catalog.ReleaseReadiness;
import com.allaccessartist.domain.splits.SheetKind;
import com.allaccessartist.domain.splits.SplitSheetDraft;
import com.allaccessartist.service.splits.SplitSheetService;
import com.allaccessartist.service.splits.SplitSheetView;
import com.allaccessartist.service.splits.WorkDraft;
import com.allaccessartist.service.splits.WorkService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;

/**
 * Releases and their track listings: one transaction per save that adds, updates, renumbers and
 * deletes tracks to match the draft exactly (reorders, swaps and disc moves included), every
 * field and identifier rule with the holder named, the workflow and readiness rules, read-only
 * archived releases, rights, and conflicting saves.
 */
class ReleaseServiceTest extends BothVendorsTest {

    private static CatalogWorld world;
    private UUID label;
    private UUID artist;
    private UUID labelmate;

    @BeforeEach
    void labelWithArtists() {
        if (world == null || world.database() != database) {
            world = CatalogWorld.create(testDatabase, database, "owner", "manager", "viewer", "collab", "outsider", "rival");
        }
        label = world.organization(world.person("owner"));
        artist = world.artist(label, world.person("owner"));
        labelmate = world.artist(label, world.person("owner"));
        world.grantOrganization(world.person("manager"), label, "manager", true, true, false, false, null, true);
        world.grantOrganization(world.person("viewer"), label, "viewer", false, false, false, false, null, true);
        world.grantArtist(world.person("collab"), artist, "collaborator", flags("manage_releases"), null, true);
    }

    @AfterParameterizedClassInvocation
    static void closeWorld() {
        if (world != null) {
            world.close();
            world = null;
        }
    }

    private static ReleaseService service(String person) {
        return service(database, world.person(person));
    }

    private static ReleaseService service(Database on, Person person) {
        return new ReleaseService(on, person.user(), Clock.systemUTC());
    }

    /** A release of {@code artist} with two discs: 1-1..1-4 and 2-1..2-3, every track with an ISRC. */
    private ReleaseDetails twoDiscs() {
        ReleaseDraftBuilder b = new ReleaseDraftBuilder();
        for (int i = 1; i <= 4; i++) {
            b.track(1, i, "One-" + i, newIsrc(), 200 + i);
        }
        for (int i = 1; i <= 3; i++) {
            b.track(2, i, "Two-" + i, newIsrc(), 300 + i);
        }
        return service("manager").create(artist, b.build());
    }

    private static List<String> listing(ReleaseDetails release) {
        return release.tracks().stream().map(t -> t.discNumber() + "-" + t.trackNumber() + " " + t.title()).toList();
    }

    // --- creating and reading ---------------------------------------------------------------------

    @Test
    void aDraftIsCreatedWithItsTracksNormalizedAndListedWithItsRunningTime() {
        ReleaseDraftBuilder b = new ReleaseDraftBuilder();
        b.title = "  " + world.unique("Ágætis byrjun") + "  ";
        b.upc = " 5010017088439 ".replace("5010017088439", newUpc());
        b.streamingLinks = Map.of("spotify", "open.spotify.com/album/4LH4d3cOWNNsVw41Gqt2kv?si=x");
        b.copyrightYear = LocalDate.now().getYear();
        b.producerCredits = List.of("Ken Thomas", " ", "ken thomas");
        b.tracks.add(new TrackDraft(null, null, 1, 1, "Intro", 95, "is-rc1-99-00001".replace("00001",
                String.format("%05d", new Random().nextInt(100_000))), 80, "A minor", "6 / 8", true, false, "IS",
                List.of("Jónsi", ""), List.of("Ken Thomas"), List.of()));
        b.track(1, 2, "Svefn-g-englar", newIsrc(), 604);
        b.track(2, 1, "Olsen Olsen", null, null);

        ReleaseDetails created = service("manager").create(artist, b.build());

        assertThat(created.title()).isEqualTo(b.title.strip());
        assertThat(created.slug()).isEqualTo(com.allaccessartist.domain.catalog.Slug.slugify(b.title));
        assertThat(created.status()).isEqualTo(ReleaseStatus.DRAFT);
        assertThat(created.streamingLinks()).containsExactly(Map.entry("spotify", "https://open.spotify.com/album/4LH4d3cOWNNsVw41Gqt2kv"));
        assertThat(created.producerCredits()).containsExactly("Ken Thomas");
        assertThat(listing(created)).containsExactly("1-1 Intro", "1-2 Svefn-g-englar", "2-1 Olsen Olsen");
        TrackDetails intro = created.tracks().get(0);
        assertThat(intro.isrc()).matches("ISRC199[0-9]{5}");
        assertThat(intro.keySignature()).isEqualTo("Am");
        assertThat(intro.timeSignature()).isEqualTo("6/8");
        assertThat(intro.language()).isEqualTo("is");
        assertThat(intro.writers()).containsExactly("Jónsi");
        assertThat(created.allowedMoves()).containsExactlyInAnyOrder(ReleaseStatus.IN_PROGRESS, ReleaseStatus.ARCHIVED);
        assertThat(created.access().manageReleases()).isTrue();

        assertThat(service("viewer").releasesOf(artist, ReleaseFilter.all())).filteredOn(r -> r.id().equals(created.id()))
                .extracting(ReleaseRow::tracks, ReleaseRow::totalSeconds).containsExactly(tuple(3, 95L + 604L));
        assertThat(service("viewer").get(created.id()).allowedMoves()).as("a viewer may move nothing").isEmpty();
    }

    @Test
    void releasesAreListedByDateWithFilters() {
        ReleaseService manager = service("manager");
        ReleaseDraftBuilder old = new ReleaseDraftBuilder();
        old.releaseDate = LocalDate.of(2001, 5, 1);
        old.type = ReleaseType.SINGLE;
        ReleaseDraftBuilder recent = new ReleaseDraftBuilder();
        recent.releaseDate = LocalDate.of(2024, 5, 1);
        ReleaseDraftBuilder undated = new ReleaseDraftBuilder();
        UUID a = manager.create(artist, old.build()).id();
        UUID b = manager.create(artist, recent.build()).id();
        UUID c = manager.create(artist, undated.build()).id();

        assertThat(manager.releasesOf(artist, ReleaseFilter.all())).extracting(ReleaseRow::id).containsExactly(b, a, c);
        assertThat(manager.releasesOf(artist, new ReleaseFilter(Set.of(), Set.of(), true))).extracting(ReleaseRow::id)
                .containsExactly(a, b, c);
        assertThat(manager.releasesOf(artist, new ReleaseFilter(Set.of(), Set.of(ReleaseType.SINGLE), false)))
                .extracting(ReleaseRow::id).containsExactly(a);
        assertThat(manager.releasesOf(artist, new ReleaseFilter(Set.of(ReleaseStatus.RELEASED), Set.of(), false))).isEmpty();
        assertThat(catchThrowableOfType(AppException.class, () -> service("outsider").releasesOf(artist, ReleaseFilter.all()))
                .key()).isEqualTo("permission.artist.view");
    }

    // --- saving the listing -------------------------------------------------------------------------

    @Test
    void savingReordersSwapsMovesBetweenDiscsAddsAndRemovesInOneGoKeepingTrackIds() {
        ReleaseDetails release = twoDiscs();
        List<TrackDraft> t = release.toDraft().tracks();
        ReleaseDraftBuilder b = ReleaseDraftBuilder.from(release.toDraft());
        // disc 1: One-2, One-1 (swapped), Two-1 (moved from disc 2); disc 2: One-4, New, Two-3 (One-3 and Two-2 removed)
        b.tracks = new ArrayList<>(List.of(
                with(with(t.get(1), "disc", 1), "number", 1),
                with(t.get(0), "number", 2),
                with(with(t.get(4), "disc", 1), "number", 3),
                with(with(t.get(3), "disc", 2), "number", 1),
                new TrackDraft(null, null, 2, 2, "New", 100, newIsrc(), null, null, null, false, true, null, List.of(),
                        List.of(), List.of()),
                with(with(t.get(6), "disc", 2), "number", 3)));
        // the ISRCs of the two swapped tracks are swapped too
        b.tracks.set(0, with(b.tracks.get(0), "isrc", t.get(0).isrc()));
        b.tracks.set(1, with(b.tracks.get(1), "isrc", t.get(1).isrc()));

        ReleaseDetails saved = service("manager").save(release.id(), release.version(), b.build());

        assertThat(listing(saved)).containsExactly("1-1 One-2", "1-2 One-1", "1-3 Two-1", "2-1 One-4", "2-2 New", "2-3 Two-3");
        assertThat(saved.tracks().get(0).id()).isEqualTo(t.get(1).id());
        assertThat(saved.tracks().get(0).isrc()).isEqualTo(t.get(0).isrc());
        assertThat(saved.tracks().get(1).isrc()).isEqualTo(t.get(1).isrc());
        assertThat(saved.tracks().get(2).id()).isEqualTo(t.get(4).id());
        assertThat(saved.tracks().get(4).id()).isNotIn(t.stream().map(TrackDraft::id).toList());
        assertThat(world.count("SELECT COUNT(*) FROM songs WHERE release_id = ?", release.id())).isEqualTo(6);
        assertThat(world.count("SELECT COUNT(*) FROM songs WHERE id = ? OR id = ?", t.get(2).id(), t.get(5).id())).isZero();
        assertThat(saved.version()).isGreaterThan(release.version());
    }

    @Test
    void anyRearrangementOfTheListingIsSavedExactly() {
        Random random = new Random(42);
        ReleaseService manager = service("manager");
        ReleaseDetails release = twoDiscs();
        for (int round = 0; round < 12; round++) {
            List<TrackDraft> tracks = new ArrayList<>(release.toDraft().tracks());
            Collections.shuffle(tracks, random);
            if (random.nextBoolean() && tracks.size() > 2) {
                tracks.remove(random.nextInt(tracks.size()));
            }
            for (int added = random.nextInt(3); added > 0; added--) {
                tracks.add(random.nextInt(tracks.size() + 1), new TrackDraft(null, null, 1, 1, "Added " + round + "." + added,
                        120, random.nextBoolean() ? newIsrc() : null, null, null, null, false, false, null, List.of(),
                        List.of(), List.of()));
            }
            List<String> isrcs = new ArrayList<>(tracks.stream().map(TrackDraft::isrc).toList());
            Collections.shuffle(isrcs, random);
            int discs = 1 + random.nextInt(Math.min(3, tracks.size()));
            int[] next = new int[discs + 1];
            List<TrackDraft> placed = new ArrayList<>();
            for (int i = 0; i < tracks.size(); i++) {
                int disc = Math.min(discs, 1 + i * discs / tracks.size());
                TrackDraft track = with(with(with(tracks.get(i), "disc", disc), "number", ++next[disc]), "isrc", isrcs.get(i));
                placed.add(with(track, "title", track.title().replaceAll(" \\(r\\d+\\)$", "") + " (r" + round + ")"));
            }
            ReleaseDraftBuilder b = ReleaseDraftBuilder.from(release.toDraft());
            b.tracks = placed;

            ReleaseDetails saved = manager.save(release.id(), release.version(), b.build());

            List<String> expected = placed.stream().map(d -> d.discNumber() + "-" + d.trackNumber() + " " + d.title()
                    + " " + d.isrc()).sorted().toList();
            assertThat(saved.tracks().stream().map(s -> s.discNumber() + "-" + s.trackNumber() + " " + s.title() + " "
                    + s.isrc()).sorted().toList()).as("round %d", round).isEqualTo(expected);
            for (TrackDraft kept : placed.stream().filter(d -> d.id() != null).toList()) {
                assertThat(saved.tracks()).as("round %d keeps the row of %s", round, kept.title())
                        .anyMatch(s -> s.id().equals(kept.id()) && s.title().equals(kept.title()));
            }
            assertThat(world.count("SELECT COUNT(*) FROM songs WHERE release_id = ?", release.id())).isEqualTo(placed.size());
            release = saved;
        }
    }

    @Test
    void aDuplicateIsrcInTrackSevenSavesNothingAndNamesTheHolder() {
        ReleaseDetails other = service("manager").create(labelmate, ReleaseDraftBuilder.complete(2).build());
        ReleaseDetails release = twoDiscs();
        ReleaseDraftBuilder b = ReleaseDraftBuilder.from(release.toDraft());
        b.title = "Changed title";
        Collections.swap(b.tracks, 0, 1);
        b.tracks.set(0, with(b.tracks.get(0), "number", 1));
        b.tracks.set(1, with(b.tracks.get(1), "number", 2));
        b.tracks.set(6, with(b.tracks.get(6), "isrc", other.tracks().get(1).isrc().toLowerCase()));

        InvalidFieldException refusal = catchThrowableOfType(InvalidFieldException.class,
                () -> service("manager").save(release.id(), release.version(), b.build()));

        assertThat(refusal.key()).isEqualTo("catalog.isrc.taken");
        assertThat(refusal.field()).isEqualTo("track:6:isrc");
        assertThat(refusal.args()).containsExactly(other.tracks().get(1).isrc(), other.tracks().get(1).title(), other.title(),
                other.artistName(), "2-3");
        assertThat(refusal.getLocalizedMessage()).startsWith("Track 2-3: ").contains(other.title());
        ReleaseDetails unchanged = service("manager").get(release.id());
        assertThat(unchanged.title()).isEqualTo(release.title());
        assertThat(unchanged.version()).isEqualTo(release.version());
        assertThat(unchanged.tracks()).isEqualTo(release.tracks());

        b.tracks.set(6, with(b.tracks.get(6), "isrc", b.tracks.get(2).isrc()));
        InvalidFieldException twice = catchThrowableOfType(InvalidFieldException.class,
                () -> service("manager").save(release.id(), release.version(), b.build()));
        assertThat(twice.key()).isEqualTo("validation.tracks.duplicateIsrc");
        assertThat(twice.field()).isEqualTo("track:6:isrc");
        assertThat(service("manager").get(release.id())).isEqualTo(unchanged);
    }

    @Test
    void tracksRunOneToNOnEveryDiscAndDiscsOneToDWithoutGaps() {
        ReleaseDetails release = twoDiscs();
        List<TrackDraft> t = release.toDraft().tracks();
        ReleaseService manager = service("manager");

        assertField(() -> manager.save(release.id(), release.version(), listingOf(release, t.get(0), with(t.get(1), "number", 3))),
                "tracks", "validation.tracks.numberGap");
        assertField(() -> manager.save(release.id(), release.version(), listingOf(release, t.get(0), with(t.get(1), "number", 1))),
                "track:1:number", "validation.tracks.duplicatePosition");
        assertField(() -> manager.save(release.id(), release.version(), listingOf(release, t.get(0), with(t.get(4), "disc", 3))),
                "tracks", "validation.tracks.discGap");
        assertField(() -> manager.save(release.id(), release.version(), listingOf(release, with(t.get(0), "number", 0))),
                "track:0:number", "validation.tracks.position");
        assertField(() -> manager.save(release.id(), release.version(), listingOf(release, t.get(0), t.get(0))),
                "tracks", "validation.tracks.duplicateId");
        assertThat(manager.get(release.id()).tracks()).isEqualTo(release.tracks());
    }

    private static ReleaseDraft listingOf(ReleaseDetails release, TrackDraft... tracks) {
        ReleaseDraftBuilder b = ReleaseDraftBuilder.from(release.toDraft());
        b.tracks = new ArrayList<>(List.of(tracks));
        return b.build();
    }

    @Test
    void everyFieldIsCheckedAndTheRefusalNamesIt() {
        ReleaseService manager = service("manager");
        ReleaseDraftBuilder b = ReleaseDraftBuilder.complete(2);
        TrackDraft first = b.tracks.get(0);

        assertField(() -> manager.create(artist, set(b, x -> x.title = " ")), "title", "validation.release.title.empty");
        assertField(() -> manager.create(artist, set(b, x -> x.title = "x".repeat(301))), "title", "validation.release.title.tooLong");
        assertField(() -> manager.create(artist, set(b, x -> x.slug = "Bad Slug")), "slug", "validation.slug.characters");
        assertField(() -> manager.create(artist, set(b, x -> x.type = null)), "type", "validation.release.type");
        assertField(() -> manager.create(artist, set(b, x -> x.upc = "5010017088438")), "upc", "validation.upc.checkDigit");
        assertField(() -> manager.create(artist, set(b, x -> x.language = "klingon")), "language", "validation.language");
        assertField(() -> manager.create(artist, set(b, x -> x.catalogNumber = "x".repeat(51))), "catalogNumber",
                "validation.release.catalogNumber.tooLong");
        assertField(() -> manager.create(artist, set(b, x -> x.labelName = "x".repeat(201))), "labelName",
                "validation.release.labelName.tooLong");
        assertField(() -> manager.create(artist, set(b, x -> x.copyrightHolder = "x".repeat(201))), "copyrightHolder",
                "validation.release.copyrightHolder.tooLong");
        assertField(() -> manager.create(artist, set(b, x -> x.copyrightYear = 1876)), "copyrightYear",
                "validation.release.copyrightYear");
        assertField(() -> manager.create(artist, set(b, x -> x.copyrightYear = LocalDate.now().getYear() + 2)), "copyrightYear",
                "validation.release.copyrightYear");
        assertField(() -> manager.create(artist, set(b, x -> x.peakChartPosition = 0)), "peakChartPosition",
                "validation.release.peakChartPosition");
        assertField(() -> manager.create(artist, set(b, x -> x.streamingLinks = Map.of("spotify",
                "https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb"))), "streamingLinks:spotify", "validation.link.releasePage");
        assertField(() -> manager.create(artist, set(b, x -> x.purchaseLinks = Map.of("myspace", "https://myspace.com/x"))),
                "purchaseLinks:myspace", "validation.link.platform");
        assertField(() -> manager.create(artist, set(b, x -> x.coverArtUrl = "media:" + UUID.randomUUID())), "coverArtUrl",
                "validation.image.unknown");
        assertField(() -> manager.create(artist, track(b, with(first, "title", ""))), "track:0:title", "validation.track.title.empty");
        assertField(() -> manager.create(artist, track(b, with(first, "duration", 0))), "track:0:duration", "validation.track.duration");
        assertField(() -> manager.create(artist, track(b, with(first, "isrc", "US-RC1-76-0783"))), "track:0:isrc",
                "validation.isrc.length");
        assertField(() -> manager.create(artist, track(b, with(first, "bpm", 300))), "track:0:bpm", "validation.track.bpm");
        assertField(() -> manager.create(artist, track(b, with(first, "bpm", 0))), "track:0:bpm", "validation.track.bpm");
        assertField(() -> manager.create(artist, track(b, with(first, "key", "H minor"))), "track:0:key", "validation.key");
        assertField(() -> manager.create(artist, track(b, with(first, "timeSignature", "4/3"))), "track:0:timeSignature",
                "validation.timeSignature");
        assertField(() -> manager.create(artist, track(b, with(first, "language", "xx"))), "track:0:language",
                "validation.language");
        assertThat(manager.create(artist, track(b, with(with(first, "bpm", 299), "duration", 1))).tracks().get(0).tempoBpm())
                .isEqualTo(299);
        assertThat(world.count("SELECT COUNT(*) FROM releases WHERE artist_id = ?", artist)).isEqualTo(1);
    }

    private static ReleaseDraft set(ReleaseDraftBuilder b, java.util.function.Consumer<ReleaseDraftBuilder> change) {
        ReleaseDraftBuilder copy = ReleaseDraftBuilder.from(b.build());
        change.accept(copy);
        return copy.build();
    }

    private static ReleaseDraft track(ReleaseDraftBuilder b, TrackDraft first) {
        return set(b, x -> x.tracks.set(0, first));
    }

    // --- identifiers ------------------------------------------------------------------------------

    @Test
    void identifiersAreUniqueAndTheirVisibleHolderIsNamed() {
        ReleaseService manager = service("manager");
        ReleaseDraftBuilder holder = ReleaseDraftBuilder.complete(1);
        holder.catalogNumber = world.unique("NLR");
        holder.slug = "debut";
        holder.upc = com.allaccessartist.domain.catalog.Upc.withCheckDigit("0" + newUpc().substring(1, 12)).value();
        ReleaseDetails held = manager.create(labelmate, holder.build());

        ReleaseDraftBuilder b = ReleaseDraftBuilder.complete(1);
        b.slug = "debut";
        assertThat(manager.create(artist, b.build()).slug()).as("slugs are unique per artist only").isEqualTo("debut");
        InvalidFieldException slug = catchThrowableOfType(InvalidFieldException.class, () -> manager.create(labelmate, set(b,
                x -> x.upc = newUpc())));
        assertThat(slug.key()).isEqualTo("catalog.release.slugTaken");
        assertThat(slug.args()).containsExactly("debut", held.title());

        String upcA = held.upc().substring(1);
        ReleaseDraftBuilder sameUpc = ReleaseDraftBuilder.complete(1);
        sameUpc.upc = upcA;
        InvalidFieldException upc = catchThrowableOfType(InvalidFieldException.class, () -> manager.create(artist, sameUpc.build()));
        assertThat(upc.field()).isEqualTo("upc");
        assertThat(upc.key()).isEqualTo("catalog.upc.taken");
        assertThat(upc.args()).containsExactly(sameUpc.upc, held.title(), held.artistName());

        ReleaseDraftBuilder sameNumber = ReleaseDraftBuilder.complete(1);
        sameNumber.catalogNumber = " " + holder.catalogNumber.toLowerCase() + " ";
        InvalidFieldException number = catchThrowableOfType(InvalidFieldException.class,
                () -> manager.create(artist, sameNumber.build()));
        assertThat(number.key()).as("catalogue numbers are unique per label").isEqualTo("catalog.catalogNumber.taken");
        assertThat(number.args()).containsExactly(holder.catalogNumber.toLowerCase(), held.title(), held.artistName());
        UUID independent = world.artist(null, world.person("outsider"));
        world.grantArtist(world.person("manager"), independent, "manager", flags("manage_releases"), null, true);
        assertThat(manager.create(independent, sameNumber.build()).catalogNumber()).as("another label may use it")
                .isEqualTo(holder.catalogNumber.toLowerCase());

        assertThat(manager.isrcOwner(held.tracks().get(0).isrc().toLowerCase(), null))
                .contains(new IdentifierOwner(held.id(), held.title(), held.artistName(), held.tracks().get(0).title()));
        assertThat(manager.isrcOwner(held.tracks().get(0).isrc(), held.tracks().get(0).id())).isEmpty();
        assertThat(manager.upcOwner(upcA, null)).map(IdentifierOwner::releaseId).contains(held.id());
        assertThat(manager.upcOwner(held.upc(), held.id())).isEmpty();
        assertThat(manager.catalogNumberOwner(artist, holder.catalogNumber, null)).map(IdentifierOwner::releaseId)
                .contains(held.id());
        assertThat(manager.catalogNumberOwner(independent, holder.catalogNumber, null)).map(IdentifierOwner::releaseId)
                .isNotEqualTo(Optional.of(held.id()));
        assertThat(manager.isrcOwner("not an isrc", null)).isEmpty();
        assertThat(manager.slugOwner(labelmate, " debut ", null)).map(IdentifierOwner::releaseId).contains(held.id());
        assertThat(manager.slugOwner(labelmate, "debut", held.id())).as("its own slug").isEmpty();
        assertThat(manager.slugOwner(artist, "debut", null)).map(IdentifierOwner::releaseId).as("slugs are per artist")
                .isNotEqualTo(Optional.of(held.id()));
        assertThat(manager.slugOwner(labelmate, "debut-2", null)).isEmpty();
        assertThat(manager.slugOwner(labelmate, "Not A Slug!", null)).isEmpty();
        assertThat(service("outsider").slugOwner(labelmate, "debut", null)).as("an artist the person cannot see").isEmpty();
    }

    @Test
    void anIdentifierHeldWhereThePersonCannotSeeIsTakenWithoutBeingNamed() {
        UUID rivalLabel = world.organization(world.person("rival"));
        UUID rivalArtist = world.artist(rivalLabel, world.person("rival"));
        ReleaseDraftBuilder theirs = ReleaseDraftBuilder.complete(1);
        theirs.catalogNumber = world.unique("RIV");
        ReleaseDetails hidden = service("rival").create(rivalArtist, theirs.build());

        ReleaseDraftBuilder mine = ReleaseDraftBuilder.complete(1);
        mine.tracks.set(0, with(mine.tracks.get(0), "isrc", hidden.tracks().get(0).isrc()));
        InvalidFieldException isrc = catchThrowableOfType(InvalidFieldException.class,
                () -> service("manager").create(artist, mine.build()));
        assertThat(isrc.key()).isEqualTo("catalog.isrc.takenHidden");
        assertThat(isrc.args()).containsExactly(hidden.tracks().get(0).isrc(), "1-1");

        ReleaseDraftBuilder sameUpc = ReleaseDraftBuilder.complete(1);
        sameUpc.upc = hidden.upc();
        assertThat(catchThrowableOfType(InvalidFieldException.class, () -> service("manager").create(artist, sameUpc.build()))
                .key()).isEqualTo("catalog.upc.takenHidden");
        assertThat(service("manager").isrcOwner(hidden.tracks().get(0).isrc(), null)).contains(IdentifierOwner.hidden());
        assertThat(service("manager").upcOwner(hidden.upc(), null)).get().extracting(IdentifierOwner::isHidden).isEqualTo(true);
        assertThat(world.count("SELECT COUNT(*) FROM releases WHERE artist_id = ?", artist)).isZero();
    }

    // --- workflow and readiness -----------------------------------------------------------------------

    @Test
    void schedulingIsRefusedNamingTheTracksWhoseSplitSheetsAreIncompleteAndAllowedOnceTheyAreComplete() {
        ReleaseService manager = service("manager");
        Person owner = world.person("owner");
        ReleaseDetails release = manager.create(artist, ReleaseDraftBuilder.complete(3).build());
        CompleteSplits.give(database, owner.user(), Clock.systemUTC(), release);
        SplitSheetService sheets = new SplitSheetService(database, owner.user(), Clock.systemUTC());
        WorkService works = new WorkService(database, owner.user(), Clock.systemUTC());
        UUID second = release.tracks().get(1).id();
        UUID third = release.tracks().get(2).id();
        // 1-2: its master sheet is changed to a 60.00 draft; 1-3: its recording is unlinked from its work
        SplitSheetView master = sheets.masterSheet(second);
        sheets.saveMaster(second, master.version(), new SplitSheetDraft(SheetKind.MASTER,
                List.of(master.parties().get(0))), "the label's points are still open");
        works.unlinkSong(third);
        release = manager.changeStatus(release.id(), release.version(), ReleaseStatus.IN_PROGRESS);
        ReleaseDetails mastered = manager.changeStatus(release.id(), release.version(), ReleaseStatus.MASTERED);
        assertThat(mastered.tracks()).extracting(TrackDetails::splits).containsExactly(
                new ReleaseReadiness.Splits(true, true, true), new ReleaseReadiness.Splits(false, true, true),
                new ReleaseReadiness.Splits(true, false, false));

        AppException refused = catchThrowableOfType(AppException.class,
                () -> manager.changeStatus(mastered.id(), mastered.version(), ReleaseStatus.SCHEDULED));
        assertThat(refused.key()).isEqualTo("release.move.notReady");
        assertThat(refused.getLocalizedMessage()).isEqualTo("The release cannot move to Scheduled yet. Still needed:"
                + " Every track's recording has a complete master split sheet (100.00%) (missing or incomplete on 1-2);"
                + " Every track's recording is linked to its work (no work linked on 1-3).");
        assertThat(refused.args()[2]).isEqualTo("track:1:splits,track:2:splits");
        assertThat(manager.get(mastered.id()).status()).isEqualTo(ReleaseStatus.MASTERED);

        // the work of 1-3 is linked again, but its publishing sheet is only half shared out
        UUID work = works.create(artist, new WorkDraft("Third Song", null)).id();
        works.linkSong(work, third);
        sheets.savePublishing(work, 0, new SplitSheetDraft(SheetKind.PUBLISHING,
                List.of(CompleteSplits.publishing().parties().get(0))), null);
        sheets.saveMaster(second, sheets.masterSheet(second).version(), CompleteSplits.master(), null);
        AppException publishing = catchThrowableOfType(AppException.class,
                () -> manager.changeStatus(mastered.id(), mastered.version(), ReleaseStatus.SCHEDULED));
        assertThat(publishing.getLocalizedMessage()).isEqualTo("The release cannot move to Scheduled yet. Still needed:"
                + " Every track's work has a complete publishing split sheet (100.00%) (missing or incomplete for the work"
                + " of 1-3).");

        sheets.savePublishing(work, sheets.publishingSheet(work).version(), CompleteSplits.publishing(), null);
        ReleaseDetails scheduled = manager.changeStatus(mastered.id(), mastered.version(), ReleaseStatus.SCHEDULED);
        assertThat(scheduled.status()).isEqualTo(ReleaseStatus.SCHEDULED);
    }

    @Test
    void aReleaseIsScheduledOnlyWhenItsSavedContentIsReadyAndReleasedOnlyFromItsDate() {
        ReleaseService manager = service("manager");
        ReleaseDraftBuilder b = ReleaseDraftBuilder.complete(3);
        b.tracks.set(1, with(b.tracks.get(1), "isrc", null));
        ReleaseDetails release = manager.create(artist, b.build());
        CompleteSplits.give(database, world.person("owner").user(), Clock.systemUTC(), release);
        release = manager.changeStatus(release.id(), release.version(), ReleaseStatus.IN_PROGRESS);
        release = manager.changeStatus(release.id(), release.version(), ReleaseStatus.MASTERED);
        ReleaseDetails mastered = release;

        AppException notReady = catchThrowableOfType(AppException.class,
                () -> manager.changeStatus(mastered.id(), mastered.version(), ReleaseStatus.SCHEDULED));
        assertThat(notReady.key()).isEqualTo("release.move.notReady");
        assertThat(notReady.args()[1].toString()).contains("1-2");
        assertThat(notReady.args()[2]).isEqualTo("track:1:isrc");
        assertThat(manager.get(mastered.id()).status()).isEqualTo(ReleaseStatus.MASTERED);

        ReleaseDraftBuilder fixed = ReleaseDraftBuilder.from(mastered.toDraft());
        fixed.tracks.set(1, with(fixed.tracks.get(1), "isrc", newIsrc()));
        release = manager.save(mastered.id(), mastered.version(), fixed.build());
        release = manager.changeStatus(release.id(), release.version(), ReleaseStatus.SCHEDULED);
        assertThat(release.status()).isEqualTo(ReleaseStatus.SCHEDULED);
        ReleaseDetails scheduled = release;

        AppException early = catchThrowableOfType(AppException.class,
                () -> manager.changeStatus(scheduled.id(), scheduled.version(), ReleaseStatus.RELEASED));
        assertThat(early.key()).isEqualTo("release.move.notReady");
        assertThat(early.args()[2]).isEqualTo("releaseDate");

        ReleaseDraftBuilder withoutUpc = ReleaseDraftBuilder.from(scheduled.toDraft());
        withoutUpc.upc = null;
        AppException mustStayReady = catchThrowableOfType(AppException.class,
                () -> manager.save(scheduled.id(), scheduled.version(), withoutUpc.build()));
        assertThat(mustStayReady.key()).isEqualTo("release.save.notReady");
        assertThat(manager.get(scheduled.id()).upc()).isEqualTo(scheduled.upc());

        ReleaseDraftBuilder today = ReleaseDraftBuilder.from(scheduled.toDraft());
        today.releaseDate = LocalDate.now(Clock.systemUTC());
        release = manager.save(scheduled.id(), scheduled.version(), today.build());
        release = manager.changeStatus(release.id(), release.version(), ReleaseStatus.RELEASED);
        assertThat(release.status()).isEqualTo(ReleaseStatus.RELEASED);
        assertThat(release.allowedMoves()).containsExactly(ReleaseStatus.ARCHIVED);
        assertThat(service("owner").get(release.id()).allowedMoves())
                .containsExactlyInAnyOrder(ReleaseStatus.ARCHIVED, ReleaseStatus.SCHEDULED);
    }

    @Test
    void onlyAdministratorsMoveBackAndNobodyMakesAMoveOutsideTheTable() {
        ReleaseService manager = service("manager");
        ReleaseDetails release = manager.create(artist, ReleaseDraftBuilder.complete(1).build());
        ReleaseDetails draft = release;

        AppException skip = catchThrowableOfType(AppException.class,
                () -> service("owner").changeStatus(draft.id(), draft.version(), ReleaseStatus.RELEASED));
        assertThat(skip.key()).isEqualTo("release.move.notAllowed");
        release = manager.changeStatus(release.id(), release.version(), ReleaseStatus.IN_PROGRESS);
        ReleaseDetails inProgress = release;
        AppException back = catchThrowableOfType(AppException.class,
                () -> manager.changeStatus(inProgress.id(), inProgress.version(), ReleaseStatus.DRAFT));
        assertThat(back.key()).isEqualTo("permission.release.moveBack");
        AppException viewer = catchThrowableOfType(AppException.class,
                () -> service("viewer").changeStatus(inProgress.id(), inProgress.version(), ReleaseStatus.MASTERED));
        assertThat(viewer.key()).isEqualTo("permission.release.manage");

        release = service("owner").changeStatus(inProgress.id(), inProgress.version(), ReleaseStatus.DRAFT);
        assertThat(release.status()).isEqualTo(ReleaseStatus.DRAFT);
    }

    @Test
    void anArchivedReleaseIsReadOnlyUntilAnAdministratorMovesItBack() {
        ReleaseService manager = service("manager");
        ReleaseDetails release = manager.create(artist, ReleaseDraftBuilder.complete(2).build());
        ReleaseDetails archived = manager.changeStatus(release.id(), release.version(), ReleaseStatus.ARCHIVED);

        AppException save = catchThrowableOfType(AppException.class,
                () -> manager.save(archived.id(), archived.version(), archived.toDraft()));
        assertThat(save.key()).isEqualTo("release.archived.readOnly");
        AppException delete = catchThrowableOfType(AppException.class, () -> manager.delete(archived.id(), archived.version()));
        assertThat(delete.key()).isEqualTo("release.archived.readOnly");
        assertThat(archived.allowedMoves()).isEmpty();

        ReleaseDetails reopened = service("owner").changeStatus(archived.id(), archived.version(), ReleaseStatus.DRAFT);
        ReleaseDraftBuilder renamed = ReleaseDraftBuilder.from(reopened.toDraft());
        renamed.title = "Reopened";
        assertThat(manager.save(reopened.id(), reopened.version(), renamed.build()).title()).isEqualTo("Reopened");
    }

    // --- rights, conflicts, deleting ---------------------------------------------------------------

    @Test
    void peopleWithoutTheReleasesRightCannotChangeThemAndStrangersDoNotSeeThem() {
        ReleaseDetails release = service("collab").create(artist, ReleaseDraftBuilder.complete(1).build());

        AppException viewer = catchThrowableOfType(AppException.class,
                () -> service("viewer").save(release.id(), release.version(), release.toDraft()));
        assertThat(viewer.key()).isEqualTo("permission.release.manage");
        assertThat(catchThrowableOfType(AppException.class, () -> service("viewer").create(artist, release.toDraft())).key())
                .isEqualTo("permission.release.manage");
        assertThat(catchThrowableOfType(AppException.class, () -> service("outsider").get(release.id())).key())
                .isEqualTo("record.goneOrNoAccess");
        assertThat(catchThrowableOfType(AppException.class, () -> service("collab").create(labelmate, release.toDraft())).key())
                .as("a direct grant covers its own artist only").isEqualTo("record.goneOrNoAccess");
        assertThat(catchThrowableOfType(AppException.class, () -> service("viewer").delete(release.id(), release.version())).key())
                .isEqualTo("permission.release.manage");
    }

    @Test
    void theSecondOfTwoSavesFromTheSameVersionIsRefusedAndOverwritesNothing() {
        ReleaseDetails release = twoDiscs();
        ReleaseDraftBuilder mine = ReleaseDraftBuilder.from(release.toDraft());
        mine.title = "Mine";
        ReleaseDraftBuilder theirs = ReleaseDraftBuilder.from(release.toDraft());
        theirs.tracks.set(0, with(theirs.tracks.get(0), "title", "Their title"));

        ReleaseDetails first = service("collab").save(release.id(), release.version(), theirs.build());
        AppException second = catchThrowableOfType(AppException.class,
                () -> service("manager").save(release.id(), release.version(), mine.build()));

        assertThat(second.key()).isEqualTo("record.changedBySomeoneElse");
        assertThat(service("collab").get(release.id())).isEqualTo(first);
        ReleaseDraftBuilder staleTrack = ReleaseDraftBuilder.from(first.toDraft());
        staleTrack.tracks.set(0, release.toDraft().tracks().get(0));
        assertThat(catchThrowableOfType(AppException.class, () -> service("manager").save(first.id(), first.version(),
                staleTrack.build())).key()).as("a track saved from an older version").isEqualTo("record.changedBySomeoneElse");
        assertThat(catchThrowableOfType(AppException.class, () -> service("manager").changeStatus(release.id(),
                release.version(), ReleaseStatus.IN_PROGRESS)).key()).isEqualTo("record.changedBySomeoneElse");
    }

    @Test
    void deletingRemovesTheReleaseWithItsTracksFromTheCurrentVersionOnly() {
        ReleaseDetails release = twoDiscs();
        ReleaseDetails renamed = service("manager").save(release.id(), release.version(),
                ReleaseDraftBuilder.from(release.toDraft()).build());

        assertThat(((Number) world.value("SELECT version FROM releases WHERE id = ?", release.id())).longValue())
                .as("the saved version is the one returned").isEqualTo(renamed.version());
        assertThat(catchThrowableOfType(AppException.class, () -> service("manager").delete(release.id(), release.version()))
                .key()).isEqualTo("record.changedBySomeoneElse");
        service("manager").delete(renamed.id(), renamed.version());

        assertThat(world.count("SELECT COUNT(*) FROM releases WHERE id = ?", release.id())).isZero();
        assertThat(world.count("SELECT COUNT(*) FROM songs WHERE release_id = ?", release.id())).isZero();
        assertThat(catchThrowableOfType(AppException.class, () -> service("manager").get(release.id())).key())
                .isEqualTo("record.goneOrNoAccess");
    }

    // --- PostgreSQL: the services and Row Level Security agree --------------------------------------

    @Test
    void onPostgresqlAPersonsOwnRoleSavesAndMovesUnderRowLevelSecurity() {
        if (vendor != Vendor.POSTGRESQL) {
            return;
        }
        Person collab = world.person("collab");
        Person viewer = world.person("viewer");
        ReleaseService own = service(world.own(collab), collab);
        ReleaseDetails release = own.create(artist, ReleaseDraftBuilder.complete(4).build());
        ReleaseDraftBuilder reordered = ReleaseDraftBuilder.from(release.toDraft());
        Collections.reverse(reordered.tracks);
        for (int i = 0; i < reordered.tracks.size(); i++) {
            reordered.tracks.set(i, with(reordered.tracks.get(i), "number", i + 1));
        }
        reordered.tracks.set(3, with(with(reordered.tracks.get(3), "disc", 2), "number", 1));
        String firstIsrc = reordered.tracks.get(0).isrc();
        reordered.tracks.set(0, with(reordered.tracks.get(0), "isrc", reordered.tracks.get(1).isrc()));
        reordered.tracks.set(1, with(reordered.tracks.get(1), "isrc", firstIsrc));
        reordered.tracks.remove(2);
        reordered.track(1, 3, "Added under RLS", newIsrc(), 99);

        ReleaseDetails saved = own.save(release.id(), release.version(), reordered.build());
        assertThat(listing(saved)).containsExactly("1-1 Track 4", "1-2 Track 3", "1-3 Added under RLS", "2-1 Track 1");
        assertThat(service(database, collab).get(release.id())).isEqualTo(saved);
        CompleteSplits.give(database, world.person("owner").user(), Clock.systemUTC(), saved);
        assertThat(own.get(saved.id()).tracks()).extracting(TrackDetails::splits)
                .as("sheet totals reach the checklist of someone who does not see the money (V12)")
                .containsOnly(new ReleaseReadiness.Splits(true, true, true));
        assertThat(world.count("SELECT COUNT(*) FROM split_sheets s JOIN songs g ON g.id = s.song_id"
                + " WHERE g.release_id = ?", saved.id())).isEqualTo(4);
        ReleaseDetails moved = own.changeStatus(saved.id(), saved.version(), ReleaseStatus.IN_PROGRESS);
        assertThat(moved.status()).isEqualTo(ReleaseStatus.IN_PROGRESS);

        ReleaseService viewers = service(world.own(viewer), viewer);
        AppException refused = catchThrowableOfType(AppException.class,
                () -> viewers.save(moved.id(), moved.version(), moved.toDraft()));
        assertThat(refused.key()).isEqualTo("permission.release.manage");
        int sneaked = world.own(viewer).inTransaction(s -> s.createMutationQuery(
                "update Song s set s.title = 'Sneaky' where s.releaseId = :id").setParameter("id", moved.id()).executeUpdate());
        assertThat(sneaked).as("Row Level Security refuses the same write").isZero();

        UUID rivalLabel = world.organization(world.person("rival"));
        UUID rivalArtist = world.artist(rivalLabel, world.person("rival"));
        ReleaseDetails hidden = service("rival").create(rivalArtist, ReleaseDraftBuilder.complete(1).build());
        ReleaseDraftBuilder clash = ReleaseDraftBuilder.complete(1);
        clash.tracks.set(0, with(clash.tracks.get(0), "isrc", hidden.tracks().get(0).isrc()));
        assertThat(catchThrowableOfType(InvalidFieldException.class, () -> own.create(artist, clash.build())).key())
                .as("a holder Row Level Security hides is still found").isEqualTo("catalog.isrc.takenHidden");
        own.delete(moved.id(), moved.version());
        assertThat(world.count("SELECT COUNT(*) FROM songs WHERE release_id = ?", moved.id())).isZero();
    }
}
