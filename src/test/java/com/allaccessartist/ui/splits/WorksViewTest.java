package com.allaccessartist.ui.splits;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.splits.SplitRole;
import com.allaccessartist.service.auth.AccessService;
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
import com.allaccessartist.ui.releases.LiveCatalogue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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
 * The Works section on a real catalogue: a new work whose mistyped ISWC is shown at the field
 * until it is fixed and saved, a recording linked through the searchable chooser, and the work's
 * publishing sheet opened from the list in its own window, filled to 100 %, saved and closed,
 * after which the list shows the sheet complete.
 */
@ExtendWith(ApplicationExtension.class)
class WorksViewTest {

    private static final long WAIT = 30;

    @TempDir
    static Path temp;

    private LiveCatalogue catalogue;
    private FxTaskExecutor executor;
    private WorksViewModel works;

    @Start
    void start(Stage stage) {
        Themes.apply(Theme.LIGHT);
        catalogue = LiveCatalogue.open(temp);
        catalogue.album("Harbour Lights", LocalDate.now().plusDays(20), -1, 2);
        executor = new FxTaskExecutor(2, failure -> { throw new AssertionError("unhandled task failure", failure); });
        Clock clock = Clock.systemUTC();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ArtistSelection selection = new ArtistSelection();
        works = new WorksViewModel(new WorkService(catalogue.database, catalogue.user, clock),
                new AccessService(catalogue.database, catalogue.user, clock), executor, dialogs, new CatalogueChanges(),
                selection, new SplitSheetWindows(new SplitSheetService(catalogue.database, catalogue.user, clock), executor,
                dialogs, temp, () -> stage));
        stage.setScene(Windows.scene(ViewLoader.load(new WorksView(works))));
        stage.setWidth(1100);
        stage.setHeight(820);
        stage.show();
        selection.choose(new ArtistSelection.Choice(catalogue.artistId, "Nova Lines"));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        executor.shutdown(Duration.ofSeconds(30));
        catalogue.close();
    }

    private void settle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> executor.runningCount() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void retype(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::clear);
        robot.write(text);
    }

    @Test
    void aWorkIsCreatedLinkedAndItsPublishingSheetCompletedFromTheWorksScreen(FxRobot robot) throws Exception {
        waitFor(() -> works.rows().size() == 2);

        robot.clickOn("#newWork");
        waitFor(() -> robot.lookup("#workTitle").tryQuery().isPresent());
        retype(robot, "#workTitle", "Harbour Theme");
        retype(robot, "#workIswc", "T-034.524.680-2");
        assertThat(text(robot, "#workIswcError")).isEqualTo(Messages.format("validation.iswc.checkDigit", 1, 2));
        assertThat(robot.lookup("#saveWork").queryAs(Button.class).isDisabled()).isTrue();

        retype(robot, "#workIswc", "t0345246801");
        robot.clickOn("#workTitle");
        assertThat(robot.lookup("#workIswc").queryAs(TextField.class).getText()).isEqualTo("T-034.524.680-1");
        assertThat(text(robot, "#workIswcError")).isEmpty();
        robot.clickOn("#saveWork");
        settle();
        assertThat(text(robot, "#workInfo")).isEqualTo(Messages.get("works.editor.saved"));
        assertThat(text(robot, "#workHeading")).isEqualTo("Harbour Theme");

        robot.clickOn("#linkRecording");
        settle();
        retype(robot, "#recordingSearch", "glass");
        ListView<?> candidates = robot.lookup("#recordingCandidates").queryAs(ListView.class);
        waitFor(() -> candidates.getItems().size() == 1);
        robot.interact(() -> candidates.getSelectionModel().select(0));
        robot.clickOn("#linkChosen");
        settle();
        ListView<?> recordings = robot.lookup("#workRecordings").queryAs(ListView.class);
        assertThat(recordings.getItems()).extracting(item -> ((RecordingItem) item).title()).containsExactly("Glass Harbour");

        robot.clickOn("#workBack");
        waitFor(() -> works.rows().stream().anyMatch(row -> row.title().equals("Harbour Theme")));
        TableView<?> table = robot.lookup("#worksTable").queryAs(TableView.class);
        robot.interact(() -> {
            int index = works.rows().indexOf(works.rows().stream().filter(r -> r.title().equals("Harbour Theme")).findFirst()
                    .orElseThrow());
            table.getSelectionModel().select(index);
        });
        assertThat(works.rows().stream().filter(r -> r.title().equals("Harbour Theme")).findFirst().orElseThrow().publishing())
                .isEqualTo(Messages.get("works.publishing.none"));
        robot.clickOn("#worksPublishingSheet");
        String title = Messages.format("split.editor.title.publishing", "Harbour Theme");
        waitFor(() -> sheetWindow(robot, title) != null);
        settle();

        robot.clickOn("#addLine");
        robot.clickOn("#addLine");
        @SuppressWarnings("unchecked")
        TableView<SplitLineRow> lines = robot.lookup("#table").queryAs(TableView.class);
        assertThat(lines.getItems()).hasSize(2);
        robot.interact(() -> {
            lines.edit(-1, null);
            lines.getItems().get(0).nameProperty().set("Wren Writer");
            lines.getItems().get(1).nameProperty().set("North Songs Publishing");
            lines.getItems().get(1).roleProperty().set(SplitRole.PUBLISHER);
        });
        robot.clickOn("#splitEvenly");
        assertThat(text(robot, "#total")).isEqualTo(Messages.format("split.editor.total.complete", "100.00", "0.00"));
        robot.clickOn("#save");
        settle();
        waitFor(() -> text(robot, "#status").equals(Messages.format("split.editor.status", 1, Messages.get("split.status.draft"))));

        // Esc closes the window through the unsaved-changes guard (nothing unsaved: no question)
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> sheetWindow(robot, title) == null);
        waitFor(() -> works.rows().stream().anyMatch(row -> row.title().equals("Harbour Theme") && row.complete()));
        assertThat(works.rows().stream().filter(r -> r.title().equals("Harbour Theme")).findFirst().orElseThrow().publishing())
                .isEqualTo(Messages.format("works.publishing.state", Messages.get("split.status.draft"), "100.00"));
        Node cell = robot.lookup("#publishingColumn").tryQuery().orElse(null);
        assertThat(cell).isNotNull();
    }

    /** The split-sheet window titled {@code title}, if it is showing. */
    private static Window sheetWindow(FxRobot robot, String title) {
        return robot.listWindows().stream().filter(w -> w instanceof Stage s && s.isShowing() && title.equals(s.getTitle()))
                .findFirst().orElse(null);
    }
}
