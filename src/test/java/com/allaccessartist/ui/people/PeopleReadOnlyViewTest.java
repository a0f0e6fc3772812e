package com.allaccessartist.ui.people;

import static com.allaccessartist.ui.editing.TestCatalogue.waitFor;
import static com.allaccessartist.ui.editing.TestCatalogue.waitUntilShowing;
import static com.allaccessartist.ui.people.PeopleFlowViewTest.tooltip;
import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.app.AppTestHarness;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseTarget;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.LocalAccountService;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.catalog.ArtistDraft;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.service.catalog.OrganizationService;
import com.allaccessartist.service.people.AccountAdminService;
import com.allaccessartist.service.people.PeopleRights;
import com.allaccessartist.service.people.PeopleService;
import com.allaccessartist.service.people.PersonAccountService;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.FxTaskExecutor;
import com.allaccessartist.ui.common.Theme;
import com.allaccessartist.ui.common.Themes;
import com.allaccessartist.ui.common.ViewLoader;
import com.allaccessartist.ui.common.Windows;
import com.allaccessartist.ui.editing.ScriptedDialogs;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * A viewer of the label sees the People screens of the label and of its artist read-only: the
 * grants are listed, every action is disabled and hovering says why; Enter and Delete do nothing.
 */
@ExtendWith(ApplicationExtension.class)
class PeopleReadOnlyViewTest {

    @TempDir
    static Path temp;
    private static Database database;
    private static CurrentUser viewer;
    private static UUID label;
    private static UUID artist;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FxTaskExecutor executor;
    private Stage stage;

    @BeforeAll
    static void labelWithAViewer() {
        Clock clock = Clock.systemUTC();
        database = Database.open(DatabaseTarget.h2File(temp.resolve("catalogue.mv.db"), null), Database.SchemaMode.MIGRATE);
        CurrentUser owner = new LocalAccountService(database, new PasswordHasher(AppTestHarness.FAST_BCRYPT_COST), clock)
                .createFirstAccount(new LocalAccountService.NewAccount("ada@harbour.example", "Ada Lovelace",
                        "analytical engine".toCharArray(), "analytical engine".toCharArray(), "Harbour Records",
                        OrganizationType.LABEL));
        label = new OrganizationService(database, owner, clock).list(false).get(0).id();
        artist = new ArtistService(database, owner, clock).create(new ArtistDraft("Nova Lines", "nova-lines",
                ArtistType.BAND, null, null, List.of(), null, null, null, null, null, null, null, null, null, null, null,
                label, true, false, true)).id();
        AccountAdminService.CreatedAccount vera = new AccountAdminService(database,
                new PasswordHasher(AppTestHarness.FAST_BCRYPT_COST), clock)
                .create("vera@harbour.example", "Vera Viewer", "a long passphrase".toCharArray(), null);
        new PeopleService(database, owner, clock).grantOrganization(label, vera.email(), OrganizationRole.VIEWER, null, null);
        viewer = new CurrentUser(vera.userId(), vera.email(), "Vera Viewer");
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Start
    void start(Stage primaryStage) {
        Themes.apply(Theme.LIGHT);
        executor = new FxTaskExecutor(2, failure -> { throw new AssertionError("unhandled task failure", failure); });
        stage = primaryStage;
        stage.setWidth(1180);
        stage.setHeight(760);
    }

    @AfterEach
    void stop() throws Exception {
        executor.shutdown(Duration.ofSeconds(30));
        FxToolkit.cleanupStages();
    }

    /** The People screen of {@code gateway}'s kind for {@code scope}, as the viewer. */
    private void show(FxRobot robot, PeopleGateway gateway, PeopleScope scope) {
        robot.interact(() -> {
            PeopleViewModel viewModel = new PeopleViewModel(gateway, executor, dialogs, new CatalogueChanges(),
                    Clock.systemUTC());
            stage.setScene(Windows.scene(ViewLoader.load(new PeopleView(viewModel, null, false))));
            stage.show();
            viewModel.scopeProperty().set(scope);
        });
    }

    private static PeopleService people() {
        return new PeopleService(database, viewer, Clock.systemUTC());
    }

    private static PeopleRights rights() {
        return new PeopleRights(database, viewer, Clock.systemUTC());
    }

    private static PersonAccountService accounts() {
        return new PersonAccountService(database, viewer, new PasswordHasher(AppTestHarness.FAST_BCRYPT_COST),
                Clock.systemUTC());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOrganizationsPeopleAreReadOnlyForAViewerWithTheReasonOnHover(FxRobot robot) throws Exception {
        show(robot, new OrganizationPeople(people(), rights(), accounts()), new PeopleScope(label, "Harbour Records"));

        waitUntilShowing(robot, "#peopleTable");
        TableView<GrantItem> table = robot.lookup("#peopleTable").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 2 && !text(robot, "#peopleStanding").isEmpty());
        assertThat(table.getItems()).extracting(GrantItem::person).containsExactly("Ada Lovelace", "Vera Viewer");
        assertThat(table.getItems()).extracting(GrantItem::roleLabel).containsExactly(
                Messages.get("organization.role.owner"), Messages.get("organization.role.viewer"));
        assertThat(text(robot, "#peopleStanding"))
                .isEqualTo(Messages.format("people.standing.readOnly", Messages.get("organization.role.viewer")));
        assertThat(robot.lookup("#peopleShareTotal").query().isVisible()).as("organizations have no shares").isFalse();

        String reason = Messages.get("people.permission.organization");
        assertThat(robot.lookup("#peopleInvite").queryButton().isDisabled()).isTrue();
        assertThat(tooltip(robot, "#peopleInviteBox")).isEqualTo(reason);
        assertThat(tooltip(robot, "#peopleChangeBox")).isEqualTo(Messages.get("people.reason.noSelection"));
        robot.clickOn(robot.from(table).lookup(".table-row-cell").nth(0).queryAs(Node.class));
        waitFor(() -> table.getSelectionModel().getSelectedItem() != null);
        assertThat(robot.lookup("#peopleChange").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#peopleRevoke").queryButton().isDisabled()).isTrue();
        assertThat(tooltip(robot, "#peopleChangeBox")).isEqualTo(reason);
        assertThat(tooltip(robot, "#peopleRevokeBox")).isEqualTo(reason);

        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#grantDialog").tryQuery()).isEmpty();
        assertThat(dialogs.asked()).as("no revoke is even asked").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theArtistsPeopleAreReadOnlyForAViewerOfItsLabel(FxRobot robot) throws Exception {
        show(robot, new ArtistPeople(people(), rights(), accounts()), new PeopleScope(artist, "Nova Lines"));

        waitUntilShowing(robot, "#peopleTable");
        waitFor(() -> !text(robot, "#peopleStanding").isEmpty());
        TableView<GrantItem> table = robot.lookup("#peopleTable").queryAs(TableView.class);
        assertThat(table.getItems()).as("no direct grants on the label's artist").isEmpty();
        assertThat(text(robot, "#peopleHeading")).isEqualTo(Messages.format("people.titleOf", "Nova Lines"));
        assertThat(text(robot, "#peopleShareTotal")).isEqualTo("Shares: 0.00 % of 100 %");
        assertThat(robot.lookup("#peopleInvite").queryButton().isDisabled()).isTrue();
        assertThat(tooltip(robot, "#peopleInviteBox")).isEqualTo(Messages.get("people.permission.artist"));
        assertThat(robot.lookup("#peopleShare").queryButton().isDisabled()).isTrue();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
