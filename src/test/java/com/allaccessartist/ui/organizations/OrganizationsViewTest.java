package com.allaccessartist.ui.organizations;

import static com.allaccessartist.ui.editing.TestCatalogue.waitFor;
import static com.allaccessartist.ui.editing.TestCatalogue.waitUntilShowing;
import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.domain.org.PostalAddress;
import com.allaccessartist.service.catalog.OrganizationDetails;
import com.allaccessartist.service.catalog.OrganizationDraft;
import com.allaccessartist.service.catalog.OrganizationService;
import com.allaccessartist.service.catalog.OrganizationSummary;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.FxTaskExecutor;
import com.allaccessartist.ui.common.Theme;
import com.allaccessartist.ui.common.Themes;
import com.allaccessartist.ui.common.ViewLoader;
import com.allaccessartist.ui.common.Windows;
import com.allaccessartist.ui.editing.LeaveChoice;
import com.allaccessartist.ui.editing.ScriptedDialogs;
import com.allaccessartist.ui.editing.TestCatalogue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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

/** The Organizations section on a real local catalogue: list, create, edit, deactivate, unsaved changes, conflicts. */
@ExtendWith(ApplicationExtension.class)
class OrganizationsViewTest {

    @TempDir
    static Path temp;
    private static TestCatalogue catalogue;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FxTaskExecutor executor;

    private static OrganizationDetails contested;
    private static OrganizationDetails temporary;

    @BeforeAll
    static void createCatalogue() {
        catalogue = TestCatalogue.create(temp);
        OrganizationDetails old = create("Old Mill Studio");
        catalogue.organizations().setActive(old.id(), old.version(), false);
        temporary = create("Temporary Studio");
        create("Dirty Sound");
        contested = create("Contested Records");
    }

    @AfterAll
    static void closeCatalogue() {
        catalogue.close();
    }

    @Start
    void start(Stage stage) {
        Themes.apply(Theme.LIGHT);
        executor = new FxTaskExecutor(2, failure -> { throw new AssertionError("unhandled task failure", failure); });
        CatalogueChanges changes = new CatalogueChanges();
        OrganizationService service = catalogue.organizations();
        OrganizationEditorViewModel editor = new OrganizationEditorViewModel(service, catalogue.media(), executor, dialogs,
                changes, temp);
        OrganizationsViewModel viewModel = new OrganizationsViewModel(service, editor, executor, dialogs, changes);
        stage.setScene(Windows.scene(ViewLoader.load(new OrganizationsView(viewModel))));
        stage.setWidth(1180);
        stage.setHeight(760);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        executor.shutdown(Duration.ofSeconds(30));
        FxToolkit.cleanupStages();
    }

    private static OrganizationDetails create(String name) {
        return catalogue.organizations().create(new OrganizationDraft(name, OrganizationType.STUDIO, null, null, null, null,
                null, PostalAddress.EMPTY, null, null, true, false));
    }

    @SuppressWarnings("unchecked")
    private static TableView<OrganizationItem> table(FxRobot robot) {
        return robot.lookup("#organizationsTable").queryAs(TableView.class);
    }

    private static void waitForRow(FxRobot robot, String name, boolean present) throws TimeoutException {
        try {
            waitFor(() -> table(robot).getItems().stream().anyMatch(item -> item.name().equals(name)) == present);
        } catch (TimeoutException e) {
            throw new AssertionError("Row " + name + (present ? " never shown" : " still shown") + "; the list says: "
                    + robot.lookup("#organizationsError").queryAs(atlantafx.base.controls.Message.class).getDescription(), e);
        }
    }

    private void open(FxRobot robot, String name) throws TimeoutException {
        waitForRow(robot, name, true);
        robot.interact(() -> table(robot).getSelectionModel().select(
                table(robot).getItems().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow()));
        robot.clickOn("#openOrganization");
        waitUntilShowing(robot, "#orgName");
        waitFor(() -> robot.lookup("#orgName").queryAs(TextField.class).getText().equals(name));
    }

    @Test
    void theListShowsTheOrganizationsAndShowInactiveRevealsDeactivatedOnes() throws TimeoutException {
        waitForRow(robot(), "Hopper Records", true);

        assertThat(table(robot()).getItems()).noneMatch(item -> item.name().equals("Old Mill Studio"));
        robot().clickOn("#showInactive .thumb-area");

        waitForRow(robot(), "Old Mill Studio", true);
        OrganizationItem hopper = table(robot()).getItems().stream().filter(i -> i.name().equals("Hopper Records"))
                .findFirst().orElseThrow();
        assertThat(hopper.role()).isEqualTo(Messages.get("organization.role.owner"));
        assertThat(robot().lookup("#organizationsCount").queryAs(Label.class).getText()).contains("organizations");
    }

    @Test
    void ctrlNCreatesAnOrganizationOnceEveryFieldIsValid() throws TimeoutException {
        waitForRow(robot(), "Hopper Records", true);
        robot().press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntilShowing(robot(), "#orgName");

        robot().clickOn("#orgName").write("Lovelace Publishing");
        robot().clickOn("#orgEmail").write("hello at lovelace");
        Button save = robot().lookup("#orgSave").queryButton();
        waitFor(save::isDisabled);
        assertThat(robot().lookup(".field-error").queryAllAs(Label.class))
                .anyMatch(label -> label.isVisible() && label.getText().equals(Messages.get("validation.email.shape")));

        robot().doubleClickOn("#orgEmail").eraseText(20).write("hello@lovelace.example");
        robot().clickOn("#orgCity").write("London");
        waitFor(() -> !save.isDisabled());
        robot().press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitFor(() -> !robot().lookup("#orgDirtyHint").query().isVisible()
                && robot().lookup("#orgEditorTitle").queryAs(Label.class).getText().equals("Lovelace Publishing"));
        OrganizationSummary saved = catalogue.organizations().list(false).stream()
                .filter(s -> s.name().equals("Lovelace Publishing")).findFirst().orElseThrow();
        assertThat(saved.city()).isEqualTo("London");
        robot().type(KeyCode.ESCAPE);
        waitForRow(robot(), "Lovelace Publishing", true);
    }

    @Test
    void deleteDeactivatesTheSelectedOrganizationAfterConfirmation() throws TimeoutException {
        waitForRow(robot(), "Temporary Studio", true);
        robot().interact(() -> table(robot()).getSelectionModel().select(table(robot()).getItems().stream()
                .filter(i -> i.name().equals("Temporary Studio")).findFirst().orElseThrow()));
        robot().interact(() -> table(robot()).requestFocus());
        dialogs.confirmWith(true);

        robot().type(KeyCode.DELETE);

        waitForRow(robot(), "Temporary Studio", false);
        assertThat(catalogue.organizations().get(temporary.id()).active()).isFalse();
        assertThat(dialogs.asked()).containsExactly(Messages.get("organizations.deactivate.title"));
    }

    @Test
    void unsavedChangesAreMarkedRevertedAndAskedAboutWhenLeaving() throws TimeoutException {
        open(robot(), "Dirty Sound");

        robot().clickOn("#orgTaxId").write("DE-42");
        waitFor(() -> robot().lookup("#orgDirtyHint").query().isVisible());
        assertThat(robot().lookup("#orgEditorTitle").queryAs(Label.class).getText()).isEqualTo("Dirty Sound \u2022");
        robot().clickOn("#orgRevert");
        waitFor(() -> robot().lookup("#orgTaxId").queryAs(TextField.class).getText().isEmpty());
        assertThat(robot().lookup("#orgDirtyHint").query().isVisible()).isFalse();

        robot().clickOn("#orgTaxId").write("DE-43");
        dialogs.chooseWith(LeaveChoice.DISCARD);
        robot().type(KeyCode.ESCAPE);

        waitUntilShowing(robot(), "#organizationsTable");
        assertThat(dialogs.asked()).containsExactly(Messages.get("editor.leave.title"));
        assertThat(catalogue.organizations().list(false).stream().filter(s -> s.name().equals("Dirty Sound")).count()).isOne();
    }

    @Test
    void aSaveAfterSomeoneElseSavedOffersToReloadTheirVersion() throws TimeoutException {
        open(robot(), "Contested Records");
        robot().clickOn("#orgDescription").write("Our words");
        OrganizationDraft theirs = new OrganizationDraft("Contested Records", OrganizationType.STUDIO, "Their words", null,
                null, null, null, PostalAddress.EMPTY, null, null, true, false);
        catalogue.organizations().update(contested.id(), contested.version(), theirs);
        dialogs.confirmWith(true);

        robot().clickOn("#orgSave");

        waitFor(() -> robot().lookup("#orgDescription").queryAs(TextArea.class).getText().equals("Their words"));
        assertThat(dialogs.asked()).containsExactly(Messages.get("editor.conflict.title"));
        assertThat(catalogue.organizations().get(contested.id()).description()).isEqualTo("Their words");
    }

    private FxRobot robot() {
        return new FxRobot();
    }
}
