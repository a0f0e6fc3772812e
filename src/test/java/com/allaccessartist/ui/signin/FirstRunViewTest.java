package com.allaccessartist.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.app.AppTestHarness;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/** The first run through the GUI, on a real H2 file: account and organization, then the main window. */
@ExtendWith(ApplicationExtension.class)
class FirstRunViewTest {

    /** Opening a new file migrates it; slow machines need time. */
    static final int OPEN_TIMEOUT_SECONDS = 180;

    @TempDir
    static Path temp;

    private AppTestHarness app;

    @Start
    void start(Stage primaryStage) {
        app = AppTestHarness.start(temp.resolve("first-run"));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void createsTheFirstAccountAndLandsInTheMainWindow(FxRobot robot) throws TimeoutException {
        waitUntilShowing(robot, "#firstRunEmail");
        robot.clickOn("#firstRunEmail").write("ada@label.com");
        robot.clickOn("#firstRunDisplayName").write("Ada Lovelace");
        robot.clickOn("#firstRunPassword").write("analytical engine");
        robot.clickOn("#firstRunPasswordRepeated").write("analytical engine");
        assertThat(robot.lookup("#firstRunOrganizationName").queryAs(TextField.class).getText())
                .isEqualTo("Ada Lovelace Records");

        robot.clickOn("#createAccount");

        waitUntilShowing(robot, "#statusUser");
        assertThat(robot.lookup("#statusUser").queryAs(Label.class).getText()).isEqualTo("Ada Lovelace");
        assertThat(robot.lookup("#statusConnection").queryAs(Label.class).getText())
                .contains(app.catalogueFile().toAbsolutePath().toString());
        TableView<?> organizations = robot.lookup("#organizations").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(OPEN_TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> !organizations.getItems().isEmpty());
        assertThat(organizations.getItems()).singleElement().asString().contains("Ada Lovelace Records");
        waitUntilShowing(robot, "#emptyState");
        assertThat(robot.lookup("#emptyLoadDemo").query().isDisabled()).as("the owner of a local file may load the demo").isFalse();
    }

    static void waitUntilShowing(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(OPEN_TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
            Node node = robot.lookup(query).tryQuery().orElse(null);
            return node != null && node.isVisible() && node.getScene() != null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
