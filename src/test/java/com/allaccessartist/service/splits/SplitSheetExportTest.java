package com.allaccessartist.service.splits;

import static com.allaccessartist.service.splits.SplitSheetServiceTest.master;
import static com.allaccessartist.service.splits.SplitSheetServiceTest.party;
import static com.allaccessartist.service.splits.SplitSheetServiceTest.publishing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.catalog.IpiNameNumber;
import com.allaccessartist.domain.catalog.Isrc;
import com.allaccessartist.domain.catalog.Iswc;
import com.allaccessartist.domain.splits.SplitParty;
import com.allaccessartist.domain.splits.SplitRole;
import com.allaccessartist.domain.splits.SplitShare;
import com.allaccessartist.testsupport.TestWorld.Person;
import com.allaccessartist.testsupport.BothVendorsTest;
import com.allaccessartist.testsupport.MutableClock;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;

/**
 * Exports of a split sheet's current version, on H2 and PostgreSQL (as the people's own login
 * roles there): the CSV byte for byte, and the PDF read back with OpenPDF's text extractor (title,
 * subject, version, parties, shares, total, one signature line per party). A refused or failed
 * export leaves no file behind and an existing file untouched.
 */
class SplitSheetExportTest extends BothVendorsTest {

    private static final String CRLF = "\r\n";
    private static final String HEADER = "\uFEFFSheet,Subject,ISRC / ISWC,Version,Status,Agreed on,Full legal name,Role,IPI,"
            + "Society,Share %" + CRLF;

    private static SplitWorld world;
    private MutableClock clock;
    private UUID artist;
    private UUID song;
    private String isrc;

    @TempDir
    Path folder;

    @BeforeEach
    void artistWithSong() {
        if (world == null || world.database() != database) {
            world = SplitWorld.create(testDatabase, database, "owner", "finance", "party", "outsider");
        }
        clock = new MutableClock(Instant.parse("2025-03-14T23:30:00Z"));
        UUID label = world.organization(world.person("owner"));
        artist = world.artist(label, world.person("owner"), "Nova Lines");
        isrc = SplitWorld.newIsrc();
        song = world.song(artist, world.release(artist, "Night Ferry"), "Harbour Lights", isrc);
        world.grantOrganization(world.person("finance"), label, "manager", false, false, true, false);
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

    /** An agreed master sheet: three parties, one of them the person "party", a comma and a formula-like name. */
    private SplitSheetView agreedMasterSheet() {
        SplitSheetService finance = service("finance");
        SplitSheetView saved = finance.saveMaster(song, 0, master(
                party("Ana Núñez", SplitRole.ARTIST, "50"),
                new SplitParty(world.person("party").id(), "Smith, Jo", SplitRole.PRODUCER, null, null, SplitShare.parse("33.33")),
                party("=Harbour Records Ltd", SplitRole.LABEL, "16.67")), null);
        return finance.agree(saved.sheetId(), saved.version());
    }

    private static String text(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static int occurrences(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    // --- CSV ------------------------------------------------------------------------------------

    @Test
    void theCsvHasOneRowPerPartyWithExactShares() throws IOException {
        SplitSheetView sheet = agreedMasterSheet();
        Path file = folder.resolve("master.csv");

        service("finance").exportCsv(sheet.sheetId(), file);

        String row = "master,Harbour Lights," + isrc + ",2,agreed,2025-03-14,";
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(HEADER
                + row + "Ana Núñez,artist,,,50.00" + CRLF
                + row + "\"Smith, Jo\",producer,,,33.33" + CRLF
                + row + "'=Harbour Records Ltd,label,,,16.67" + CRLF);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aPublishingSheetsCsvCarriesTheIswcIpisAndSocietiesOfADraft() throws IOException {
        String iswc = SplitWorld.newIswc();
        UUID work = world.work(artist, "Harbour Lights", iswc);
        SplitSheetService finance = service("finance");
        SplitSheetView sheet = finance.savePublishing(work, 0, publishing(
                new SplitParty(null, "Ana Núñez", SplitRole.WRITER, IpiNameNumber.parse("00052210040"), "SGAE",
                        SplitShare.parse("37.5")),
                new SplitParty(null, "Harbour Songs Ltd", SplitRole.PUBLISHER, IpiNameNumber.parse("00014107338"), "PRS",
                        SplitShare.parse("12.5"))), "writers only so far");
        Path file = folder.resolve("publishing.csv");

        finance.exportCsv(sheet.sheetId(), file);

        String row = "publishing,Harbour Lights," + iswc + ",1,draft,,";
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(HEADER
                + row + "Ana Núñez,writer,00052210040,SGAE,37.50" + CRLF
                + row + "Harbour Songs Ltd,publisher,00014107338,PRS,12.50" + CRLF);
    }

    @Test
    void aPartyWhoDoesNotSeeTheCatalogueExportsTheSheetWithoutItsSubject() throws IOException {
        SplitSheetView sheet = agreedMasterSheet();
        Path file = folder.resolve("as-party.csv");

        service("party").exportCsv(sheet.sheetId(), file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).isEqualTo("master,,,2,agreed,2025-03-14,Ana Núñez,artist,,,50.00");
    }

    // --- PDF ------------------------------------------------------------------------------------

    @Test
    void thePdfIsASignableSplitSheet() throws IOException {
        SplitSheetView sheet = agreedMasterSheet();
        Path file = folder.resolve("master.pdf");

        service("finance").exportPdf(sheet.sheetId(), file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = text(file);
        assertThat(text).contains("Master split sheet", "Recording: Harbour Lights", "ISRC: " + Isrc.parse(isrc).formatted(),
                "Release: Night Ferry", "Artist: Nova Lines", "Version 2 (Agreed)", "Agreed on 2025-03-14",
                "Date: 2025-03-14");
        assertThat(text).contains("Ana Núñez", "Smith, Jo", "=Harbour Records Ltd", "Artist", "Producer", "Label");
        assertThat(text).contains("50.00", "33.33", "16.67");
        assertThat(text).containsPattern("Total\\s*100\\.00");
        assertThat(text).contains("Name: Ana Núñez", "Name: Smith, Jo", "Name: =Harbour Records Ltd");
        assertThat(occurrences(text, "Signature")).as("one signature line per party, under the heading")
                .isEqualTo(1 + sheet.parties().size());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aPublishingSheetsPdfNamesTheWorkAndItsIswc() throws IOException {
        String iswc = SplitWorld.newIswc();
        UUID work = world.work(artist, "Copper Sky", iswc);
        SplitSheetService finance = service("finance");
        SplitSheetView sheet = finance.savePublishing(work, 0, publishing(
                new SplitParty(null, "Łucja Wiśniewska", SplitRole.LYRICIST, IpiNameNumber.parse("00052210040"), "ZAiKS",
                        SplitShare.parse("60")),
                party("Harbour Songs Ltd", SplitRole.PUBLISHER, "30")), null);
        Path file = folder.resolve("publishing.pdf");

        finance.exportPdf(sheet.sheetId(), file);

        String text = text(file);
        assertThat(text).contains("Publishing split sheet", "Work: Copper Sky", "ISWC: " + Iswc.parse(iswc).formatted(),
                "Version 1 (Draft)", "Łucja Wiśniewska", "Lyricist", "00052210040", "ZAiKS", "60.00", "30.00");
        assertThat(text).containsPattern("Total\\s*90\\.00");
        assertThat(text).doesNotContain("Agreed on");
        assertThat(occurrences(text, "Signature")).isEqualTo(1 + 2);
    }

    // --- failures -------------------------------------------------------------------------------

    @Test
    void aRefusedOrFailedExportLeavesNoFileAndAnExistingOneUntouched() throws IOException {
        SplitSheetView sheet = agreedMasterSheet();
        Path existing = folder.resolve("existing.pdf");
        Files.writeString(existing, "keep me");

        AppException refused = catchThrowableOfType(AppException.class,
                () -> service("outsider").exportPdf(sheet.sheetId(), existing));
        assertThat(refused.key()).isEqualTo("record.goneOrNoAccess");
        assertThat(catchThrowableOfType(AppException.class, () -> service("outsider").exportCsv(sheet.sheetId(), existing))
                .key()).isEqualTo("record.goneOrNoAccess");
        assertThat(Files.readString(existing)).isEqualTo("keep me");

        Path nowhere = folder.resolve("missing-folder").resolve("sheet.pdf");
        AppException failed = catchThrowableOfType(AppException.class,
                () -> service("finance").exportPdf(sheet.sheetId(), nowhere));
        assertThat(failed.key()).isEqualTo("split.export.writeFailed");
        assertThat(failed.args()).containsExactly(nowhere);

        // the target is a folder: the finished file cannot be moved into place, and the part file goes
        Path folderInTheWay = Files.createDirectory(folder.resolve("in-the-way.pdf"));
        Files.writeString(folderInTheWay.resolve("child"), "x");
        assertThat(catchThrowableOfType(AppException.class, () -> service("finance").exportPdf(sheet.sheetId(), folderInTheWay))
                .key()).isEqualTo("split.export.writeFailed");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactlyInAnyOrder(existing, folderInTheWay);
        }
    }
}
