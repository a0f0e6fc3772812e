package com.allaccessartist.ui.artists;

import static com.allaccessartist.ui.editing.TestCatalogue.waitFor;
import static com.allaccessartist.ui.editing.TestCatalogue.waitUntilShowing;
import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.app.AppTestHarness;
import com.allaccessartist.domain.Messages;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
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
 * The catalogue screens in the whole application: the artist switcher in the toolbar, the
 * Organizations and Artists sections in the sidebar (Ctrl+2, Ctrl+3), and closing the window or
 * switching to another connection with an unsaved artist asks first.
 */
@ExtendWith(ApplicationExtension.class)
class CatalogueWindowViewTest {

    @TempDir
    static Path temp;

    private AppTestHarness app;

    @Start
    void start(javafx.stage.Stage primaryStage) {
        app = AppTestHarness.start(temp.resolve("window"));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void closingTheWindowWithAnUnsavedArtistAsksAndCancelKeepsItOpen(FxRobot robot) throws TimeoutException {
        waitUntilShowing(robot, "#firstRunEmail");
        robot.clickOn("#firstRunEmail").write("ada@label.com");
        robot.clickOn("#firstRunDisplayName").write("Ada Lovelace");
        robot.clickOn("#firstRunPassword").write("analytical engine");
        robot.clickOn("#firstRunPasswordRepeated").write("analytical engine");
        robot.clickOn("#createAccount");
        waitUntilShowing(robot, "#switcherButton");
        Window main = robot.lookup("#statusUser").query().getScene().getWindow();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntilShowing(robot, "#organizationsTable");
        TableView<?> organizations = robot.lookup("#organizationsTable").queryAs(TableView.class);
        waitFor(() -> organizations.getItems().size() == 1);
        assertThat(organizations.getItems().get(0)).asString().contains("Ada Lovelace Records");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntilShowing(robot, "#artistsTable");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntilShowing(robot, "#artistName");
        robot.clickOn("#artistName").write("Nova Quartet");
        waitFor(() -> robot.lookup("#artistDirtyHint").query().isVisible());

        Platform.runLater(() -> main.fireEvent(new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitFor(() -> cancelButton(robot, main) != null);
        assertThat(robot.lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().equals(Messages.format("editor.leave.message", Messages.get("artists.new.title")))).tryQuery())
                .isPresent();
        robot.clickOn(cancelButton(robot, main));

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.isShowing()).isTrue();
        assertThat(robot.lookup("#artistName").queryTextInputControl().getText()).isEqualTo("Nova Quartet");
        assertThat(robot.lookup("#artistEditorTitle").queryAs(Label.class).getText()).endsWith("\u2022");

        // switching to another connection asks too, and staying keeps the session and the typing
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntilShowing(robot, "#useProfile");
        robot.clickOn("#useProfile");
        waitFor(() -> cancelButton(robot, main) != null);
        robot.clickOn(cancelButton(robot, main));

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#statusUser").tryQuery()).as("still signed in").isPresent();
        assertThat(robot.lookup("#artistName").queryTextInputControl().getText()).isEqualTo("Nova Quartet");
    }

    private static Button cancelButton(FxRobot robot, Window main) {
        return robot.lookup((Node n) -> n instanceof Button b && Messages.get("dialog.cancel").equals(b.getText())
                && n.getScene() != null && n.getScene().getWindow() != main && n.isVisible())
                .tryQuery().map(Button.class::cast).orElse(null);
    }
}
