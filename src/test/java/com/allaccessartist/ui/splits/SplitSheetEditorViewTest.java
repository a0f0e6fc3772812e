package com.allaccessartist.ui.splits;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.splits.SheetStatus;
import com.allaccessartist.service.catalog.ReleaseDetails;
import com.allaccessartist.service.splits.SplitSheetService;
import com.allaccessartist.service.splits.SplitSubject;
import com.allaccessartist.ui.common.FxTaskExecutor;
import com.allaccessartist.ui.common.Theme;
import com.allaccessartist.ui.common.Themes;
import com.allaccessartist.ui.common.ViewLoader;
import com.allaccessartist.ui.common.Windows;
import com.allaccessartist.ui.editing.ScriptedDialogs;
import com.allaccessartist.ui.releases.LiveCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The split-sheet editor on a real catalogue: a recording's master sheet (artist 60, label 40)
 * edited in the table with the live total, split evenly, saved as a new version, agreed only at
 * 100, edited again back to draft, and exported as CSV into the test's folder.
 */
@ExtendWith(ApplicationExtension.class)
class SplitSheetEditorViewTest {

    private static final long WAIT = 30;

    @TempDir
    static Path temp;

    private LiveCatalogue catalogue;
    private FxTaskExecutor executor;
    private SplitSheetEditorViewModel editor;
    private SplitSheetService sheets;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ReleaseDetails single;

    @Start
    void start(Stage stage) {
        Themes.apply(Theme.LIGHT);
        catalogue = LiveCatalogue.open(temp);
        single = catalogue.album("Signal", LocalDate.now().plusDays(20), -1, 1);
        executor = new FxTaskExecutor(2, failure -> { throw new AssertionError("unhandled task failure", failure); });
        sheets = new SplitSheetService(catalogue.database, catalogue.user, Clock.systemUTC());
        editor = new SplitSheetEditorViewModel(sheets, executor, dialogs, temp);
        stage.setScene(Windows.scene(ViewLoader.load(new SplitSheetEditorView(editor))));
        stage.show();
        editor.open(SplitSubject.song(single.tracks().get(0).id()));
    }

    @AfterEach
    void stop() throws Exception {
        executor.shutdown(Duration.ofSeconds(30));
        FxToolkit.cleanupStages();
        catalogue.close();
    }

    private void settle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !editor.busyProperty().get() && executor.runningCount() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean disabled(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Button.class).isDisabled();
    }

    @Test
    void editingWithTheLiveTotalSplitEvenlySaveAgreeAndBackToDraftThenExportCsv(FxRobot robot) throws Exception {
        settle();
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        assertThat(text(robot, "#total")).isEqualTo(Messages.format("split.editor.total.complete", "100.00", "0.00"));
        assertThat(disabled(robot, "#save")).isTrue();

        // type a new share for the label's line: F2-style editing in the share cell, Enter commits
        @SuppressWarnings("unchecked")
        TableView<SplitLineRow> lines = (TableView<SplitLineRow>) table;
        robot.interact(() -> {
            lines.requestFocus();
            lines.getSelectionModel().select(1);
            lines.edit(1, lines.getColumns().get(5));
        });
        javafx.scene.control.TextField cell = robot.lookup(".table-cell .text-field").queryAs(javafx.scene.control.TextField.class);
        robot.interact(cell::selectAll);
        robot.write("30").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#total")).isEqualTo(Messages.format("split.editor.total.under", "90.00", "10.00"));
        assertThat(robot.lookup("#total").queryAs(Label.class).getStyleClass()).contains("warning");

        robot.clickOn("#save");
        settle();
        assertThat(editor.sheetProperty().get().versionNumber()).isEqualTo(2);
        assertThat(robot.lookup("#versions").queryListView().getItems()).hasSize(2);
        assertThat(disabled(robot, "#agree")).as("agree waits for 100").isTrue();

        robot.clickOn("#splitEvenly");
        assertThat(text(robot, "#total")).isEqualTo(Messages.format("split.editor.total.complete", "100.00", "0.00"));
        assertThat(disabled(robot, "#agree")).as("agree waits for the save").isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        settle();
        assertThat(disabled(robot, "#agree")).isFalse();
        robot.clickOn("#agree");
        settle();
        assertThat(editor.sheetProperty().get().status()).isEqualTo(SheetStatus.AGREED);

        robot.interact(() -> {
            editor.lines().get(0).shareProperty().set("49.99");
            editor.lines().get(1).shareProperty().set("50.01");
        });
        robot.clickOn("#save");
        settle();
        assertThat(editor.sheetProperty().get().status()).as("editing an agreed sheet").isEqualTo(SheetStatus.DRAFT);
        assertThat(text(robot, "#status")).isEqualTo(Messages.format("split.editor.status", 5,
                Messages.get("split.status.draft")));

        Path csv = temp.resolve("signal-master.csv");
        dialogs.fileWith(csv);
        robot.clickOn("#exportCsv");
        settle();
        assertThat(csv).exists();
        assertThat(Files.readString(csv)).contains("49.99").contains("50.01");
    }
}
