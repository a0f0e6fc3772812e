package com.allaccessartist.service.catalog;

import static com.allaccessartist.testsupport.TestWorld.flags;
import static com.allaccessartist.service.catalog.OrganizationServiceTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.CancellationToken;
import com.allaccessartist.service.CancelledException;
import com.allaccessartist.service.ProgressListener;
import com.allaccessartist.testsupport.TestWorld.Person;
import com.allaccessartist.testsupport.BothVendorsTest;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;

/** Artists: who may create and edit them, slugs, links, the list's search, filters, sorting and paging, and the CSV export. */
class ArtistServiceTest extends BothVendorsTest {

    private static final String SPOTIFY = "https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb";
    private static CatalogWorld world;

    @TempDir
    Path temp;
    private UUID label;

    @BeforeEach
    void labelWithStaff() {
        if (world == null || world.database() != database) {
            world = CatalogWorld.create(testDatabase, database, "owner", "manager", "viewer", "outsider", "fan", "bulk");
        }
        label = world.organization(world.person("owner"));
        world.grantOrganization(world.person("manager"), label, "manager", true, true, false, false, null, true);
        world.grantOrganization(world.person("viewer"), label, "viewer", false, false, false, false, null, true);
    }

    @AfterParameterizedClassInvocation
    static void closeWorld() {
        if (world != null) {
            world.close();
            world = null;
        }
    }

    private static ArtistService service(String person) {
        return service(database, world.person(person));
    }

    private static ArtistService service(Database on, Person person) {
        return new ArtistService(on, person.user(), Clock.systemUTC());
    }

    private ArtistDraft draft(String name, UUID organization) {
        return new ArtistDraft(name, null, ArtistType.BAND, "A band.", "Post-rock", List.of("ambient", " drone ", "Ambient", ""),
                "Reykjavík", LocalDate.of(1994, 1, 1), null, null, "sigurros.example", SPOTIFY + "?si=abc", null, null,
                "instagram.com/sigurros", null, "twitter.com/sigurros", organization, true, false, true);
    }

    private static ArtistDraft with(ArtistDraft d, String field, Object value) {
        return new ArtistDraft(
                field.equals("name") ? (String) value : d.name(), field.equals("slug") ? (String) value : d.slug(),
                d.type(), d.bio(), d.genre(), d.subgenres(), field.equals("location") ? (String) value : d.location(),
                field.equals("formedDate") ? (LocalDate) value : d.formedDate(), d.profileImageUrl(), d.bannerImageUrl(),
                field.equals("websiteUrl") ? (String) value : d.websiteUrl(),
                field.equals("spotifyUrl") ? (String) value : d.spotifyUrl(),
                field.equals("appleMusicUrl") ? (String) value : d.appleMusicUrl(),
                field.equals("youtubeUrl") ? (String) value : d.youtubeUrl(),
                field.equals("instagramUrl") ? (String) value : d.instagramUrl(),
                field.equals("tiktokUrl") ? (String) value : d.tiktokUrl(),
                field.equals("twitterUrl") ? (String) value : d.twitterUrl(),
                field.equals("organizationId") ? (UUID) value : d.organizationId(), d.isPublic(),
                field.equals("verified") ? (Boolean) value : d.verified(), d.active());
    }

    // --- creating and editing -------------------------------------------------------------------

    @Test
    void aManagerOfTheLabelCreatesItsArtistsWithEveryFieldNormalized() {
        String name = world.unique("Sigur Rós");
        ArtistDetails created = service("manager").create(draft(name, label));

        assertThat(created.slug()).isEqualTo(com.allaccessartist.domain.catalog.Slug.slugify(name));
        assertThat(created.subgenres()).containsExactly("ambient", "drone");
        assertThat(created.websiteUrl()).isEqualTo("https://sigurros.example");
        assertThat(created.spotifyUrl()).isEqualTo(SPOTIFY);
        assertThat(created.instagramUrl()).isEqualTo("https://www.instagram.com/sigurros");
        assertThat(created.twitterUrl()).isEqualTo("https://x.com/sigurros");
        assertThat(created.organizationId()).isEqualTo(label);
        assertThat(created.organizationName()).isNotBlank();
        assertThat(created.access().editProfile()).isTrue();
        assertThat(created.version()).isZero();
        assertThat(service("viewer").get(created.id()).access().editProfile()).isFalse();
    }

    @Test
    void creatingInAnOrganizationNeedsTheRightToManageItsArtists() {
        for (String person : new String[] {"viewer", "outsider"}) {
            AppException refusal = catchThrowableOfType(AppException.class,
                    () -> service(person).create(draft(world.unique("Refused"), label)));
            assertThat(refusal.key()).as(person).isEqualTo("permission.artist.createInOrganization");
        }
        assertThat(world.count("SELECT COUNT(*) FROM artists WHERE organization_id = ?", label)).isZero();
    }

    @Test
    void anIndependentArtistIsOwnedByItsCreatorAndSeenByNobodyElse() {
        ArtistDetails own = service("fan").create(draft(world.unique("Bedroom Producer"), null));

        assertThat(own.access().administrator()).isTrue();
        assertThat(own.access().delete()).isTrue();
        AppException refusal = catchThrowableOfType(AppException.class, () -> service("owner").get(own.id()));
        assertThat(refusal.key()).isEqualTo("record.goneOrNoAccess");
    }

    @Test
    void editingNeedsTheEditProfileRightAndASaveFromAnOlderVersionIsRefused() {
        ArtistDetails artist = service("manager").create(draft(world.unique("Editable"), label));
        ArtistDetails saved = service("owner").update(artist.id(), artist.version(),
                with(artist.toDraft(), "location", "Oslo"));
        assertThat(saved.location()).isEqualTo("Oslo");
        assertThat(saved.version()).isEqualTo(artist.version() + 1);

        AppException stale = catchThrowableOfType(AppException.class, () -> service("manager").update(artist.id(),
                artist.version(), with(artist.toDraft(), "location", "Bergen")));
        assertThat(stale.key()).isEqualTo("record.changedBySomeoneElse");
        AppException viewer = catchThrowableOfType(AppException.class, () -> service("viewer").update(artist.id(),
                saved.version(), with(saved.toDraft(), "location", "Bergen")));
        assertThat(viewer.key()).isEqualTo("permission.artist.edit");
        assertThat(service("owner").get(artist.id()).location()).isEqualTo("Oslo");
    }

    @Test
    void movingAnArtistNeedsRightsInTheNewOrganizationAndAnOwnerWhenItLeaves() {
        ArtistDetails artist = service("manager").create(draft(world.unique("Mover"), label));
        UUID other = world.organization(world.person("owner"));

        AppException intoForeign = catchThrowableOfType(AppException.class, () -> service("manager").update(artist.id(),
                artist.version(), with(artist.toDraft(), "organizationId", other)));
        assertThat(intoForeign.key()).isEqualTo("permission.artist.moveToOrganization");
        AppException independent = catchThrowableOfType(AppException.class, () -> service("owner").update(artist.id(),
                artist.version(), with(artist.toDraft(), "organizationId", null)));
        assertThat(independent.key()).isEqualTo("permission.artist.makeIndependent");

        ArtistDetails moved = service("owner").update(artist.id(), artist.version(), with(artist.toDraft(), "organizationId", other));
        assertThat(moved.organizationId()).isEqualTo(other);
        assertThat(catchThrowableOfType(AppException.class, () -> service("manager").get(artist.id())).key())
                .isEqualTo("record.goneOrNoAccess");
    }

    @Test
    void everyFieldIsCheckedAndTheRefusalNamesIt() {
        ArtistService manager = service("manager");
        ArtistDraft valid = draft(world.unique("Checked"), label);

        assertField(() -> manager.create(with(valid, "name", "  ")), "name", "validation.artist.name.empty");
        assertField(() -> manager.create(with(valid, "name", "x".repeat(201))), "name", "validation.artist.name.tooLong");
        assertField(() -> manager.create(with(valid, "slug", "Not A Slug")), "slug", "validation.slug.characters");
        assertField(() -> manager.create(with(valid, "location", "x".repeat(201))), "location", "validation.artist.location.tooLong");
        assertField(() -> manager.create(with(valid, "formedDate", LocalDate.now().plusDays(2))), "formedDate",
                "validation.artist.formedDate.future");
        assertField(() -> manager.create(with(valid, "spotifyUrl", "https://music.apple.com/us/artist/x/1")), "spotifyUrl",
                "validation.link.otherPlatform");
        assertField(() -> manager.create(with(valid, "spotifyUrl", "https://open.spotify.com/album/4Z8W4fKeB5YxbusRsdQVPb")),
                "spotifyUrl", "validation.link.artistPage");
        assertField(() -> manager.create(with(valid, "appleMusicUrl", "music.apple.com/artist/1")), "appleMusicUrl",
                "validation.link.artistPage");
        assertField(() -> manager.create(with(valid, "youtubeUrl", "https://youtu.be/dQw4w9WgXcQ")), "youtubeUrl",
                "validation.link.artistPage");
        assertField(() -> manager.create(with(valid, "instagramUrl", "https://www.instagram.com/p/abc")), "instagramUrl",
                "validation.link.artistPage");
        assertField(() -> manager.create(with(valid, "tiktokUrl", "https://www.tiktok.com/nobody")), "tiktokUrl",
                "validation.link.artistPage");
        assertField(() -> manager.create(with(valid, "twitterUrl", "https://x.com/way_too_long_handle")), "twitterUrl",
                "validation.link.artistPage");
        assertField(() -> manager.create(with(valid, "websiteUrl", "localhost")), "websiteUrl", "validation.link.host");
        assertThat(world.count("SELECT COUNT(*) FROM artists WHERE organization_id = ?", label)).isZero();
    }

    // --- slugs ----------------------------------------------------------------------------------

    @Test
    void slugsAreMadeFromTheNameAndKeptUniqueAcrossTheCatalogue() {
        String name = world.unique("Mötley & Crüe");
        String expected = com.allaccessartist.domain.catalog.Slug.slugify(name);
        ArtistDetails first = service("manager").create(draft(name, label));
        ArtistDetails second = service("manager").create(draft(name, label));

        assertThat(first.slug()).isEqualTo(expected).contains("motley-and-crue");
        assertThat(second.slug()).isEqualTo(expected + "-2");
        assertThat(service("manager").suggestSlug(name, null)).isEqualTo(expected + "-3");
        assertThat(service("manager").suggestSlug(name, first.id())).isEqualTo(expected);
        assertThat(service("manager").suggestSlug("!!!", null)).startsWith("artist");
    }

    @Test
    void theLiveCheckNamesAVisibleHolderAndOnlySaysTakenForAnInvisibleOne() {
        ArtistDetails mine = service("manager").create(draft(world.unique("Visible"), label));
        ArtistDetails foreign = service("fan").create(draft(world.unique("Hidden"), null));

        assertThat(service("manager").checkSlug(mine.slug(), mine.id()).available()).isTrue();
        assertThat(service("manager").checkSlug(mine.slug(), mine.id()).messageKey()).isNull();
        SlugCheck visible = service("viewer").checkSlug(mine.slug(), null);
        assertThat(visible.available()).isFalse();
        assertThat(visible.messageKey()).isEqualTo("catalog.slug.taken");
        assertThat(visible.args()).containsExactly(mine.slug(), mine.name());
        SlugCheck hidden = service("manager").checkSlug(foreign.slug(), null);
        assertThat(hidden.messageKey()).isEqualTo("catalog.slug.takenHidden");
        assertThat(hidden.args()).containsExactly(foreign.slug());
        assertThat(service("manager").checkSlug("Bad Slug", null).messageKey()).isEqualTo("validation.slug.characters");
        assertThat(service("manager").checkSlug(world.unique("free-slug").toLowerCase(), null).available()).isTrue();
        InvalidFieldException taken = catchThrowableOfType(InvalidFieldException.class,
                () -> service("manager").create(with(draft(world.unique("Clash"), label), "slug", foreign.slug())));
        assertThat(taken.field()).isEqualTo("slug");
        assertThat(taken.key()).isEqualTo("catalog.slug.takenHidden");
    }

    // --- the list -------------------------------------------------------------------------------

    /** Five artists of the label, one independent artist granted to the viewer, one of another label. */
    private List<ArtistDetails> roster() {
        String tag = world.unique("zq").toLowerCase();
        ArtistService manager = service("manager");
        List<ArtistDetails> roster = new ArrayList<>();
        roster.add(manager.create(new ArtistDraft("Alpha " + tag, null, ArtistType.BAND, null, "Rock", List.of(), "Leeds", null,
                null, null, null, null, null, null, null, null, null, label, true, true, true)));
        roster.add(manager.create(new ArtistDraft("bravo " + tag, null, ArtistType.INDIVIDUAL, null, "Jazz", List.of(),
                "New York", null, null, null, null, null, null, null, null, null, null, label, false, false, true)));
        roster.add(manager.create(new ArtistDraft("Charlie " + tag, null, ArtistType.DUO, null, "rock", List.of(), "Rockport",
                null, null, null, null, null, null, null, null, null, null, label, true, false, false)));
        roster.add(manager.create(new ArtistDraft("Delta 100%_" + tag, null, ArtistType.BAND, null, "Folk", List.of(), null,
                null, null, null, null, null, null, null, null, null, null, label, true, false, true)));
        roster.add(manager.create(new ArtistDraft("Echo " + tag, null, ArtistType.COLLECTIVE, null, null, List.of(), "Lyon",
                null, null, null, null, null, null, null, null, null, null, label, true, true, true)));
        ArtistDetails independent = service("fan").create(new ArtistDraft("Foxtrot " + tag, null, ArtistType.INDIVIDUAL, null,
                "Rock", List.of(), null, null, null, null, null, null, null, null, null, null, null, null, true, false, true));
        world.grantArtist(world.person("viewer"), independent.id(), "viewer", flags(), null, true);
        roster.add(independent);
        UUID otherLabel = world.organization(world.person("outsider"));
        world.artist(otherLabel, world.person("outsider"));
        world.sql("INSERT INTO releases (artist_id, title, slug, type) VALUES (?, 'One', 'one', 'single')", roster.get(2).id());
        world.sql("INSERT INTO releases (artist_id, title, slug, type) VALUES (?, 'Two', 'two', 'single')", roster.get(2).id());
        world.sql("INSERT INTO releases (artist_id, title, slug, type) VALUES (?, 'Three', 'three', 'single')", roster.get(0).id());
        return roster;
    }

    private static String tagOf(List<ArtistDetails> roster) {
        return roster.get(0).name().substring("Alpha ".length());
    }

    private static List<String> names(ArtistPage page) {
        return page.rows().stream().map(ArtistRow::name).map(n -> n.substring(0, n.indexOf(' '))).toList();
    }

    @Test
    void theListShowsWhatThePersonMaySeeAndSearchesNameGenreAndLocationIgnoringCase() {
        List<ArtistDetails> roster = roster();
        String tag = tagOf(roster);
        ArtistService viewer = service("viewer");
        ArtistQuery mine = new ArtistQuery(tag, null, null, null, null, null, ArtistSort.NAME, false, 0, 50);

        assertThat(names(viewer.search(mine))).containsExactly("Alpha", "bravo", "Charlie", "Delta", "Echo", "Foxtrot");
        assertThat(viewer.search(mine).total()).isEqualTo(6);
        assertThat(service("outsider").search(mine).total()).isZero();
        assertThat(viewer.search(mine).rows()).filteredOn(r -> r.name().startsWith("Foxtrot"))
                .extracting(ArtistRow::organizationName).containsOnlyNulls();
        assertThat(viewer.search(mine).rows()).filteredOn(r -> r.name().startsWith("Alpha"))
                .extracting(ArtistRow::organizationName).doesNotContainNull();

        ArtistQuery onLabel = new ArtistQuery(null, label, null, null, null, null, ArtistSort.NAME, false, 0, 50);
        assertThat(viewer.search(onLabel).total()).isEqualTo(5);
        assertThat(names(viewer.search(new ArtistQuery("ROCK", label, null, null, null, null, ArtistSort.NAME, false, 0, 50))))
                .as("genre and location, any case").containsExactly("Alpha", "Charlie");
        assertThat(names(viewer.search(new ArtistQuery("new york", label, null, null, null, null, ArtistSort.NAME, false, 0, 50))))
                .containsExactly("bravo");
        assertThat(names(viewer.search(new ArtistQuery("100%_", label, null, null, null, null, ArtistSort.NAME, false, 0, 50))))
                .as("% and _ match themselves").containsExactly("Delta");
        assertThat(viewer.search(new ArtistQuery("1000", label, null, null, null, null, ArtistSort.NAME, false, 0, 50)).total())
                .isZero();
    }

    @Test
    void theListFiltersSortsAndPages() {
        List<ArtistDetails> roster = roster();
        String tag = tagOf(roster);
        ArtistService viewer = service("viewer");
        ArtistQuery base = new ArtistQuery(tag, label, null, null, null, null, ArtistSort.NAME, false, 0, 50);

        assertThat(names(viewer.search(new ArtistQuery(tag, label, ArtistType.BAND, null, null, null, ArtistSort.NAME, false, 0, 50))))
                .containsExactly("Alpha", "Delta");
        assertThat(names(viewer.search(new ArtistQuery(tag, label, null, false, null, null, ArtistSort.NAME, false, 0, 50))))
                .containsExactly("bravo");
        assertThat(names(viewer.search(new ArtistQuery(tag, label, null, null, true, null, ArtistSort.NAME, false, 0, 50))))
                .containsExactly("Alpha", "Echo");
        assertThat(names(viewer.search(new ArtistQuery(tag, label, null, null, null, false, ArtistSort.NAME, false, 0, 50))))
                .containsExactly("Charlie");
        assertThat(names(viewer.search(new ArtistQuery(tag, label, null, null, null, null, ArtistSort.NAME, true, 0, 50))))
                .containsExactly("Echo", "Delta", "Charlie", "bravo", "Alpha");
        assertThat(names(viewer.search(new ArtistQuery(tag, label, null, null, null, null, ArtistSort.RELEASES, true, 0, 50))))
                .containsExactly("Charlie", "Alpha", "bravo", "Delta", "Echo");
        assertThat(viewer.search(new ArtistQuery(tag, label, null, null, null, null, ArtistSort.RELEASES, true, 0, 1)).rows())
                .extracting(ArtistRow::releases).containsExactly(2L);
        assertThat(names(viewer.search(new ArtistQuery(tag, label, null, null, null, null, ArtistSort.GENRE, false, 0, 50))))
                .as("no genre last").containsExactly("Delta", "bravo", "Alpha", "Charlie", "Echo");
        assertThat(names(viewer.search(new ArtistQuery(tag, label, null, null, null, null, ArtistSort.LOCATION, false, 0, 50))))
                .containsExactly("Alpha", "Echo", "bravo", "Charlie", "Delta");
        assertThat(names(viewer.search(new ArtistQuery(tag, label, null, null, null, null, ArtistSort.TYPE, false, 0, 50))))
                .containsExactly("Alpha", "Delta", "Echo", "Charlie", "bravo");
        for (ArtistSort sort : ArtistSort.values()) {
            assertThat(viewer.search(new ArtistQuery(tag, null, null, null, null, null, sort, false, 0, 50)).total())
                    .as("%s", sort).isEqualTo(6);
        }

        ArtistPage second = viewer.search(base.withPage(2, 2));
        assertThat(names(second)).containsExactly("Charlie", "Delta");
        assertThat(second.total()).isEqualTo(5);
        assertThat(viewer.search(base.withPage(4, 2)).rows()).hasSize(1);
        assertThat(viewer.search(base.withPage(10, 2)).rows()).isEmpty();
        assertThat(viewer.search(base.withPage(-5, 0)).rows()).as("a page of at least one row").hasSize(1);
    }

    @Test
    void aListOfTenThousandArtistsPagesAndSearchesQuickly() throws SQLException {
        UUID big = world.organization(world.person("bulk"));
        String tag = world.unique("bulk").toLowerCase();
        try (Connection c = testDatabase.adminConnection(false); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO artists (id, name, slug, genre, location, organization_id, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < 10_000; i++) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, String.format("Artist %05d %s", i, tag));
                insert.setString(3, String.format("artist-%05d-%s", i, tag));
                insert.setString(4, i % 10 == 0 ? "Jazz" : "Rock");
                insert.setString(5, i % 100 == 0 ? "Tromsø" : "London");
                insert.setObject(6, big);
                insert.setObject(7, world.person("bulk").id());
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
        }
        ArtistService bulk = service("bulk");
        ArtistQuery all = ArtistQuery.all(100);
        bulk.search(all);

        long started = System.nanoTime();
        ArtistPage first = bulk.search(all);
        ArtistPage middle = bulk.search(all.withPage(5_000, 100));
        ArtistPage jazz = bulk.search(new ArtistQuery("JAZZ", null, null, null, null, null, ArtistSort.NAME, true, 0, 100));
        ArtistPage north = bulk.search(new ArtistQuery("tromsø", null, null, null, null, null, ArtistSort.RELEASES, false, 0, 100));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(first.total()).isEqualTo(10_000);
        assertThat(first.rows()).hasSize(100).first().extracting(ArtistRow::name).isEqualTo("Artist 00000 " + tag);
        assertThat(middle.rows().get(0).name()).isEqualTo("Artist 05000 " + tag);
        assertThat(jazz.total()).isEqualTo(1_000);
        assertThat(jazz.rows().get(0).name()).isEqualTo("Artist 09990 " + tag);
        assertThat(north.total()).isEqualTo(100);
        assertThat(millis).as("four pages with their counts of a 10,000-artist list, in ms").isLessThan(4_000);
        System.out.printf("%s: four searches of 10,000 artists in %d ms%n", vendor, millis);
    }

    // --- CSV --------------------------------------------------------------------------------------

    @Test
    void theExportWritesEveryMatchingArtistAsExcelReadsItThroughATemporaryFile() throws IOException {
        List<ArtistDetails> roster = roster();
        ArtistService manager = service("manager");
        manager.update(roster.get(1).id(), roster.get(1).version(), with(roster.get(1).toDraft(), "location", "=HYPERLINK(\"x\")"));
        Path file = temp.resolve("artists.csv");
        Files.writeString(file, "an older export");
        List<long[]> progress = new ArrayList<>();

        long written = manager.exportCsv(new ArtistQuery(tagOf(roster), label, null, null, null, null, ArtistSort.NAME, false, 0, 2),
                file, (done, total, key, args) -> progress.add(new long[] {done, total}), CancellationToken.none());

        assertThat(written).as("all pages, not only the one shown").isEqualTo(5);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            assertThat(parser.getHeaderNames()).hasSize(11).first().isEqualTo("\uFEFFName");
            records = parser.getRecords();
        }
        assertThat(records).extracting(r -> r.get(0).substring(0, r.get(0).indexOf(' ')))
                .containsExactly("Alpha", "bravo", "Charlie", "Delta", "Echo");
        assertThat(records.get(1).get(4)).as("a formula is exported as text").isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(records.get(2).get(9)).isEqualTo("2");
        assertThat(progress).last().satisfies(last -> assertThat(last).containsExactly(5, 5));
        try (var left = Files.list(temp)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void aCancelledExportLeavesNoFileAndTheOldOneUntouched() throws IOException {
        List<ArtistDetails> roster = roster();
        Path file = temp.resolve("artists.csv");
        Files.writeString(file, "an older export");
        CancellationToken cancel = new CancellationToken();
        AtomicLong reported = new AtomicLong();
        ProgressListener cancelAtOnce = (done, total, key, args) -> {
            reported.set(total);
            cancel.cancel();
        };

        CancelledException cancelled = catchThrowableOfType(CancelledException.class, () -> service("manager").exportCsv(
                new ArtistQuery(tagOf(roster), null, null, null, null, null, ArtistSort.NAME, false, 0, 50), file, cancelAtOnce,
                cancel));

        assertThat(cancelled).isNotNull();
        assertThat(reported.get()).isEqualTo(5);
        assertThat(Files.readString(file)).isEqualTo("an older export");
        try (var left = Files.list(temp)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void anArtistsOwnManagerOutsideItsOrganizationEditsItButOnlyItsOwnerMakesItIndependent() throws SQLException {
        Person outsider = world.person("outsider");
        ArtistDetails signed = service("owner").create(draft(world.unique("Managed Directly"), label));
        world.grantArtist(outsider, signed.id(), "manager", flags("edit_profile", "manage_releases", "manage_songs",
                "manage_social", "view_analytics", "invite_collaborators"), null, true);
        Database as = vendor == Vendor.POSTGRESQL ? world.own(outsider) : database;

        ArtistDetails edited = service(as, outsider).update(signed.id(), signed.version(),
                with(signed.toDraft(), "location", "Reykjavík"));
        assertThat(service("owner").get(signed.id()).location()).isEqualTo("Reykjavík");

        AppException refused = catchThrowableOfType(AppException.class, () -> service(as, outsider).update(signed.id(),
                edited.version(), with(edited.toDraft(), "organizationId", null)));
        assertThat(refused.key()).isEqualTo("permission.artist.makeIndependent");
        if (vendor == Vendor.POSTGRESQL) {
            try (Connection own = world.ownConnection(outsider);
                 PreparedStatement sneak = own.prepareStatement("UPDATE artists SET organization_id = NULL WHERE id = ?")) {
                sneak.setObject(1, signed.id());
                SQLException byDatabase = catchThrowableOfType(SQLException.class, sneak::executeUpdate);
                assertThat(byDatabase.getSQLState()).isEqualTo("42501");
                assertThat(byDatabase.getMessage()).contains("permission.artist.makeIndependent");
            }
        }
        assertThat(service("owner").get(signed.id()).organizationId()).isEqualTo(label);
    }

    // --- PostgreSQL: the services and Row Level Security agree --------------------------------------

    @Test
    void onPostgresqlPeoplesOwnRolesCreateEditAndSearchUnderRowLevelSecurity() {
        if (vendor != Vendor.POSTGRESQL) {
            return;
        }
        Person manager = world.person("manager");
        Person viewer = world.person("viewer");
        Person fan = world.person("fan");
        ArtistDetails signed = service(world.own(manager), manager).create(draft(world.unique("Under RLS"), label));
        ArtistDetails independent = service(world.own(fan), fan).create(draft(world.unique("Own Indie"), null));
        assertThat(independent.access().administrator()).as("the database made the creator its owner").isTrue();
        ArtistDetails edited = service(world.own(manager), manager).update(signed.id(), signed.version(),
                with(signed.toDraft(), "location", "Tórshavn"));
        assertThat(service(database, manager).get(signed.id()).location()).isEqualTo("Tórshavn");

        AppException refused = catchThrowableOfType(AppException.class, () -> service(world.own(viewer), viewer)
                .update(signed.id(), edited.version(), with(edited.toDraft(), "location", "Nowhere")));
        assertThat(refused.key()).isEqualTo("permission.artist.edit");
        int sneaked = world.own(viewer).inTransaction(s -> s.createMutationQuery(
                "update Artist a set a.location = 'Nowhere' where a.id = :id").setParameter("id", signed.id()).executeUpdate());
        assertThat(sneaked).as("Row Level Security refuses it too").isZero();
        AppException foreign = catchThrowableOfType(AppException.class, () -> service(world.own(viewer), viewer)
                .create(draft(world.unique("Foreign"), label)));
        assertThat(foreign.key()).isEqualTo("permission.artist.createInOrganization");

        ArtistQuery everything = new ArtistQuery(null, label, null, null, null, null, ArtistSort.NAME, false, 0, 100);
        assertThat(service(world.own(viewer), viewer).search(everything)).isEqualTo(service(database, viewer).search(everything));
        SlugCheck hidden = service(world.own(manager), manager).checkSlug(independent.slug(), null);
        assertThat(hidden.messageKey()).as("a slug taken by an artist the role cannot see").isEqualTo("catalog.slug.takenHidden");
    }
}
