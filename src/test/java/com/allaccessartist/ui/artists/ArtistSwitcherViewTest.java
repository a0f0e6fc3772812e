package com.allaccessartist.ui.artists;

import static com.allaccessartist.ui.editing.TestCatalogue.waitFor;
import static com.allaccessartist.ui.editing.TestCatalogue.waitUntilShowing;
import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.service.catalog.OrganizationSummary;
import com.allaccessartist.ui.common.ArtistSelection;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.FxTaskExecutor;
import com.allaccessartist.ui.common.Theme;
import com.allaccessartist.ui.common.Themes;
import com.allaccessartist.ui.common.ViewLoader;
import com.allaccessartist.ui.common.Windows;
import com.allaccessartist.ui.editing.FxDebouncer;
import com.allaccessartist.ui.editing.TestCatalogue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The toolbar's artist switcher on a real catalogue: type-ahead, keyboard choice, the session's artist. */
@ExtendWith(ApplicationExtension.class)
class ArtistSwitcherViewTest {

    @TempDir
    static Path temp;
    private static TestCatalogue catalogue;

    private final ArtistSelection selection = new ArtistSelection();
    private FxTaskExecutor executor;

    @BeforeAll
    static void createCatalogue() {
        catalogue = TestCatalogue.create(temp);
        java.util.UUID label = catalogue.organizations().list(false).stream().map(OrganizationSummary::id).findFirst()
                .orElseThrow();
        for (String name : List.of("Björk", "Bon Iver", "Boards of Canada", "Sigur Rós", "Múm")) {
            catalogue.artists().create(new com.allaccessartist.service.catalog.ArtistDraft(name,
                    com.allaccessartist.domain.catalog.Slug.slugify(name), ArtistType.BAND, null, "Electronic", List.of(),
                    null, null, null, null, null, null, null, null, null, null, null, label, true, false, true));
        }
    }

    @AfterAll
    static void closeCatalogue() {
        catalogue.close();
    }

    @Start
    void start(Stage stage) {
        Themes.apply(Theme.LIGHT);
        executor = new FxTaskExecutor(2, failure -> { throw new AssertionError("unhandled task failure", failure); });
        ArtistSwitcherViewModel viewModel = new ArtistSwitcherViewModel(catalogue.artists(), selection, executor,
                FxDebouncer.typing(), new CatalogueChanges());
        BorderPane root = new BorderPane();
        root.setTop(ViewLoader.load(new ArtistSwitcherView(viewModel)));
        stage.setScene(Windows.scene(root));
        stage.setWidth(700);
        stage.setHeight(560);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        executor.shutdown(Duration.ofSeconds(30));
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private static ListView<ArtistChoiceItem> matches(FxRobot robot) {
        return robot.lookup("#switcherMatches").queryAs(ListView.class);
    }

    @Test
    void typingNarrowsTheArtistsAndEnterChoosesTheFirstMatch() throws TimeoutException {
        FxRobot robot = new FxRobot();
        Button button = robot.lookup("#switcherButton").queryButton();
        assertThat(button.getText()).isEqualTo(Messages.get("switcher.none"));

        robot.clickOn(button);
        waitUntilShowing(robot, "#switcherQuery");
        waitFor(() -> matches(robot).getItems().size() == 5);
        robot.write("sigur");
        waitFor(() -> matches(robot).getItems().size() == 1);
        robot.type(KeyCode.ENTER);

        waitFor(() -> selection.current() != null);
        assertThat(selection.current().name()).isEqualTo("Sigur Rós");
        waitFor(() -> button.getText().equals("Sigur Rós"));
    }

    @Test
    void ctrlKOpensTheSwitcherAndTheArrowKeysMoveThroughTheMatches() throws TimeoutException {
        FxRobot robot = new FxRobot();
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntilShowing(robot, "#switcherQuery");
        robot.write("bo");
        waitFor(() -> matches(robot).getItems().size() == 2);

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        waitFor(() -> selection.current() != null);
        assertThat(selection.current().name()).isEqualTo("Bon Iver");
    }
}
