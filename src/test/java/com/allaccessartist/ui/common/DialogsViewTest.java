package com.allaccessartist.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dialogs close with Esc, and the progress window's Esc asks the work to stop instead of closing. */
@ExtendWith(ApplicationExtension.class)
class DialogsViewTest {

    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        Themes.apply(Theme.LIGHT);
        stage.setScene(Windows.scene(new StackPane()));
        stage.show();
        dialogs = new FxDialogService(() -> stage);
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private static boolean showing(String title) {
        return Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing());
    }

    @Test
    void escClosesAnInformation(FxRobot robot) throws TimeoutException {
        AtomicBoolean returned = new AtomicBoolean();
        Platform.runLater(() -> {
            dialogs.showInfo("Information title", "Something to know.");
            returned.set(true);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> showing("Information title"));

        robot.type(KeyCode.ESCAPE);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, returned::get);
        assertThat(showing("Information title")).isFalse();
    }

    @Test
    void escDeclinesAConfirmation(FxRobot robot) throws TimeoutException {
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(dialogs.confirm("Confirm title", "Really?", "Do it")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> showing("Confirm title"));

        robot.type(KeyCode.ESCAPE);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).isFalse();
    }

    @Test
    void escOnTheProgressWindowAsksToCancelAndTheWindowWaitsForTheWork(FxRobot robot) throws TimeoutException {
        AtomicInteger cancels = new AtomicInteger();
        AtomicReference<DialogService.ProgressHandle> handle = new AtomicReference<>();
        Platform.runLater(() -> handle.set(dialogs.showProgress("Progress title", cancels::incrementAndGet)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> showing("Progress title"));
        robot.interact(() -> handle.get().update(new TaskProgress(1, 4, "Step one")));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cancels.get() == 1);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cancels.get()).as("asked once").isEqualTo(1);
        assertThat(showing("Progress title")).as("open until the work has stopped").isTrue();
        robot.interact(() -> handle.get().close());
        assertThat(showing("Progress title")).isFalse();
    }
}
