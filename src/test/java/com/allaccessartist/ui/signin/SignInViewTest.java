package com.allaccessartist.ui.signin;

import static com.allaccessartist.ui.signin.FirstRunViewTest.OPEN_TIMEOUT_SECONDS;
import static com.allaccessartist.ui.signin.FirstRunViewTest.waitUntilShowing;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Message;
import com.allaccessartist.app.AppTestHarness;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseConnector;
import com.allaccessartist.persistence.ConnectionProfile;
import com.allaccessartist.service.auth.LocalAccountService;
import com.allaccessartist.service.auth.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Signing in to a local file that has an account: a wrong password is refused inline, the right one opens the main window. */
@ExtendWith(ApplicationExtension.class)
class SignInViewTest {

    @TempDir
    static Path temp;

    private AppTestHarness app;

    @BeforeAll
    static void createAccount() {
        Path file = temp.resolve("sign-in").resolve("catalogue.mv.db");
        try (Database database = new DatabaseConnector().open(new ConnectionProfile.LocalFile("test", file), null)) {
            new LocalAccountService(database, new PasswordHasher(AppTestHarness.FAST_BCRYPT_COST), Clock.systemUTC())
                    .createFirstAccount(new LocalAccountService.NewAccount("grace@label.com", "Grace Hopper",
                            "compiler pioneer".toCharArray(), "compiler pioneer".toCharArray(), "Hopper Records",
                            OrganizationType.LABEL));
        }
    }

    @Start
    void start(Stage primaryStage) {
        app = AppTestHarness.start(temp.resolve("sign-in"));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void aWrongPasswordIsRefusedAndTheRightOneOpensTheMainWindow(FxRobot robot) throws TimeoutException {
        waitUntilShowing(robot, "#email");
        robot.clickOn("#email").write("grace@label.com");
        robot.clickOn("#password").write("not the password");
        robot.clickOn("#submit");

        Message error = robot.lookup("#signInError").queryAs(Message.class);
        WaitForAsyncUtils.waitFor(OPEN_TIMEOUT_SECONDS, TimeUnit.SECONDS, error::isVisible);
        assertThat(error.getDescription()).isEqualTo(Messages.get("signIn.failed"));

        robot.clickOn("#password").write("compiler pioneer").type(javafx.scene.input.KeyCode.ENTER);

        waitUntilShowing(robot, "#statusUser");
        assertThat(robot.lookup("#statusUser").queryAs(Label.class).getText()).isEqualTo("Grace Hopper");
    }
}
