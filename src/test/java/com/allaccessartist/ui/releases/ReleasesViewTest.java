package com.allaccessartist.ui.releases;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The releases list on a real catalogue: empty state, rows, filters, date order, search, and opening a release. */
@ExtendWith(ApplicationExtension.class)
class ReleasesViewTest {

    private static final long WAIT = 30;

    @TempDir
    static Path temp;

    private LiveCatalogue catalogue;
    private FxTaskExecutor executor;
    private ArtistSelection selection;
    private ReleasesViewModel releases;

    @Start
    void start(Stage stage) {
        Themes.apply(Theme.LIGHT);
        catalogue = LiveCatalogue.open(temp);
        catalogue.album("Harbour Lights", LocalDate.of(2025, 11, 14), -1, 6, 6);
        catalogue.album("Paper Moons", LocalDate.of(2023, 3, 1), -1, 4);
        catalogue.album("First Light", LocalDate.of(2024, 5, 9), -1, 3);
        executor = new FxTaskExecutor(2, failure -> { throw new AssertionError("unhandled task failure", failure); });
        selection = new ArtistSelection();
        releases = new ReleasesViewModel(catalogue.releases, catalogue.media, catalogue.access, executor,
                new FxDialogService(() -> stage), new CatalogueChanges(), selection, Clock.systemUTC());
        stage.setScene(Windows.scene(ViewLoader.load(new ReleasesView(releases))));
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        executor.shutdown(Duration.ofSeconds(30));
        FxToolkit.cleanupStages();
        catalogue.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<ReleaseListRow> table(FxRobot robot) {
        return robot.lookup("#releaseTable").queryAs(TableView.class);
    }

    private void waitForTitles(FxRobot robot, String... titles) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table(robot).getItems().stream().map(ReleaseListRow::title)
                .toList().equals(java.util.List.of(titles)));
    }

    @Test
    void withoutAnArtistItAsksToChooseOneThenListsThatArtistsReleasesNewestFirst(FxRobot robot) throws TimeoutException {
        assertThat(robot.lookup("#releasesNoArtist").query().isVisible()).isTrue();
        assertThat(robot.lookup("#newRelease").queryButton().isDisabled()).isTrue();

        robot.interact(() -> selection.choose(new ArtistSelection.Choice(catalogue.artistId, catalogue.artistName)));
        waitForTitles(robot, "Harbour Lights", "First Light", "Paper Moons");

        assertThat(robot.lookup("#releasesNoArtist").query().isVisible()).isFalse();
        assertThat(robot.lookup("#releasesHeading").queryAs(Label.class).getText()).contains("Nova Lines");
        ReleaseListRow harbour = table(robot).getItems().get(0);
        assertThat(harbour.tracks()).contains("12");
        assertThat(harbour.running()).isEqualTo(ReleaseLabels.running(catalogue.releases.get(harbour.id()).tracks().stream()
                .mapToLong(t -> t.durationSeconds()).sum()));
        assertThat(harbour.status()).isEqualTo(ReleaseLabels.status(ReleaseStatus.DRAFT));
        assertThat(robot.lookup("#newRelease").queryButton().isDisabled()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersSortAndSearchNarrowTheList(FxRobot robot) throws TimeoutException {
        robot.interact(() -> selection.choose(new ArtistSelection.Choice(catalogue.artistId, catalogue.artistName)));
        waitForTitles(robot, "Harbour Lights", "First Light", "Paper Moons");

        ComboBox<Boolean> sort = robot.lookup("#releaseSort").queryAs(ComboBox.class);
        robot.interact(() -> sort.setValue(true));
        waitForTitles(robot, "Paper Moons", "First Light", "Harbour Lights");

        CheckComboBox<ReleaseType> types = robot.lookup("#typeFilter").queryAs(CheckComboBox.class);
        robot.interact(() -> types.getCheckModel().check(ReleaseType.SINGLE));
        waitForTitles(robot);
        assertThat(robot.lookup("#releasesEmpty").queryAs(Label.class).getText())
                .isEqualTo(com.allaccessartist.domain.Messages.get("releases.empty.filtered.title"));
        robot.interact(() -> types.getCheckModel().check(ReleaseType.ALBUM));
        waitForTitles(robot, "Paper Moons", "First Light", "Harbour Lights");

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#releaseSearch").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("light");
        waitForTitles(robot, "First Light", "Harbour Lights");
        assertThat(robot.lookup("#releasesCount").queryAs(Label.class).getText()).contains("2").contains("3");
    }

    @Test
    void aDoubleClickOpensTheEditorAndEscGoesBackToTheList(FxRobot robot) throws TimeoutException {
        robot.interact(() -> selection.choose(new ArtistSelection.Choice(catalogue.artistId, catalogue.artistName)));
        waitForTitles(robot, "Harbour Lights", "First Light", "Paper Moons");

        robot.doubleClickOn(robot.lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#tracksTotal").tryQuery().isPresent());
        assertThat(robot.lookup("#releaseHeading").queryAs(Label.class).getText()).isEqualTo("Harbour Lights");
        assertThat(robot.lookup("#tracksTotal").queryAs(Label.class).getText()).contains("12");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(releases.editorProperty().get()).isNull();
        assertThat(robot.lookup("#releaseTable").query().isVisible()).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(releases.editorProperty().get().header().newProperty().get()).isTrue();
        assertThat(robot.lookup("#releaseHeading").queryAs(Label.class).getText())
                .isEqualTo(com.allaccessartist.domain.Messages.get("release.editor.untitled"));
    }
}
