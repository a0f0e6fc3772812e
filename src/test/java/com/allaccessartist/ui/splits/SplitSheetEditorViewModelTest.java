package com.allaccessartist.ui.splits;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.splits.SheetStatus;
import com.allaccessartist.domain.splits.SplitRole;
import com.allaccessartist.service.catalog.ReleaseDetails;
import com.allaccessartist.service.splits.SplitSheetService;
import com.allaccessartist.service.splits.SplitSubject;
import com.allaccessartist.service.splits.SplitVersionInfo;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import com.allaccessartist.ui.editing.ScriptedDialogs;
import com.allaccessartist.ui.releases.LiveCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The split-sheet editor over the real services on an H2 file (inline executor, scripted dialogs). */
class SplitSheetEditorViewModelTest {

    @TempDir Path temp;
    private LiveCatalogue catalogue;
    private SplitSheetService sheets;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private SplitSheetEditorViewModel editor;
    private UUID song;

    @BeforeEach
    void openASongWithoutASheet() {
        catalogue = LiveCatalogue.open(temp);
        ReleaseDetails album = catalogue.album("Harbour Lights", LocalDate.now().plusDays(20), -1, 1);
        sheets = new SplitSheetService(catalogue.database, catalogue.user, Clock.systemUTC());
        editor = new SplitSheetEditorViewModel(sheets, new CurrentThreadTaskExecutor(), dialogs, temp);
        song = album.tracks().get(0).id();
        editor.open(SplitSubject.song(song));
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    private SplitLineRow line(String name, SplitRole role, String share) {
        SplitLineRow row = editor.addLine();
        row.nameProperty().set(name);
        row.roleProperty().set(role);
        row.shareProperty().set(share);
        return row;
    }

    @Test
    void theTotalFollowsTheSharesExactlyAndSaysWhetherTheSheetIsComplete() {
        assertThat(editor.lines()).hasSize(2);
        assertThat(editor.totalStateProperty().get()).isEqualTo(SplitSheetEditorViewModel.TotalState.COMPLETE);
        assertThat(editor.roles()).containsExactly(SplitRole.ARTIST, SplitRole.FEATURED_ARTIST, SplitRole.PRODUCER,
                SplitRole.LABEL);

        editor.lines().get(0).shareProperty().set("33.33");
        assertThat(editor.totalProperty().get()).isEqualByComparingTo("73.33");
        assertThat(editor.totalStateProperty().get()).isEqualTo(SplitSheetEditorViewModel.TotalState.UNDER);
        assertThat(editor.totalTextProperty().get()).isEqualTo(Messages.format("split.editor.total.under", "73.33", "26.67"));

        SplitLineRow producer = line("Pat Producer", SplitRole.PRODUCER, "33.34");
        assertThat(editor.totalTextProperty().get()).isEqualTo(Messages.format("split.editor.total.over", "106.67", "6.67"));
        assertThat(editor.saveReasonProperty().get()).isEqualTo(Messages.format("validation.split.overHundred", "106.67"));

        editor.lines().get(1).shareProperty().set("33,33");
        assertThat(editor.totalProperty().get()).as("0.1 + 0.2 style errors never happen").isEqualByComparingTo("100.00");
        assertThat(editor.totalStateProperty().get()).isEqualTo(SplitSheetEditorViewModel.TotalState.COMPLETE);
        producer.ipiProperty().set("12345");
        assertThat(producer.ipiCheck().isValid()).isFalse();
        assertThat(editor.saveReasonProperty().get()).startsWith(Messages.format("split.editor.lineProblem", 3, ""));
        producer.ipiProperty().set("00012345678");
        assertThat(editor.saveReasonProperty().get()).isEmpty();
    }

    @Test
    void splitEvenlyGivesTheExtraCentsToTheFirstParties() {
        line("Pat Producer", SplitRole.PRODUCER, "1");

        editor.splitEvenly();

        assertThat(editor.lines()).extracting(row -> row.shareProperty().get()).containsExactly("33.34", "33.33", "33.33");
        assertThat(editor.totalStateProperty().get()).isEqualTo(SplitSheetEditorViewModel.TotalState.COMPLETE);
    }

    @Test
    void saveMakesANewVersionAndAgreeIsOnlyPossibleAtExactlyAHundredSaved() {
        int before = editor.sheetProperty().get().versionNumber();
        editor.lines().get(1).shareProperty().set("30");
        assertThat(editor.agreeReasonProperty().get()).isEqualTo(Messages.get("split.editor.saveFirst"));

        editor.save();

        assertThat(editor.sheetProperty().get().versionNumber()).isEqualTo(before + 1);
        assertThat(editor.versions()).first().extracting(SplitVersionInfo::number).isEqualTo(before + 1);
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.agreeReasonProperty().get()).isEqualTo(Messages.format("validation.split.incomplete", "90.00"));

        editor.lines().get(1).shareProperty().set("40");
        editor.save();
        assertThat(editor.agreeReasonProperty().get()).isEmpty();
        editor.agree();
        assertThat(editor.sheetProperty().get().status()).isEqualTo(SheetStatus.AGREED);
        assertThat(editor.versions().get(0).status()).isEqualTo(SheetStatus.AGREED);
        assertThat(editor.agreeReasonProperty().get()).isEqualTo(Messages.get("split.alreadyAgreed"));

        // editing an agreed sheet makes it a draft again
        editor.lines().get(0).shareProperty().set("55");
        editor.lines().get(1).shareProperty().set("45");
        editor.save();
        assertThat(editor.sheetProperty().get().status()).isEqualTo(SheetStatus.DRAFT);
        assertThat(sheets.masterSheet(song).status()).isEqualTo(SheetStatus.DRAFT);
        assertThat(editor.versions()).extracting(SplitVersionInfo::status).startsWith(SheetStatus.DRAFT, SheetStatus.AGREED);
    }

    @Test
    void anOlderVersionIsShownReadOnlyAndTheCurrentOneComesBack() {
        editor.lines().get(1).shareProperty().set("10");
        editor.save();
        SplitVersionInfo first = editor.versions().get(editor.versions().size() - 1);

        editor.view(first);

        assertThat(editor.viewingProperty().get()).isEqualTo(first);
        assertThat(editor.lines()).extracting(row -> row.shareProperty().get()).containsExactly("60.00", "40.00");
        assertThat(editor.readOnlyProperty().get()).isTrue();
        assertThat(editor.saveReasonProperty().get()).isEqualTo(Messages.format("split.editor.viewingOld", first.number()));
        editor.backToCurrent();
        assertThat(editor.lines()).extracting(row -> row.shareProperty().get()).containsExactly("60.00", "10.00");
        assertThat(editor.readOnlyProperty().get()).isFalse();
    }

    @Test
    void aStaleSaveIsRefusedWithTheConcurrentEditMessage() {
        sheets.saveMaster(song, editor.sheetProperty().get().version(), editor.sheetProperty().get().toDraft(), "elsewhere");
        editor.lines().get(1).shareProperty().set("20");
        dialogs.confirmWith(false);

        editor.save();

        assertThat(editor.errorProperty().get()).isEqualTo(Messages.get("record.changedBySomeoneElse"));
        assertThat(editor.lines().get(1).shareProperty().get()).as("what was typed stays").isEqualTo("20");
    }

    @Test
    void exportCsvWritesTheChosenFile() throws Exception {
        Path file = temp.resolve("sheet.csv");
        dialogs.fileWith(file);

        editor.exportCsv();

        assertThat(file).exists();
        List<String> csv = Files.readAllLines(file);
        assertThat(String.join("\n", csv)).contains("Ada Artist").contains("North Label Ltd").contains("60.00");
        assertThat(editor.infoProperty().get()).isEqualTo(Messages.format("split.editor.exported", "sheet.csv"));
    }
}
