package com.allaccessartist.ui.releases;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.service.catalog.ReleaseDetails;
import com.allaccessartist.ui.common.ArtistSelection;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.FxDialogService;
import com.allaccessartist.ui.common.FxTaskExecutor;
import com.allaccessartist.ui.common.Theme;
import com.allaccessartist.ui.common.Themes;
import com.allaccessartist.ui.common.ViewLoader;
import com.allaccessartist.ui.common.Windows;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
 * The release editor on a real catalogue: a mastered 2-disc album whose track 2-2 has no ISRC.
 * Inline editing, keyboard and drag-and-drop reordering, the readiness link that goes to the
 * failing ISRC cell, and scheduling refused until that ISRC is entered.
 */
@ExtendWith(ApplicationExtension.class)
class ReleaseEditorViewTest {

    private static final long WAIT = 30;

    @TempDir
    static Path temp;

    private LiveCatalogue catalogue;
    private FxTaskExecutor executor;
    private ReleasesViewModel releases;
    private ReleaseDetails album;

    @Start
    void start(Stage stage) {
        Themes.apply(Theme.LIGHT);
        catalogue = LiveCatalogue.open(temp);
        album = catalogue.album("Harbour Lights", LocalDate.now().plusDays(20), 7, 6, 6);
        album = catalogue.releases.changeStatus(album.id(), album.version(), ReleaseStatus.IN_PROGRESS);
        album = catalogue.releases.changeStatus(album.id(), album.version(), ReleaseStatus.MASTERED);
        executor = new FxTaskExecutor(2, failure -> { throw new AssertionError("unhandled task failure", failure); });
        ArtistSelection selection = new ArtistSelection();
        releases = new ReleasesViewModel(catalogue.releases, catalogue.media, catalogue.access, executor,
                new FxDialogService(() -> stage), new CatalogueChanges(), selection, Clock.systemUTC());
        stage.setScene(Windows.scene(ViewLoader.load(new ReleasesView(releases))));
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.show();
        selection.choose(new ArtistSelection.Choice(catalogue.artistId, catalogue.artistName));
    }

    @AfterEach
    void stop() throws Exception {
        executor.shutdown(Duration.ofSeconds(30));
        FxToolkit.cleanupStages();
        catalogue.close();
    }

    private ReleaseEditorViewModel openAlbum(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !releases.rows().isEmpty());
        robot.interact(() -> releases.open(releases.rows().get(0)));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#trackTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return releases.editorProperty().get();
    }

    /** The cell of the track titled {@code title} in column {@code columnId}. */
    private static TreeTableCell<?, ?> cell(FxRobot robot, String title, String columnId) {
        return robot.lookup(".track-cell").match((TreeTableCell<?, ?> c) -> c.getTableRow() != null
                && c.getTableRow().getItem() instanceof TrackRow row && row.titleProperty().get().equals(title)
                && columnId.equals(c.getTableColumn().getId())).query();
    }

    private static List<String> order(ReleaseEditorViewModel editor) {
        return editor.tracks().rows().stream().map(r -> r.positionProperty().get() + " " + r.titleProperty().get()).toList();
    }

    @Test
    void cellsAreEditedInPlaceAndAnIsrcIsShownInItsDisplayForm(FxRobot robot) throws TimeoutException {
        ReleaseEditorViewModel editor = openAlbum(robot);

        robot.doubleClickOn(cell(robot, "Signal Fire", "titleColumn"));
        robot.interact(() -> robot.lookup(".track-cell-editor").queryAs(TextField.class).clear());
        robot.write("Signal Fires").type(KeyCode.ENTER);
        assertThat(editor.tracks().rows().get(0).titleProperty().get()).isEqualTo("Signal Fires");

        robot.doubleClickOn(cell(robot, "Slow Engines", "isrcColumn"));
        robot.write("gb-hrb-25-00999").type(KeyCode.ENTER);
        TreeTableCell<?, ?> isrc = cell(robot, "Slow Engines", "isrcColumn");
        assertThat(isrc.getText()).isEqualTo("GB-HRB-25-00999");

        robot.doubleClickOn(cell(robot, "Slow Engines", "durationColumn"));
        robot.interact(() -> robot.lookup(".track-cell-editor").queryAs(TextField.class).clear());
        robot.write("4:7").type(KeyCode.ENTER);
        TreeTableCell<?, ?> duration = cell(robot, "Slow Engines", "durationColumn");
        assertThat(duration.getPseudoClassStates()).extracting(Object::toString).contains("danger");
        assertThat(duration.getTooltip().getText()).contains("4:7");
        assertThat(robot.lookup("#releaseSave").queryButton().isDisabled()).isTrue();

        robot.doubleClickOn(duration);
        robot.interact(() -> robot.lookup(".track-cell-editor").queryAs(TextField.class).clear());
        robot.write("4:07").type(KeyCode.ENTER);
        assertThat(robot.lookup("#tracksTotal").queryAs(Label.class).getText()).contains("12 tracks");
        assertThat(robot.lookup("#releaseSave").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#releaseDirty").queryAs(Label.class).isVisible()).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> editor.banner().kindProperty().get() == EditorBanner.Kind.INFO
                && executor.runningCount() == 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.isDirty()).isFalse();
        assertThat(robot.lookup("#releaseDirty").queryAs(Label.class).isVisible()).isFalse();
        List<com.allaccessartist.service.catalog.TrackDetails> saved = catalogue.releases.get(album.id()).tracks();
        assertThat(saved.get(0).title()).isEqualTo("Signal Fires");
        assertThat(saved.get(7).isrc()).isEqualTo("GBHRB2500999");
        assertThat(saved.get(7).durationSeconds()).isEqualTo(247);
    }

    @Test
    void altUpAndAltDownReorderTheSelectedTrackAndRenumber(FxRobot robot) throws TimeoutException {
        ReleaseEditorViewModel editor = openAlbum(robot);

        robot.clickOn(cell(robot, "Glass Harbour", "numberColumn"));
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        assertThat(order(editor).subList(0, 2)).containsExactly("1-1 Glass Harbour", "1-2 Signal Fire");

        robot.clickOn(cell(robot, "Paper Moons", "numberColumn"));
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        assertThat(order(editor)).contains("2-1 Paper Moons", "2-2 Northbound");
        assertThat(editor.tracks().discs().get(0).tracksProperty().get()).isEqualTo(5);
        assertThat(robot.lookup("#discTotal1").queryAs(Label.class).getText()).contains("5 tracks");
    }

    @Test
    void afterEnterCommitsACellTheKeyboardStaysInTheListingAndADiscHeadingMovesNothing(FxRobot robot)
            throws TimeoutException {
        ReleaseEditorViewModel editor = openAlbum(robot);
        TreeTableView<?> table = robot.lookup("#trackTable").queryAs(TreeTableView.class);

        robot.doubleClickOn(cell(robot, "Glass Harbour", "bpmColumn"));
        robot.write("96").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getScene().getFocusOwner()).as("focus after Enter").isSameAs(table);
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        assertThat(order(editor).subList(1, 3)).containsExactly("1-2 Night Ferry", "1-3 Glass Harbour");
        assertThat(editor.tracks().rows().get(2).bpmProperty().get()).isEqualTo("96");

        List<String> before = order(editor);
        robot.interact(() -> table.getSelectionModel().select(0)); // the heading of disc 1
        assertThat(editor.tracks().selectedProperty().get()).isNull();
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        robot.type(KeyCode.DELETE);
        assertThat(order(editor)).isEqualTo(before);
    }

    @Test
    void ctrlNInTheListingAddsATrackToEditAndEscCancelsTheCellNotTheEditor(FxRobot robot) throws TimeoutException {
        ReleaseEditorViewModel editor = openAlbum(robot);

        robot.clickOn(cell(robot, "Halflight", "numberColumn"));
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.tracks().rows()).hasSize(13);
        assertThat(editor.tracks().selectedProperty().get().positionProperty().get()).isEqualTo("2-7");
        robot.write("Encore").type(KeyCode.ENTER);
        assertThat(editor.tracks().selectedProperty().get().titleProperty().get()).isEqualTo("Encore");
        assertThat(robot.lookup("#discTotal2").queryAs(Label.class).getText()).contains("7 tracks");

        robot.doubleClickOn(cell(robot, "Encore", "bpmColumn"));
        robot.write("12").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(releases.editorProperty().get()).as("Esc cancelled the cell, the editor stays").isSameAs(editor);
        assertThat(editor.tracks().selectedProperty().get().bpmProperty().get()).isEmpty();
    }

    @Test
    void dragAndDropMovesATrackToTheDroppedPlace(FxRobot robot) throws TimeoutException {
        ReleaseEditorViewModel editor = openAlbum(robot);

        robot.drag(cell(robot, "Northbound", "titleColumn"), MouseButton.PRIMARY)
                .moveTo(cell(robot, "Night Ferry", "titleColumn")).release(MouseButton.PRIMARY);

        assertThat(order(editor).subList(0, 4))
                .containsExactly("1-1 Signal Fire", "1-2 Glass Harbour", "1-3 Northbound", "1-4 Night Ferry");
        assertThat(editor.tracks().discs().get(1).tracksProperty().get()).isEqualTo(5);
    }

    @Test
    void theReadinessLinkGoesToTheFailingIsrcCellAndSchedulingWaitsUntilItIsEntered(FxRobot robot) throws TimeoutException {
        ReleaseEditorViewModel editor = openAlbum(robot);

        robot.clickOn("#move-scheduled");
        assertThat(robot.lookup("#releaseBannerText").queryAs(Label.class).getText()).contains("Scheduled");
        assertThat(editor.header().statusProperty().get()).isEqualTo(ReleaseStatus.MASTERED);
        assertThat(cell(robot, "Slow Engines", "isrcColumn").getPseudoClassStates()).extracting(Object::toString)
                .contains("needed");

        robot.clickOn(robot.lookup("#readiness-track-7-isrc .hyperlink").queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableView<?> table = robot.lookup("#trackTable").queryAs(TreeTableView.class);
        assertThat(table.getEditingCell()).isNotNull();
        assertThat(table.getEditingCell().getTableColumn().getId()).isEqualTo("isrcColumn");
        assertThat(table.getTreeItem(table.getEditingCell().getRow()).getValue()).isSameAs(editor.tracks().rows().get(7));
        assertThat(robot.targetWindow(table.getScene().getWindow()).lookup(".track-cell-editor").queryAs(TextField.class)
                .isFocused()).isTrue();

        robot.write("GBHRB2500999").type(KeyCode.ENTER);
        robot.clickOn("#move-scheduled");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> editor.header().statusProperty().get() == ReleaseStatus.SCHEDULED
                && editor.banner().kindProperty().get() == EditorBanner.Kind.INFO && executor.runningCount() == 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#releaseStatus").queryAs(Label.class).getText()).isEqualTo(ReleaseLabels.status(ReleaseStatus.SCHEDULED));
        assertThat(editor.isDirty()).isFalse();
        assertThat(catalogue.releases.get(album.id()).tracks().get(7).isrc()).isEqualTo("GBHRB2500999");
    }
}
