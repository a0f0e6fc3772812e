package com.allaccessartist.service.splits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.catalog.Iswc;
import com.allaccessartist.domain.splits.SheetKind;
import com.allaccessartist.domain.splits.SheetStatus;
import com.allaccessartist.domain.splits.SplitParty;
import com.allaccessartist.domain.splits.SplitRole;
import com.allaccessartist.domain.splits.SplitShare;
import com.allaccessartist.domain.splits.SplitSheetDraft;
import com.allaccessartist.service.catalog.InvalidFieldException;
import com.allaccessartist.testsupport.TestWorld.Person;
import com.allaccessartist.testsupport.BothVendorsTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;

/**
 * Works through the service, on H2 and on PostgreSQL (each person as their own login role there):
 * listing by title, creating and editing with the ISWC checked and normalized, the ISWC unique
 * across the catalogue with the holder named when visible, linking recordings, and rights
 * (view to list, manage_songs to write and to link a song).
 */
class WorkServiceTest extends BothVendorsTest {

    private static SplitWorld world;
    private UUID artist;
    private UUID otherArtist;
    private UUID rivalArtist;
    private UUID song;
    private UUID otherSong;
    private UUID rivalSong;

    @BeforeEach
    void artistsAndSongs() {
        if (world == null || world.database() != database) {
            world = SplitWorld.create(testDatabase, database, "owner", "songs", "viewer", "finance", "outsider");
        }
        UUID label = world.organization(world.person("owner"));
        artist = world.artist(label, world.person("owner"), "Nova Lines");
        otherArtist = world.artist(null, world.person("owner"), "Sea Glass");
        rivalArtist = world.artist(null, world.person("owner"), "Rival Act");
        song = world.song(artist, world.release(artist, "Night Ferry"), "Harbour Lights", SplitWorld.newIsrc());
        otherSong = world.song(otherArtist, world.release(otherArtist, "Covers"), "Harbour Lights (cover)", null);
        rivalSong = world.song(rivalArtist, world.release(rivalArtist, "Elsewhere"), "Elsewhere", null);
        world.grantArtist(world.person("songs"), artist, "collaborator", "manage_songs");
        world.grantArtist(world.person("songs"), otherArtist, "collaborator", "manage_songs");
        world.grantArtist(world.person("viewer"), artist, "viewer");
        world.grantArtist(world.person("finance"), artist, "manager", "manage_finances");
    }

    @AfterParameterizedClassInvocation
    static void closeWorld() {
        if (world != null) {
            world.close();
            world = null;
        }
    }

    private static WorkService service(String person) {
        Person who = world.person(person);
        return new WorkService(world.as(who), who.user(), Clock.systemUTC());
    }

    private static AppException refusal(Executable call) {
        return catchThrowableOfType(AppException.class, call::execute);
    }

    /** An ISWC typed the way people paste it: lower-case t, dots and hyphens. */
    private static String typed(String bare) {
        return Iswc.parse(bare).formatted().toLowerCase(Locale.ROOT);
    }

    @Test
    void worksAreCreatedWithTheirIswcNormalizedAndListedByTitle() {
        String iswc = SplitWorld.newIswc();
        WorkService songs = service("songs");

        WorkDetails created = songs.create(artist, new WorkDraft("  Harbour Lights  ", typed(iswc)));
        songs.create(artist, new WorkDraft("after the storm", null));
        songs.create(artist, new WorkDraft("Copper Sky", " "));

        assertThat(created.title()).isEqualTo("Harbour Lights");
        assertThat(created.iswc()).isEqualTo(iswc);
        assertThat(created.iswcFormatted()).isEqualTo(Iswc.parse(iswc).formatted());
        assertThat(created.artistName()).isEqualTo("Nova Lines");
        assertThat(created.mayEdit()).isTrue();
        assertThat(created.songs()).isEmpty();
        assertThat(world.value("SELECT iswc FROM works WHERE id = ?", created.id())).isEqualTo(iswc);
        assertThat(world.value("SELECT created_by FROM works WHERE id = ?", created.id())).isEqualTo(world.person("songs").id());

        assertThat(service("viewer").worksOf(artist)).extracting(WorkRow::title, WorkRow::iswc)
                .containsExactly(tuple("after the storm", null), tuple("Copper Sky", null), tuple("Harbour Lights", iswc));
        WorkDetails seen = service("viewer").get(created.id());
        assertThat(seen.mayEdit()).isFalse();
        assertThat(seen.toDraft()).isEqualTo(new WorkDraft("Harbour Lights", Iswc.parse(iswc).formatted()));
    }

    @Test
    void aTitleAndIswcThatBreakTheRulesAreRefusedByField() {
        WorkService songs = service("songs");
        InvalidFieldException empty = catchThrowableOfType(InvalidFieldException.class,
                () -> songs.create(artist, new WorkDraft("  ", null)));
        assertThat(empty.field()).isEqualTo("title");
        assertThat(empty.key()).isEqualTo("validation.work.title.empty");
        InvalidFieldException tooLong = catchThrowableOfType(InvalidFieldException.class,
                () -> songs.create(artist, new WorkDraft("x".repeat(301), null)));
        assertThat(tooLong.key()).isEqualTo("validation.work.title.tooLong");

        String iswc = SplitWorld.newIswc();
        char wrong = (char) ('0' + (iswc.charAt(10) - '0' + 1) % 10);
        InvalidFieldException checkDigit = catchThrowableOfType(InvalidFieldException.class,
                () -> songs.create(artist, new WorkDraft("Bad Code", iswc.substring(0, 10) + wrong)));
        assertThat(checkDigit.field()).isEqualTo("iswc");
        assertThat(checkDigit.key()).isEqualTo("validation.iswc.checkDigit");
        assertThat(world.count("SELECT COUNT(*) FROM works WHERE artist_id = ?", artist)).isZero();
    }

    @Test
    void anIswcAnotherWorkHoldsIsRefusedNamingTheWorkWhenVisible() {
        String iswc = SplitWorld.newIswc();
        WorkService songs = service("songs");
        WorkDetails holder = songs.create(artist, new WorkDraft("Harbour Lights", iswc));

        InvalidFieldException taken = catchThrowableOfType(InvalidFieldException.class,
                () -> songs.create(otherArtist, new WorkDraft("Harbour Lights (Reprise)", typed(iswc))));
        assertThat(taken.field()).isEqualTo("iswc");
        assertThat(taken.key()).isEqualTo("work.iswc.taken");
        assertThat(taken.args()).containsExactly(Iswc.parse(iswc).formatted(), "Harbour Lights", "Nova Lines");
        assertThat(taken.getLocalizedMessage()).contains("Harbour Lights").contains("Nova Lines");
        assertThat(songs.iswcOwner(typed(iswc), null)).get().extracting(WorkService.WorkOwner::workId).isEqualTo(holder.id());
        assertThat(songs.iswcOwner(iswc, holder.id())).isEmpty();

        // a holder the person may not see is not named, on either database
        String hidden = SplitWorld.newIswc();
        world.work(rivalArtist, "Secret Song", hidden);
        InvalidFieldException takenHidden = catchThrowableOfType(InvalidFieldException.class,
                () -> songs.create(artist, new WorkDraft("Mine", hidden)));
        assertThat(takenHidden.field()).isEqualTo("iswc");
        assertThat(takenHidden.key()).isEqualTo("work.iswc.takenHidden");
        assertThat(takenHidden.args()).containsExactly(Iswc.parse(hidden).formatted());
        assertThat(takenHidden.getLocalizedMessage()).doesNotContain("Secret Song");
        assertThat(world.count("SELECT COUNT(*) FROM works WHERE iswc = ?", hidden)).isEqualTo(1);
    }

    @Test
    void aWorkIsEditedFromTheVersionLoadedAndAStaleEditIsRefused() {
        WorkService songs = service("songs");
        String iswc = SplitWorld.newIswc();
        WorkDetails created = songs.create(artist, new WorkDraft("Harbour Light", null));

        WorkDetails saved = songs.save(created.id(), created.version(), new WorkDraft("Harbour Lights", typed(iswc)));
        assertThat(saved.title()).isEqualTo("Harbour Lights");
        assertThat(saved.iswc()).isEqualTo(iswc);
        assertThat(saved.version()).isGreaterThan(created.version());
        WorkDetails again = songs.save(saved.id(), saved.version(), new WorkDraft("Harbour Lights", iswc));
        assertThat(again.iswc()).as("its own ISWC is no clash").isEqualTo(iswc);

        assertThat(refusal(() -> songs.save(created.id(), created.version(), new WorkDraft("Old", null))).key())
                .isEqualTo("record.changedBySomeoneElse");
        assertThat(world.value("SELECT title FROM works WHERE id = ?", created.id())).isEqualTo("Harbour Lights");
    }

    @Test
    void viewersListWorksOnlyManageSongsWritesThemAndOutsidersSeeNothing() {
        WorkDetails work = service("songs").create(artist, new WorkDraft("Harbour Lights", null));

        for (String person : new String[] {"viewer", "finance"}) {
            assertThat(service(person).worksOf(artist)).as(person).extracting(WorkRow::id).containsExactly(work.id());
            assertThat(refusal(() -> service(person).create(artist, new WorkDraft("Mine", null))).key()).as(person)
                    .isEqualTo("work.permission.manage");
            assertThat(refusal(() -> service(person).save(work.id(), work.version(), new WorkDraft("Changed", null))).key())
                    .as(person).isEqualTo("work.permission.manage");
            assertThat(refusal(() -> service(person).linkSong(work.id(), song)).key()).as(person)
                    .isEqualTo("work.permission.linkSong");
        }
        WorkService outsider = service("outsider");
        assertThat(refusal(() -> outsider.worksOf(artist)).key()).isEqualTo("permission.artist.view");
        assertThat(refusal(() -> outsider.get(work.id())).key()).isEqualTo("record.goneOrNoAccess");
        assertThat(refusal(() -> outsider.create(artist, new WorkDraft("Mine", null))).key()).isEqualTo("record.goneOrNoAccess");
        assertThat(refusal(() -> outsider.save(work.id(), work.version(), new WorkDraft("Mine", null))).key())
                .isEqualTo("record.goneOrNoAccess");
        assertThat(world.count("SELECT COUNT(*) FROM works WHERE artist_id = ?", artist)).isEqualTo(1);
        assertThat(world.value("SELECT title FROM works WHERE id = ?", work.id())).isEqualTo("Harbour Lights");
    }

    @Test
    void songsAreLinkedToAWorkWithManageSongsOnTheSongsArtist() {
        WorkService songs = service("songs");
        WorkDetails work = songs.create(artist, new WorkDraft("Harbour Lights", null));

        songs.linkSong(work.id(), song);
        WorkDetails linked = songs.linkSong(work.id(), otherSong);
        assertThat(linked.songs()).extracting(WorkSong::songId, WorkSong::title, WorkSong::releaseTitle, WorkSong::artistName)
                .containsExactly(tuple(song, "Harbour Lights", "Night Ferry", "Nova Lines"),
                        tuple(otherSong, "Harbour Lights (cover)", "Covers", "Sea Glass"));
        assertThat(world.value("SELECT work_id FROM songs WHERE id = ?", otherSong)).isEqualTo(work.id());
        assertThat(songs.worksOf(artist)).extracting(WorkRow::songs).containsExactly(2L);
        assertThat(service("viewer").get(work.id()).songs()).as("only the recordings the viewer sees")
                .extracting(WorkSong::songId).containsExactly(song);
        assertThat(service("viewer").worksOf(artist)).extracting(WorkRow::songs).containsExactly(1L);

        assertThat(refusal(() -> songs.linkSong(work.id(), rivalSong)).key()).as("a song they do not see")
                .isEqualTo("record.goneOrNoAccess");
        UUID rivalWork = world.work(rivalArtist, "Elsewhere", null);
        assertThat(refusal(() -> songs.linkSong(rivalWork, song)).key()).as("a work they do not see")
                .isEqualTo("record.goneOrNoAccess");
        assertThat(refusal(() -> service("viewer").unlinkSong(song)).key()).isEqualTo("work.permission.linkSong");

        songs.unlinkSong(otherSong);
        assertThat(world.value("SELECT work_id FROM songs WHERE id = ?", otherSong)).isNull();
        assertThat(songs.get(work.id()).songs()).extracting(WorkSong::songId).containsExactly(song);
        assertThat(world.value("SELECT work_id FROM songs WHERE id = ?", rivalSong)).isNull();
    }
    @Test
    void theWorksListShowsAPublishingSheetsStateToFinanceAndToTheSheetsPartiesOnly() {
        WorkDetails work = service("songs").create(artist, new WorkDraft("Tide Tables", null));
        Person viewer = world.person("viewer");
        Person finance = world.person("finance");
        new SplitSheetService(world.as(finance), finance.user(), Clock.systemUTC()).savePublishing(work.id(), 0,
                new SplitSheetDraft(SheetKind.PUBLISHING, List.of(
                        new SplitParty(viewer.id(), "Vera Viewer", SplitRole.WRITER, null, null, SplitShare.parse("60")),
                        new SplitParty(null, "Harbour Music Ltd", SplitRole.PUBLISHER, null, null, SplitShare.parse("40")))),
                null);

        for (String seen : new String[] {"finance", "viewer"}) {
            WorkRow row = rowOf(service(seen).worksOf(artist), work.id());
            assertThat(row.publishingShown()).as(seen).isTrue();
            assertThat(row.publishingStatus()).as(seen).isEqualTo(SheetStatus.DRAFT);
            assertThat(row.publishingTotal()).as(seen).isEqualByComparingTo(new BigDecimal("100.00"));
        }
        WorkRow hidden = rowOf(service("songs").worksOf(artist), work.id());
        assertThat(hidden.publishingShown()).as("neither finance nor a party").isFalse();
        assertThat(hidden.publishingStatus()).isNull();
        assertThat(hidden.publishingTotal()).isNull();
    }

    @Test
    void recordingsToLinkAndTheWorkOfARecordingFollowWhatThePersonSees() {
        WorkDetails work = service("songs").create(artist, new WorkDraft("Ferry Song", null));
        service("songs").linkSong(work.id(), song);

        assertThat(service("viewer").recordingsOf(artist))
                .extracting(ArtistRecording::songId, ArtistRecording::title, ArtistRecording::releaseTitle, ArtistRecording::workId)
                .containsExactly(tuple(song, "Harbour Lights", "Night Ferry", work.id()));
        assertThat(service("viewer").workOfSong(song)).isEqualTo(Optional.of(work.id()));
        assertThat(service("songs").workOfSong(otherSong)).isEmpty();

        assertThat(refusal(() -> service("outsider").recordingsOf(artist)).key()).isEqualTo("permission.artist.view");
        assertThat(refusal(() -> service("viewer").workOfSong(rivalSong)).key()).isEqualTo("record.goneOrNoAccess");
    }

    private static WorkRow rowOf(List<WorkRow> rows, UUID id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
