package com.allaccessartist.ui.releases;

import static com.allaccessartist.ui.editing.TestCatalogue.waitUntilShowing;

import com.allaccessartist.app.AppTestHarness;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseTarget;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.LocalAccountService;
import com.allaccessartist.service.auth.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The catalogue flow on a new local H2 file: the first run signs the person up, which also makes
 * them the owner of a first organization; read back by signing in to the file again.
 */
class H2CatalogueFlowViewTest extends CatalogueFlowViewTest {

    private static Path folder() {
        return temp.resolve("flow");
    }

    @Start
    void start(Stage primaryStage) {
        app = AppTestHarness.start(folder());
    }

    /** First run: the account and its organization, then the main window. */
    @Override
    protected void getIn(FxRobot robot) throws TimeoutException {
        waitUntilShowing(robot, "#firstRunEmail");
        typeInto(robot, "#firstRunEmail", EMAIL);
        typeInto(robot, "#firstRunDisplayName", DISPLAY_NAME);
        typeInto(robot, "#firstRunPassword", PASSWORD);
        typeInto(robot, "#firstRunPasswordRepeated", PASSWORD);
        robot.clickOn("#createAccount");
        waitUntilShowing(robot, "#switcherButton");
    }

    @Override
    protected int organizationsAtStart() {
        return 1;
    }

    @Override
    protected Database openAsPerson() {
        return Database.open(DatabaseTarget.h2File(folder().resolve("catalogue.mv.db"), null), Database.SchemaMode.VERIFY);
    }

    @Override
    protected CurrentUser person(Database database) {
        return new LocalAccountService(database, new PasswordHasher(AppTestHarness.FAST_BCRYPT_COST), Clock.systemUTC())
                .signIn(EMAIL, PASSWORD.toCharArray());
    }
}
