package com.allaccessartist.service.splits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.catalog.IpiNameNumber;
import com.allaccessartist.domain.splits.SheetKind;
import com.allaccessartist.domain.splits.SheetStatus;
import com.allaccessartist.domain.splits.SplitParty;
import com.allaccessartist.domain.splits.SplitRole;
import com.allaccessartist.domain.splits.SplitSheetDraft;
import com.allaccessartist.domain.splits.SplitShare;
import com.allaccessartist.testsupport.TestWorld.Person;
import com.allaccessartist.testsupport.BothVendorsTest;
import com.allaccessartist.testsupport.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;

/**
 * Split sheets through the service, on H2 and on PostgreSQL, where every call runs as the person's
 * own login role so that Row Level Security applies too: saving, agreeing and editing after the
 * agreement, with every version kept readable; the domain's rules (over 100, roles of the other
 * pie, agreement only when complete) refusing with nothing saved; stale saves; and who may read
 * and change a sheet (finances, parties, others).
 */
class SplitSheetServiceTest extends BothVendorsTest {

    private static SplitWorld world;
    private MutableClock clock;
    private UUID label;
    private UUID artist;
    private UUID release;
    private UUID song;
    private String isrc;

    @BeforeEach
    void labelWithArtistAndSong() {
        if (world == null || world.database() != database) {
            world = SplitWorld.create(testDatabase, database, "owner", "finance", "accountant", "songs", "viewer", "party",
                    "viewerparty", "outsider");
        }
        clock = new MutableClock(Instant.parse("2025-03-14T10:15:30Z"));
        label = world.organization(world.person("owner"));
        artist = world.artist(label, world.person("owner"), "Nova Lines");
        release = world.release(artist, "Night Ferry");
        isrc = SplitWorld.newIsrc();
        song = world.song(artist, release, "Harbour Lights", isrc);
        world.grantOrganization(world.person("finance"), label, "manager", false, false, true, false);
        world.grantArtist(world.person("accountant"), artist, "collaborator", "manage_finances");
        world.grantArtist(world.person("songs"), artist, "collaborator", "manage_songs");
        world.grantArtist(world.person("viewer"), artist, "viewer");
        world.grantArtist(world.person("viewerparty"), artist, "viewer");
        // party and outsider: no grant at all
    }

    @AfterParameterizedClassInvocation
    static void closeWorld() {
        if (world != null) {
            world.close();
            world = null;
        }
    }

    private SplitSheetService service(String person) {
        Person who = world.person(person);
        return new SplitSheetService(world.as(who), who.user(), clock);
    }

    static SplitParty party(String name, SplitRole role, String share) {
        return new SplitParty(null, name, role, null, null, SplitShare.parse(share));
    }

    static SplitParty party(Person person, SplitRole role, String share) {
        return new SplitParty(person.id(), person.name() + " Legal", role, null, null, SplitShare.parse(share));
    }

    static SplitSheetDraft master(SplitParty... parties) {
        return new SplitSheetDraft(SheetKind.MASTER, List.of(parties));
    }

    static SplitSheetDraft publishing(SplitParty... parties) {
        return new SplitSheetDraft(SheetKind.PUBLISHING, List.of(parties));
    }

    private static String key(Executable call) {
        return catchThrowableOfType(AppException.class, call::execute).key();
    }

    private long versionsOf(UUID sheetId) {
        return world.count("SELECT COUNT(*) FROM split_sheet_versions WHERE sheet_id = ?", sheetId);
    }

    private long sheetsOfSong() {
        return world.count("SELECT COUNT(*) FROM split_sheets WHERE song_id = ?", song);
    }

    // --- reading an empty sheet ------------------------------------------------------------------

    @Test
    void aSongWithoutASheetReadsAsAnEmptyDraftAtVersionZero() {
        SplitSheetView empty = service("finance").masterSheet(song);

        assertThat(empty.exists()).isFalse();
        assertThat(empty.kind()).isEqualTo(SheetKind.MASTER);
        assertThat(empty.subject()).isEqualTo(SplitSubject.song(song));
        assertThat(empty.artistId()).isEqualTo(artist);
        assertThat(empty.status()).isEqualTo(SheetStatus.DRAFT);
        assertThat(empty.versionNumber()).isZero();
        assertThat(empty.version()).isZero();
        assertThat(empty.total()).isEqualByComparingTo("0").hasToString("0.00");
        assertThat(empty.parties()).isEmpty();
        assertThat(empty.history()).isEmpty();
        assertThat(empty.mayEdit()).isTrue();
        assertThat(empty.details()).isEqualTo(new SubjectDetails("Harbour Lights", isrc, "Night Ferry", "Nova Lines"));
        assertThat(sheetsOfSong()).as("reading creates nothing").isZero();
    }

    // --- save, agree, edit ---------------------------------------------------------------------

    @Test
    void savingAgreeingAndEditingAfterTheAgreementKeepsEveryVersionReadable() {
        SplitSheetService finance = service("finance");
        Person financePerson = world.person("finance");

        SplitSheetView v1 = finance.saveMaster(song, 0, master(party("Ana Núñez", SplitRole.ARTIST, "50"),
                party("Jo Smith", SplitRole.PRODUCER, "30")), "  first pass  ");
        assertThat(v1.exists()).isTrue();
        assertThat(v1.versionNumber()).isEqualTo(1);
        assertThat(v1.status()).isEqualTo(SheetStatus.DRAFT);
        assertThat(v1.total()).hasToString("80.00");
        assertThat(v1.isComplete()).isFalse();
        assertThat(v1.history()).extracting(SplitVersionInfo::number, SplitVersionInfo::status, SplitVersionInfo::note,
                SplitVersionInfo::savedBy, SplitVersionInfo::savedByName)
                .containsExactly(tuple(1, SheetStatus.DRAFT, "first pass", financePerson.id(), "finance"));
        assertThat(v1.history().get(0).savedAt()).isNotNull();

        SplitSheetView v2 = finance.saveMaster(song, v1.version(), master(party("Ana Núñez", SplitRole.ARTIST, "50"),
                party("Jo Smith", SplitRole.PRODUCER, "30"), party("Harbour Records Ltd", SplitRole.LABEL, "20")), null);
        assertThat(v2.sheetId()).isEqualTo(v1.sheetId());
        assertThat(v2.versionNumber()).isEqualTo(2);
        assertThat(v2.total()).hasToString("100.00");
        assertThat(v2.isComplete()).isTrue();

        clock.advance(Duration.ofDays(2));
        SplitSheetView v3 = finance.agree(v2.sheetId(), v2.version());
        assertThat(v3.status()).isEqualTo(SheetStatus.AGREED);
        assertThat(v3.versionNumber()).isEqualTo(3);
        assertThat(v3.agreedAt()).isEqualTo(Instant.parse("2025-03-16T10:15:30Z"));
        assertThat(v3.agreedBy()).isEqualTo(financePerson.id());
        assertThat(v3.parties()).isEqualTo(v2.parties());
        assertThat(v3.history()).extracting(SplitVersionInfo::number, SplitVersionInfo::status, i -> i.total().toPlainString())
                .containsExactly(tuple(1, SheetStatus.DRAFT, "80.00"), tuple(2, SheetStatus.DRAFT, "100.00"),
                        tuple(3, SheetStatus.AGREED, "100.00"));

        // editing the agreed sheet starts a new draft
        SplitSheetView v4 = finance.saveMaster(song, v3.version(), v3.toDraft().splitEvenly(), "label takes a third");
        assertThat(v4.status()).isEqualTo(SheetStatus.DRAFT);
        assertThat(v4.versionNumber()).isEqualTo(4);
        assertThat(v4.agreedAt()).isNull();
        assertThat(v4.agreedBy()).isNull();
        assertThat(v4.parties()).extracting(p -> p.share().toString()).containsExactly("33.34", "33.33", "33.33");
        assertThat(v4.history()).extracting(SplitVersionInfo::status)
                .containsExactly(SheetStatus.DRAFT, SheetStatus.DRAFT, SheetStatus.AGREED, SheetStatus.DRAFT);

        // every older version stays readable as it was
        assertThat(finance.history(v4.sheetId())).isEqualTo(v4.history());
        SplitVersionView first = finance.version(v4.sheetId(), 1);
        assertThat(first.info().total()).hasToString("80.00");
        assertThat(first.info().note()).isEqualTo("first pass");
        assertThat(first.parties()).extracting(SplitParty::legalName, p -> p.share().toString())
                .containsExactly(tuple("Ana Núñez", "50.00"), tuple("Jo Smith", "30.00"));
        SplitVersionView agreed = finance.version(v4.sheetId(), 3);
        assertThat(agreed.info().status()).isEqualTo(SheetStatus.AGREED);
        assertThat(agreed.parties()).isEqualTo(v2.parties());
        assertThat(agreed.toDraft().isComplete()).isTrue();
        assertThat(key(() -> finance.version(v4.sheetId(), 5))).isEqualTo("split.versionNotFound");

        assertThat(versionsOf(v4.sheetId())).isEqualTo(4);
        assertThat(world.count("SELECT COUNT(*) FROM split_sheet_versions WHERE sheet_id = ? AND created_by = ?",
                v4.sheetId(), financePerson.id())).as("every version in the saver's own name").isEqualTo(4);
        assertThat(world.count("SELECT COUNT(*) FROM split_lines l JOIN split_sheet_versions v ON v.id = l.version_id"
                + " WHERE v.sheet_id = ?", v4.sheetId())).isEqualTo(2 + 3 + 3 + 3);
        assertThat(world.value("SELECT status FROM split_sheets WHERE id = ?", v4.sheetId())).isEqualTo("draft");
        assertThat(world.value("SELECT agreed_at FROM split_sheets WHERE id = ?", v4.sheetId())).isNull();

        // another finance manager, not in the label: sees who saved, not their name
        SplitSheetView seenByAccountant = service("accountant").masterSheet(song);
        assertThat(seenByAccountant.history()).extracting(SplitVersionInfo::savedBy).containsOnly(financePerson.id());
        assertThat(seenByAccountant.history()).extracting(SplitVersionInfo::savedByName).containsOnlyNulls();
        assertThat(seenByAccountant.parties()).isEqualTo(v4.parties());
    }

    @Test
    void aWorksPublishingSheetKeepsIpisAndSocieties() {
        String iswc = SplitWorld.newIswc();
        UUID work = world.work(artist, "Harbour Lights", iswc);
        SplitSheetService finance = service("finance");
        assertThat(finance.publishingSheet(work).details()).isEqualTo(new SubjectDetails("Harbour Lights", iswc, null,
                "Nova Lines"));

        SplitParty writer = new SplitParty(null, "Ana Núñez", SplitRole.WRITER, IpiNameNumber.parse("00052210040"), "SGAE",
                SplitShare.parse("37.5"));
        SplitParty composer = new SplitParty(null, "Jo Smith", SplitRole.COMPOSER, IpiNameNumber.parse("00014107338"),
                " PRS ", SplitShare.parse("12.5"));
        SplitParty publisher = new SplitParty(null, "Harbour Songs Ltd", SplitRole.PUBLISHER, null, null,
                SplitShare.parse("50"));
        SplitSheetView saved = finance.savePublishing(work, 0, publishing(writer, composer, publisher), null);
        SplitSheetView agreed = finance.agree(saved.sheetId(), saved.version());

        SplitSheetView read = finance.publishingSheet(work);
        assertThat(read.kind()).isEqualTo(SheetKind.PUBLISHING);
        assertThat(read.status()).isEqualTo(SheetStatus.AGREED);
        assertThat(read.version()).isEqualTo(agreed.version());
        assertThat(read.parties()).containsExactly(writer, composer, publisher);
        assertThat(read.parties().get(1).society()).isEqualTo("PRS");
        assertThat(world.value("SELECT kind FROM split_sheets WHERE work_id = ?", work)).isEqualTo("publishing");
        assertThat(world.value("SELECT artist_id FROM split_sheets WHERE work_id = ?", work)).isEqualTo(artist);
    }

    // --- the domain's rules --------------------------------------------------------------------

    @Test
    void overHundredAndRolesOfTheOtherSheetAreRefusedWithTheDomainsKeysAndNothingIsSaved() {
        SplitSheetService finance = service("finance");

        assertThat(key(() -> finance.saveMaster(song, 0, master(party("Ana", SplitRole.ARTIST, "60"),
                party("Jo", SplitRole.PRODUCER, "40.01")), null))).isEqualTo("validation.split.overHundred");
        assertThat(key(() -> finance.saveMaster(song, 0, master(party("Ana", SplitRole.ARTIST, "60"),
                party("Jo", SplitRole.WRITER, "40")), null))).isEqualTo("validation.split.roleOfOtherSheet");
        assertThat(key(() -> finance.saveMaster(song, 0, publishing(party("Jo", SplitRole.WRITER, "40")), null)))
                .as("a publishing pie on a recording").isEqualTo("split.kindMismatch");
        assertThat(key(() -> finance.saveMaster(song, 0, master(party("Ana", SplitRole.ARTIST, "60"),
                party("ana", SplitRole.ARTIST, "10")), null))).isEqualTo("validation.split.duplicateParty");
        assertThat(key(() -> finance.saveMaster(song, 0, master(party("Ana", SplitRole.ARTIST, "60")), "n".repeat(501))))
                .isEqualTo("split.note.tooLong");
        assertThat(key(() -> finance.saveMaster(song, 0, master(party("A".repeat(201), SplitRole.ARTIST, "60")), null)))
                .isEqualTo("split.party.nameTooLong");
        assertThat(sheetsOfSong()).as("no sheet was created").isZero();

        UUID work = world.work(artist, "Harbour Lights", null);
        assertThat(key(() -> finance.savePublishing(work, 0, master(party("Ana", SplitRole.ARTIST, "60")), null)))
                .isEqualTo("split.kindMismatch");
        assertThat(key(() -> finance.savePublishing(work, 0, publishing(party("Ana", SplitRole.PRODUCER, "60")), null)))
                .isEqualTo("validation.split.roleOfOtherSheet");
        assertThat(world.count("SELECT COUNT(*) FROM split_sheets WHERE work_id = ?", work)).isZero();

        // once saved, a refused save changes nothing
        SplitSheetView v1 = finance.saveMaster(song, 0, master(party("Ana", SplitRole.ARTIST, "60")), null);
        assertThat(key(() -> finance.saveMaster(song, v1.version(), master(party("Ana", SplitRole.ARTIST, "60"),
                party("Jo", SplitRole.PRODUCER, "41")), null))).isEqualTo("validation.split.overHundred");
        assertThat(versionsOf(v1.sheetId())).isEqualTo(1);
        SplitSheetView after = finance.masterSheet(song);
        assertThat(after.version()).isEqualTo(v1.version());
        assertThat(after.total()).hasToString("60.00");
    }

    @Test
    void anIncompleteSheetCannotBeAgreedAndAnAgreedOneNotAgain() {
        SplitSheetService finance = service("finance");
        SplitSheetView v1 = finance.saveMaster(song, 0, master(party("Ana", SplitRole.ARTIST, "99.99")), null);

        AppException incomplete = catchThrowableOfType(AppException.class, () -> finance.agree(v1.sheetId(), v1.version()));
        assertThat(incomplete.key()).isEqualTo("validation.split.incomplete");
        assertThat(incomplete.args()).containsExactly("99.99");
        assertThat(versionsOf(v1.sheetId())).isEqualTo(1);
        assertThat(finance.masterSheet(song).status()).isEqualTo(SheetStatus.DRAFT);

        SplitSheetView empty = finance.saveMaster(song, v1.version(), master(), "cleared");
        assertThat(empty.total()).hasToString("0.00");
        assertThat(key(() -> finance.agree(empty.sheetId(), empty.version()))).isEqualTo("validation.split.incomplete");

        SplitSheetView complete = finance.saveMaster(song, empty.version(), master(party("Ana", SplitRole.ARTIST, "100")), null);
        SplitSheetView agreed = finance.agree(complete.sheetId(), complete.version());
        assertThat(key(() -> finance.agree(agreed.sheetId(), agreed.version()))).isEqualTo("split.alreadyAgreed");
        assertThat(versionsOf(agreed.sheetId())).isEqualTo(4);
    }

    @Test
    void aSaveOrAgreementFromAStaleVersionIsRefused() {
        SplitSheetService finance = service("finance");
        SplitSheetService accountant = service("accountant");
        SplitSheetView loadedByBoth = finance.saveMaster(song, 0, master(party("Ana", SplitRole.ARTIST, "100")), null);

        SplitSheetView saved = accountant.saveMaster(song, loadedByBoth.version(),
                master(party("Ana", SplitRole.ARTIST, "90"), party("Jo", SplitRole.PRODUCER, "10")), null);
        assertThat(key(() -> finance.saveMaster(song, loadedByBoth.version(), master(party("Ana", SplitRole.ARTIST, "50")),
                null))).isEqualTo("record.changedBySomeoneElse");
        assertThat(key(() -> finance.agree(loadedByBoth.sheetId(), loadedByBoth.version())))
                .isEqualTo("record.changedBySomeoneElse");
        assertThat(versionsOf(saved.sheetId())).isEqualTo(2);
        assertThat(finance.masterSheet(song).parties()).isEqualTo(saved.parties());

        // two first saves from the same empty sheet: the second is told someone else saved first
        UUID other = world.song(artist, release, "Glass Harbour", null);
        SplitSheetView emptyForBoth = finance.masterSheet(other);
        accountant.saveMaster(other, emptyForBoth.version(), master(party("Ana", SplitRole.ARTIST, "100")), null);
        assertThat(key(() -> finance.saveMaster(other, emptyForBoth.version(), master(party("Jo", SplitRole.ARTIST, "100")),
                null))).isEqualTo("record.changedBySomeoneElse");
        assertThat(world.count("SELECT COUNT(*) FROM split_sheets WHERE song_id = ?", other)).isEqualTo(1);
    }

    // --- rights --------------------------------------------------------------------------------

    @Test
    void withoutFinancesNobodyReadsOrSavesASheetTheyAreNotOn() {
        SplitSheetView sheet = service("finance").saveMaster(song, 0, master(party("Ana", SplitRole.ARTIST, "100")), null);

        for (String person : new String[] {"viewer", "songs"}) {
            SplitSheetService service = service(person);
            assertThat(key(() -> service.masterSheet(song))).as(person).isEqualTo("split.permission.view");
            assertThat(key(() -> service.saveMaster(song, sheet.version(), master(party("Ana", SplitRole.ARTIST, "50")), null)))
                    .as(person).isEqualTo("split.permission.manage");
            assertThat(key(() -> service.sheet(sheet.sheetId()))).as(person).isEqualTo("record.goneOrNoAccess");
            assertThat(key(() -> service.history(sheet.sheetId()))).as(person).isEqualTo("record.goneOrNoAccess");
            assertThat(key(() -> service.agree(sheet.sheetId(), sheet.version()))).as(person).isEqualTo("record.goneOrNoAccess");
        }
        UUID work = world.work(artist, "Harbour Lights", null);
        assertThat(key(() -> service("viewer").savePublishing(work, 0, publishing(party("Ana", SplitRole.WRITER, "50")), null)))
                .isEqualTo("split.permission.manage");
        assertThat(versionsOf(sheet.sheetId())).isEqualTo(1);
        assertThat(world.count("SELECT COUNT(*) FROM split_sheets WHERE work_id = ?", work)).isZero();
    }

    @Test
    void aPartyWithoutFinancesReadsEveryVersionButCannotSaveOrAgree() {
        Person party = world.person("party");
        Person viewerParty = world.person("viewerparty");
        SplitSheetService finance = service("finance");
        SplitSheetView v1 = finance.saveMaster(song, 0, master(party(party, SplitRole.FEATURED_ARTIST, "30"),
                party(viewerParty, SplitRole.ARTIST, "70")), null);
        // version 2 no longer names the party: a party to any version still reads the sheet
        SplitSheetView v2 = finance.saveMaster(song, v1.version(), master(party(viewerParty, SplitRole.ARTIST, "100")), null);

        SplitSheetService asParty = service("party");
        SplitSheetView read = asParty.masterSheet(song);
        assertThat(read.sheetId()).isEqualTo(v2.sheetId());
        assertThat(read.parties()).isEqualTo(v2.parties());
        assertThat(read.mayEdit()).isFalse();
        assertThat(read.details()).as("the party does not see the artist's catalogue").isNull();
        assertThat(read.history()).extracting(SplitVersionInfo::number).containsExactly(1, 2);
        assertThat(asParty.sheet(v2.sheetId()).parties()).isEqualTo(v2.parties());
        assertThat(asParty.version(v2.sheetId(), 1).parties()).isEqualTo(v1.parties());

        assertThat(key(() -> asParty.saveMaster(song, v2.version(), master(party(party, SplitRole.FEATURED_ARTIST, "100")),
                null))).isEqualTo("split.permission.manage");
        assertThat(key(() -> asParty.agree(v2.sheetId(), v2.version()))).isEqualTo("split.permission.manage");

        SplitSheetService asViewerParty = service("viewerparty");
        SplitSheetView seen = asViewerParty.masterSheet(song);
        assertThat(seen.details()).isEqualTo(new SubjectDetails("Harbour Lights", isrc, "Night Ferry", "Nova Lines"));
        assertThat(key(() -> asViewerParty.agree(v2.sheetId(), v2.version()))).isEqualTo("split.permission.manage");
        assertThat(key(() -> asViewerParty.saveMaster(song, v2.version(), master(), null))).isEqualTo("split.permission.manage");

        assertThat(versionsOf(v2.sheetId())).isEqualTo(2);
        assertThat(world.value("SELECT status FROM split_sheets WHERE id = ?", v2.sheetId())).isEqualTo("draft");
    }

    @Test
    void anOutsiderNeitherReadsNorSaves() {
        SplitSheetView sheet = service("finance").saveMaster(song, 0, master(party("Ana", SplitRole.ARTIST, "100")), null);
        SplitSheetService outsider = service("outsider");

        assertThat(key(() -> outsider.masterSheet(song))).isEqualTo("record.goneOrNoAccess");
        assertThat(key(() -> outsider.sheet(sheet.sheetId()))).isEqualTo("record.goneOrNoAccess");
        assertThat(key(() -> outsider.history(sheet.sheetId()))).isEqualTo("record.goneOrNoAccess");
        assertThat(key(() -> outsider.version(sheet.sheetId(), 1))).isEqualTo("record.goneOrNoAccess");
        assertThat(key(() -> outsider.saveMaster(song, sheet.version(), master(), null))).isEqualTo("record.goneOrNoAccess");
        assertThat(key(() -> outsider.agree(sheet.sheetId(), sheet.version()))).isEqualTo("record.goneOrNoAccess");
        assertThat(key(() -> outsider.masterSheet(UUID.randomUUID()))).isEqualTo("record.goneOrNoAccess");
        assertThat(versionsOf(sheet.sheetId())).isEqualTo(1);
    }

    @Test
    void aDirectFinancesGrantSavesAndAgreesInThePersonsOwnName() {
        // on PostgreSQL as the accountant's own login role: the policies check created_by = app_uid()
        SplitSheetView sheet = service("accountant").saveMaster(song, 0, master(party("Ana", SplitRole.ARTIST, "100")), null);
        service("accountant").agree(sheet.sheetId(), sheet.version());
        assertThat(world.count("SELECT COUNT(*) FROM split_sheet_versions WHERE sheet_id = ? AND created_by = ?",
                sheet.sheetId(), world.person("accountant").id())).isEqualTo(2);
        assertThat(world.value("SELECT agreed_by FROM split_sheets WHERE id = ?", sheet.sheetId()))
                .isEqualTo(world.person("accountant").id());
        assertThat(new BigDecimal(world.value("SELECT total FROM split_sheet_versions WHERE sheet_id = ? AND version_number = 2",
                sheet.sheetId()).toString())).isEqualByComparingTo("100");
    }
}
