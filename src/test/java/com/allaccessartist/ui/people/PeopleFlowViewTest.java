package com.allaccessartist.ui.people;

import static com.allaccessartist.ui.editing.TestCatalogue.waitFor;
import static com.allaccessartist.ui.editing.TestCatalogue.waitUntilShowing;
import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.app.AppTestHarness;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.domain.catalog.ReleaseType;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseTarget;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.LocalAccountService;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.catalog.ArtistDraft;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.service.catalog.OrganizationService;
import com.allaccessartist.service.catalog.ReleaseDraft;
import com.allaccessartist.service.catalog.ReleaseService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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

/**
 * The story through the whole application on a local H2 file: the label's owner signs in,
 * opens the People section of the artist chosen in the toolbar, invites a collaborator by creating
 * their account in the Invite dialog, restricts their rights (a manager without "manage releases"
 * and without "invite collaborators"), signs out; the collaborator signs in and sees only what they
 * may: the artist, its release read-only with the reason, New release disabled with the reason on
 * hover, and the People actions disabled with theirs.
 */
@ExtendWith(ApplicationExtension.class)
class PeopleFlowViewTest {

    private static final String OWNER_EMAIL = "ada@harbour.example";
    private static final String OWNER_PASSWORD = "analytical engine";
    private static final String SAM_EMAIL = "sam@harbour.example";
    private static final String SAM_NAME = "Sam Singer";
    private static final String SAM_PASSWORD = "a long initial password";
    private static final String ARTIST = "Nova Lines";
    private static final String RELEASE = "Harbour Lights";

    @TempDir
    static Path temp;

    private AppTestHarness app;

    /** The owner, their label, its artist and a draft release, made before the application starts. */
    @BeforeAll
    static void catalogue() {
        Clock clock = Clock.systemUTC();
        try (Database database = Database.open(DatabaseTarget.h2File(folder().resolve("catalogue.mv.db"), null),
                Database.SchemaMode.MIGRATE)) {
            CurrentUser ada = new LocalAccountService(database, new PasswordHasher(AppTestHarness.FAST_BCRYPT_COST), clock)
                    .createFirstAccount(new LocalAccountService.NewAccount(OWNER_EMAIL, "Ada Lovelace",
                            OWNER_PASSWORD.toCharArray(), OWNER_PASSWORD.toCharArray(), "Harbour Records",
                            OrganizationType.LABEL));
            UUID label = new OrganizationService(database, ada, clock).list(false).get(0).id();
            UUID artist = new ArtistService(database, ada, clock).create(new ArtistDraft(ARTIST, "nova-lines",
                    ArtistType.BAND, null, "Dream pop", List.of(), "Leeds", null, null, null, null, null, null, null, null,
                    null, null, label, true, false, true)).id();
            new ReleaseService(database, ada, clock).create(artist, new ReleaseDraft(RELEASE, null, ReleaseType.SINGLE,
                    null, null, List.of(), "en", false, null, null, null, null, null, null, null, null, Map.of(), Map.of(),
                    null, null, null, List.of(), true, true, false, List.of()));
        }
    }

    private static Path folder() {
        return temp.resolve("people-flow");
    }

    @Start
    void start(Stage primaryStage) {
        app = AppTestHarness.start(folder());
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        FxToolkit.cleanupStages();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOwnerInvitesARestrictedCollaboratorWhoThenSeesOnlyWhatTheyMay(FxRobot robot) throws Exception {
        signIn(robot, OWNER_EMAIL, OWNER_PASSWORD);
        chooseArtist(robot);

        // --- People (Ctrl+6): the artist's people; the owner (through the label) may invite
        shortcut(robot, KeyCode.DIGIT6);
        waitUntilShowing(robot, "#peopleTable");
        waitFor(() -> text(robot, "#peopleHeading").equals(Messages.format("people.titleOf", ARTIST)));
        waitFor(() -> !robot.lookup("#peopleInvite").queryButton().isDisabled());
        assertThat(text(robot, "#peopleShareTotal")).isEqualTo("Shares: 0.00 % of 100 %");

        // --- Invite…: a new account, role manager, without manage releases and invite collaborators
        robot.clickOn("#peopleInvite");
        waitUntilShowing(robot, "#grantDialog");
        robot.clickOn("#grantNewAccount");
        waitUntilShowing(robot, "#grantDisplayName");
        typeInto(robot, "#grantEmail", SAM_EMAIL);
        typeInto(robot, "#grantDisplayName", SAM_NAME);
        typeInto(robot, "#grantPassword", SAM_PASSWORD);
        typeInto(robot, "#grantPasswordRepeated", SAM_PASSWORD);
        ComboBox<PeopleGateway.RoleChoice> role = robot.lookup("#grantRole").queryAs(ComboBox.class);
        assertThat(role.getItems()).extracting(PeopleGateway.RoleChoice::value)
                .containsExactly("owner", "admin", "manager", "collaborator", "viewer");
        robot.clickOn(role);
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) ->
                Messages.get("people.artistRole.manager").equals(c.getText())).queryAs(Node.class));
        waitFor(() -> role.getValue() != null && role.getValue().value().equals("manager"));
        CheckBox releases = robot.lookup("#flag-manageReleases").queryAs(CheckBox.class);
        CheckBox invite = robot.lookup("#flag-inviteCollaborators").queryAs(CheckBox.class);
        waitFor(() -> releases.isSelected() && invite.isSelected());
        robot.clickOn(releases);
        robot.clickOn(invite);
        waitFor(() -> !releases.isSelected() && !invite.isSelected());
        robot.clickOn("#grantSubmit");

        TableView<GrantItem> table = robot.lookup("#peopleTable").queryAs(TableView.class);
        waitFor(() -> robot.lookup("#grantDialog").tryQuery().isEmpty()
                && table.getItems().stream().anyMatch(item -> SAM_NAME.equals(item.name())));
        GrantItem sam = fx(() -> table.getItems().stream().filter(item -> SAM_NAME.equals(item.name())).findFirst()
                .orElseThrow());
        assertThat(sam.email()).isEqualTo(SAM_EMAIL);
        assertThat(sam.roleLabel()).isEqualTo(Messages.get("people.artistRole.manager"));
        assertThat(sam.flagsText()).isEqualTo("Profile · Songs · Social · Analytics");
        assertThat(sam.grantedBy()).isEqualTo("Ada Lovelace");
        assertThat(sam.status()).isEqualTo(GrantItem.Status.IN_FORCE);

        // --- sign out, and in as the collaborator
        signOut(robot);
        signIn(robot, SAM_EMAIL, SAM_PASSWORD);
        chooseArtist(robot);

        // Releases: visible, but New release is disabled and says why; the release opens read-only
        shortcut(robot, KeyCode.DIGIT4);
        waitUntilShowing(robot, "#releaseTable");
        TableView<Object> releasesTable = robot.lookup("#releaseTable").queryAs(TableView.class);
        waitFor(() -> releasesTable.getItems().size() == 1);
        assertThat(robot.lookup("#newRelease").queryButton().isDisabled()).isTrue();
        assertThat(tooltip(robot, "#newReleaseBox")).isEqualTo(Messages.get("release.readOnly.noRights"));
        robot.doubleClickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        waitUntilShowing(robot, "#releaseReadOnly");
        assertThat(fx(() -> robot.lookup("#releaseReadOnly").query().lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList())).contains(Messages.get("release.readOnly.noRights"));
        robot.type(KeyCode.ESCAPE);

        // People: the list is readable, every action disabled with its reason
        shortcut(robot, KeyCode.DIGIT6);
        waitUntilShowing(robot, "#peopleTable");
        TableView<GrantItem> samsTable = robot.lookup("#peopleTable").queryAs(TableView.class);
        waitFor(() -> samsTable.getItems().stream().anyMatch(item -> SAM_NAME.equals(item.name()))
                && !text(robot, "#peopleStanding").isEmpty());
        assertThat(text(robot, "#peopleStanding"))
                .isEqualTo(Messages.format("people.standing.readOnly", Messages.get("people.artistRole.manager")));
        String noInvite = Messages.get("people.permission.artist");
        assertThat(robot.lookup("#peopleInvite").queryButton().isDisabled()).isTrue();
        assertThat(tooltip(robot, "#peopleInviteBox")).isEqualTo(noInvite);
        robot.clickOn(robot.from(samsTable).lookup(".table-row-cell").nth(0).queryAs(Node.class));
        waitFor(() -> samsTable.getSelectionModel().getSelectedItem() != null);
        assertThat(robot.lookup("#peopleChange").queryButton().isDisabled()).isTrue();
        assertThat(tooltip(robot, "#peopleChangeBox")).isEqualTo(noInvite);
        assertThat(tooltip(robot, "#peopleRevokeBox")).isEqualTo(noInvite);
        assertThat(tooltip(robot, "#peopleShareBox")).isEqualTo(Messages.get("people.permission.finances"));
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#grantDialog").tryQuery()).as("Enter opens no dialog for a read-only person").isEmpty();
    }

    // --- steps ------------------------------------------------------------------------------------

    private static void signIn(FxRobot robot, String email, String password) throws TimeoutException {
        waitUntilShowing(robot, "#email");
        typeInto(robot, "#email", email);
        typeInto(robot, "#password", password);
        waitFor(() -> !robot.lookup("#submit").queryButton().isDisabled());
        robot.clickOn("#submit");
        waitUntilShowing(robot, "#switcherButton");
    }

    /** File → Sign out. */
    private static void signOut(FxRobot robot) {
        robot.interact(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> Messages.get("menu.file.signOut").equals(item.getText()))
                .findFirst().ifPresent(MenuItem::fire));
    }

    @SuppressWarnings("unchecked")
    private static void chooseArtist(FxRobot robot) throws TimeoutException {
        robot.clickOn("#switcherButton");
        waitUntilShowing(robot, "#switcherQuery");
        robot.write("nova");
        ListView<Object> matches = robot.lookup("#switcherMatches").queryAs(ListView.class);
        waitFor(() -> matches.getItems().size() == 1 && matches.getSelectionModel().getSelectedIndex() == 0);
        robot.type(KeyCode.ENTER);
        waitFor(() -> ARTIST.equals(robot.lookup("#switcherButton").queryButton().getText()));
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The reason shown on hover over {@code query}'s node, or null without one. */
    static String tooltip(FxRobot robot, String query) throws TimeoutException {
        Node node = robot.lookup(query).query();
        return fx(() -> node.getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip tip ? tip.getText() : null);
    }

    /** Clicks the field and types {@code text} into it, one KEY_TYPED event per character. */
    static void typeInto(FxRobot robot, String query, String text) throws TimeoutException {
        Node field = robot.lookup(query).query();
        robot.clickOn(field);
        waitFor(field::isFocused);
        robot.interact(() -> {
            for (char c : text.toCharArray()) {
                Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false,
                        false, false, false));
            }
        });
    }

    static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
