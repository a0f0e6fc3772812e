package com.allaccessartist.ui.releases;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.splits.SheetKind;
import com.allaccessartist.domain.splits.SplitParty;
import com.allaccessartist.domain.splits.SplitRole;
import com.allaccessartist.domain.splits.SplitShare;
import com.allaccessartist.domain.splits.SplitSheetDraft;
import com.allaccessartist.service.catalog.ReleaseDetails;
import com.allaccessartist.service.splits.SplitSheetService;
import com.allaccessartist.service.splits.WorkService;
import com.allaccessartist.ui.common.ArtistSelection;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.FxTaskExecutor;
import com.allaccessartist.ui.common.Theme;
import com.allaccessartist.ui.common.Themes;
import com.allaccessartist.ui.common.ViewLoader;
import com.allaccessartist.ui.common.Windows;
import com.allaccessartist.ui.editing.ScriptedDialogs;
import com.allaccessartist.ui.splits.SplitSheetWindows;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
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
 * The release editor opens a track's split sheets in their own window: "Master split sheet…" of
 * the selected track, and the checklist's unmet master-sheet rule opening that track's sheet;
 * once the sheet is completed and the window closed, the checklist shows the rule met.
 */
@ExtendWith(ApplicationExtension.class)
class ReleaseSplitSheetsViewTest {

    private static final long WAIT = 30;

    @TempDir
    static Path temp;

    private LiveCatalogue catalogue;
    private FxTaskExecutor executor;
    private ReleasesViewModel releases;

    @Start
    void start(Stage stage) {
        Themes.apply(Theme.LIGHT);
        catalogue = LiveCatalogue.open(temp);
        Clock clock = Clock.systemUTC();
        ReleaseDetails album = catalogue.album("Harbour Lights", LocalDate.now().plusDays(20), -1, 2);
        catalogue.releases.changeStatus(album.id(), album.version(), ReleaseStatus.IN_PROGRESS);
        SplitSheetService sheets = new SplitSheetService(catalogue.database, catalogue.user, clock);
        // the first track's master sheet is incomplete: 60.00 only
        sheets.saveMaster(album.tracks().get(0).id(), sheets.masterSheet(album.tracks().get(0).id()).version(),
                new SplitSheetDraft(SheetKind.MASTER, List.of(new SplitParty(null, "Ada Artist", SplitRole.ARTIST, null, null,
                        SplitShare.parse("60")))), null);
        executor = new FxTaskExecutor(2, failure -> { throw new AssertionError("unhandled task failure", failure); });
        ArtistSelection selection = new ArtistSelection();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        releases = new ReleasesViewModel(catalogue.releases, catalogue.media, catalogue.access, executor, dialogs,
                new CatalogueChanges(), selection, clock, new SplitSheetWindows(sheets, executor, dialogs, temp, () -> stage),
                new WorkService(catalogue.database, catalogue.user, clock));
        stage.setScene(Windows.scene(ViewLoader.load(new ReleasesView(releases))));
        stage.setWidth(1260);
        stage.setHeight(820);
        stage.show();
        selection.choose(new ArtistSelection.Choice(catalogue.artistId, catalogue.artistName));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        executor.shutdown(Duration.ofSeconds(30));
        catalogue.close();
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Stage window(FxRobot robot, String title) {
        return robot.listWindows().stream().filter(w -> w instanceof Stage s && s.isShowing() && title.equals(s.getTitle()))
                .map(Stage.class::cast).findFirst().orElse(null);
    }

    private ReleaseEditorViewModel openAlbum(FxRobot robot) throws TimeoutException {
        waitFor(() -> !releases.rows().isEmpty());
        robot.interact(() -> releases.open(releases.rows().get(0)));
        waitFor(() -> robot.lookup("#trackTable").tryQuery().isPresent());
        return releases.editorProperty().get();
    }

    private static boolean met(ReleaseEditorViewModel editor, String key) {
        return editor.readiness().lines().stream().filter(line -> line.key().equals(key)).allMatch(ReadinessLine::met);
    }

    @Test
    void theSelectedTracksMasterSheetOpensInItsOwnWindow(FxRobot robot) throws TimeoutException {
        ReleaseEditorViewModel editor = openAlbum(robot);
        assertThat(robot.lookup("#masterSplitSheet").queryAs(Button.class).isDisabled()).as("no track selected").isTrue();

        robot.interact(() -> editor.tracks().selectedProperty().set(editor.tracks().rows().get(1)));
        assertThat(robot.lookup("#masterSplitSheet").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#publishingSplitSheet").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#masterSplitSheet");

        String title = Messages.format("split.editor.title.master", "Glass Harbour");
        waitFor(() -> window(robot, title) != null);
        TableView<?> lines = robot.lookup("#table").queryAs(TableView.class);
        waitFor(() -> lines.getItems().size() == 2);
        robot.interact(() -> Windows.requestClose(window(robot, title)));
        waitFor(() -> window(robot, title) == null);
    }

    @Test
    void theChecklistsMasterSheetRuleOpensTheTracksSheetAndIsMetOnceItIsComplete(FxRobot robot) throws TimeoutException {
        ReleaseEditorViewModel editor = openAlbum(robot);
        waitFor(() -> !met(editor, "readiness.masterSplit"));
        assertThat(met(editor, "readiness.publishingSplit")).isTrue();

        robot.clickOn(robot.lookup("#readiness-track-0-splits .hyperlink").queryAs(Hyperlink.class));
        String title = Messages.format("split.editor.title.master", "Signal Fire");
        waitFor(() -> window(robot, title) != null);
        TableView<?> lines = robot.lookup("#table").queryAs(TableView.class);
        waitFor(() -> lines.getItems().size() == 1);
        robot.clickOn("#splitEvenly");
        robot.clickOn("#save");
        waitFor(() -> executor.runningCount() == 0 && !robot.lookup("#save").queryAs(Button.class).isFocused()
                && robot.lookup("#save").queryAs(Button.class).isDisabled());

        robot.interact(() -> Windows.requestClose(window(robot, title)));
        waitFor(() -> window(robot, title) == null);
        waitFor(() -> met(editor, "readiness.masterSplit"));
        assertThat(editor.isDirty()).as("reading the sheets again is not an edit").isFalse();
    }
}
