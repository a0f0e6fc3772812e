package com.allaccessartist.ui.artists;

import static com.allaccessartist.ui.editing.TestCatalogue.waitFor;
import static com.allaccessartist.ui.editing.TestCatalogue.waitUntilShowing;
import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.service.catalog.ArtistDetails;
import com.allaccessartist.service.catalog.ArtistDraft;
import com.allaccessartist.service.catalog.ArtistQuery;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.service.catalog.OrganizationSummary;
import com.allaccessartist.ui.common.ArtistSelection;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.FxTaskExecutor;
import com.allaccessartist.ui.common.Theme;
import com.allaccessartist.ui.common.Themes;
import com.allaccessartist.ui.common.ViewLoader;
import com.allaccessartist.ui.common.Windows;
import com.allaccessartist.ui.editing.FxDebouncer;
import com.allaccessartist.ui.editing.LeaveChoice;
import com.allaccessartist.ui.editing.ScriptedDialogs;
import com.allaccessartist.ui.editing.TestCatalogue;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/**
 * The Artists section on a real local catalogue of 250 artists: paging as the table scrolls,
 * search as you type, filters, sorting by a header, the editor's validation and save, unsaved
 * changes and a stale save.
 */
@ExtendWith(ApplicationExtension.class)
class ArtistsViewTest {

    static final int ARTISTS = 250;
    private static final String SPOTIFY_ARTIST = "https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF";

    @TempDir
    static Path temp;
    private static TestCatalogue catalogue;
    private static UUID label;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ArtistSelection selection = new ArtistSelection();
    private FxTaskExecutor executor;

    @BeforeAll
    static void createCatalogue() {
        catalogue = TestCatalogue.create(temp);
        label = catalogue.organizations().list(false).stream().map(OrganizationSummary::id).findFirst().orElseThrow();
        ArtistService artists = catalogue.artists();
        for (int i = 0; i < ARTISTS; i++) {
            String name = String.format("Artist %03d", i);
            artists.create(draft(name, i % 5 == 0 ? ArtistType.BAND : ArtistType.INDIVIDUAL, i % 2 == 0 ? "Rock" : "Jazz"));
        }
    }

    static ArtistDraft draft(String name, ArtistType type, String genre) {
        return new ArtistDraft(name, com.allaccessartist.domain.catalog.Slug.slugify(name), type, null, genre, List.of(),
                "London", null, null, null, null, null, null, null, null, null, null, label, true, false, true);
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
        ArtistService artists = catalogue.artists();
        ArtistListViewModel list = new ArtistListViewModel(artists, catalogue.organizations(), executor, dialogs, selection,
                changes, FxDebouncer.typing(), temp, catalogue.clock());
        ArtistEditorViewModel editor = new ArtistEditorViewModel(artists, catalogue.access(), catalogue.organizations(),
                catalogue.media(), executor, dialogs, changes, selection, catalogue.clock(), FxDebouncer.typing(), temp);
        ArtistsViewModel section = new ArtistsViewModel(list, editor, artists, catalogue.access(), executor, dialogs, changes);
        stage.setScene(Windows.scene(ViewLoader.load(new ArtistsView(section))));
        stage.setWidth(1180);
        stage.setHeight(760);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        executor.shutdown(Duration.ofSeconds(30));
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ArtistItem> table(FxRobot robot) {
        return robot.lookup("#artistsTable").queryAs(TableView.class);
    }

    private static String count(FxRobot robot) {
        return robot.lookup("#artistsCount").queryAs(Label.class).getText();
    }

    private static void waitForCount(FxRobot robot, long expected) throws TimeoutException {
        waitFor(() -> count(robot).equals(Messages.format("artists.count", expected)));
    }

    /** How many artists there are now (a test may have added one). */
    private static long total() {
        return catalogue.artists().search(ArtistQuery.all(1)).total();
    }

    private static String firstName(boolean descending) {
        return catalogue.artists().search(new ArtistQuery(null, null, null, null, null, null,
                com.allaccessartist.service.catalog.ArtistSort.NAME, descending, 0, 1)).rows().get(0).name();
    }

    private static ArtistRows rows(FxRobot robot) {
        return (ArtistRows) table(robot).getItems();
    }

    private static ArtistDetails findByName(String name) {
        ArtistService artists = catalogue.artists();
        UUID id = artists.search(new ArtistQuery(name, null, null, null, null, null, null, false, 0, 5)).rows().stream()
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
        return artists.get(id);
    }

    private void openRow(FxRobot robot, String name) throws TimeoutException {
        robot.clickOn("#artistSearch").write(name);
        waitForCount(robot, 1);
        robot.interact(() -> {
            table(robot).getSelectionModel().select(0);
            table(robot).requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitUntilShowing(robot, "#artistName");
        waitFor(() -> robot.lookup("#artistName").queryAs(TextField.class).getText().equals(name));
    }

    @Test
    void theListCountsEveryArtistButLoadsOnlyThePagesScrolledTo() throws TimeoutException {
        FxRobot robot = new FxRobot();
        waitForCount(robot, total());
        int last = (int) total() - 1;
        assertThat(rows(robot)).hasSize(last + 1);
        assertThat(rows(robot).peek(last)).isNull();

        robot.interact(() -> table(robot).scrollTo(last));

        waitFor(() -> rows(robot).peek(last) != null);
        assertThat(rows(robot).peek(last).name()).isEqualTo(firstName(true));
        assertThat(rows(robot).requestedPages()).isLessThan(ARTISTS / ArtistRows.PAGE_SIZE + 1);
    }

    @Test
    void searchAsYouTypeNarrowsTheListAndFiltersNarrowItFurther() throws TimeoutException {
        FxRobot robot = new FxRobot();
        waitForCount(robot, total());

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("artist 24");
        waitForCount(robot, 10);
        assertThat(rows(robot).get(0).name()).isEqualTo("Artist 240");

        @SuppressWarnings("unchecked")
        ComboBox<FilterChoice<ArtistType>> type = robot.lookup("#typeFilter").queryAs(ComboBox.class);
        robot.interact(() -> type.getSelectionModel().select(type.getItems().stream()
                .filter(c -> c.value() == ArtistType.BAND).findFirst().orElseThrow()));
        waitForCount(robot, 2);
        assertThat(List.of(rows(robot).get(0).name(), rows(robot).get(1).name())).containsExactly("Artist 240", "Artist 245");

        robot.clickOn("#clearFilters");
        waitForCount(robot, 10);
    }

    @Test
    void clickingTheNameHeaderSortsOnTheServer() throws TimeoutException {
        FxRobot robot = new FxRobot();
        waitForCount(robot, total());
        Node header = robot.lookup(".column-header").nth(0).query();

        String first = firstName(false);
        String last = firstName(true);

        robot.clickOn(header);
        waitFor(() -> rows(robot).get(0) != null && rows(robot).get(0).name().equals(first));
        robot.clickOn(header);

        waitFor(() -> rows(robot).get(0) != null && rows(robot).get(0).name().equals(last));
    }

    @Test
    void aNewArtistIsSavedOnceEveryFieldIsValidWithTheSlugMadeFromTheName() throws TimeoutException {
        FxRobot robot = new FxRobot();
        waitForCount(robot, total());
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntilShowing(robot, "#artistName");

        robot.clickOn("#artistName").write("Sigur Rós");
        waitFor(() -> robot.lookup("#artistSlug").queryAs(TextField.class).getText().equals("sigur-ros"));
        Button save = robot.lookup("#artistSave").queryButton();
        robot.interact(() -> robot.lookup("#link-spotify").query().requestFocus());
        robot.write("https://open.spotify.com/album/1A2GTWGtFfWp7KSQTwWOyo");
        waitFor(save::isDisabled);
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class))
                .anyMatch(l -> l.isVisible() && l.getText().contains("Spotify"));

        TextField spotify = robot.lookup("#link-spotify").queryAs(TextField.class);
        robot.interact(() -> spotify.setText(""));
        robot.interact(spotify::requestFocus);
        robot.write(SPOTIFY_ARTIST);
        robot.interact(() -> robot.lookup("#subgenreInput").query().requestFocus());
        robot.write("post-rock").type(KeyCode.ENTER);
        waitFor(() -> !save.isDisabled());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitFor(() -> !robot.lookup("#artistDirtyHint").query().isVisible()
                && robot.lookup("#artistEditorTitle").queryAs(Label.class).getText().equals("Sigur Rós"));
        ArtistDetails saved = findByName("Sigur Rós");
        assertThat(saved.slug()).isEqualTo("sigur-ros");
        assertThat(saved.subgenres()).containsExactly("post-rock");
        assertThat(saved.spotifyUrl()).startsWith("https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF");
        assertThat(saved.organizationId()).isEqualTo(label);
        assertThat(selection.current().name()).isEqualTo("Sigur Rós");
    }

    @Test
    void aFormedDateInTheFutureIsRefusedInline() throws TimeoutException {
        FxRobot robot = new FxRobot();
        waitForCount(robot, total());
        openRow(robot, "Artist 007");

        DatePicker formed = robot.lookup("#artistFormed").queryAs(DatePicker.class);
        robot.interact(() -> formed.setValue(LocalDate.now().plusYears(1)));

        waitFor(() -> robot.lookup("#artistFormedError").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#artistFormedError").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("artists.validation.formedDate.future"));
        assertThat(robot.lookup("#artistSave").queryButton().isDisabled()).isTrue();
    }

    @Test
    void unsavedChangesAreMarkedRevertedAndEscAsksBeforeLeaving() throws TimeoutException {
        FxRobot robot = new FxRobot();
        waitForCount(robot, total());
        openRow(robot, "Artist 012");

        robot.clickOn("#artistGenre").write(" fusion");
        waitFor(() -> robot.lookup("#artistDirtyHint").query().isVisible());
        assertThat(robot.lookup("#artistEditorTitle").queryAs(Label.class).getText()).isEqualTo("Artist 012 \u2022");
        robot.clickOn("#artistRevert");
        waitFor(() -> robot.lookup("#artistGenre").queryAs(TextField.class).getText().equals("Rock"));

        robot.clickOn("#artistGenre").write(" fusion");
        dialogs.chooseWith(LeaveChoice.DISCARD);
        robot.type(KeyCode.ESCAPE);

        waitUntilShowing(robot, "#artistsTable");
        assertThat(dialogs.asked()).containsExactly(Messages.get("editor.leave.title"));
        assertThat(findByName("Artist 012").genre()).isEqualTo("Rock");
    }

    @Test
    void aSaveAfterSomeoneElseSavedOffersToReloadTheirVersion() throws TimeoutException {
        FxRobot robot = new FxRobot();
        waitForCount(robot, total());
        openRow(robot, "Artist 033");
        robot.clickOn("#artistGenre").write(" ours");
        ArtistDetails current = findByName("Artist 033");
        ArtistDraft theirs = draft("Artist 033", current.type(), "Theirs");
        catalogue.artists().update(current.id(), current.version(), theirs);
        dialogs.confirmWith(true);

        robot.clickOn("#artistSave");

        try {
            waitFor(() -> robot.lookup("#artistGenre").queryAs(TextField.class).getText().equals("Theirs"));
        } catch (TimeoutException e) {
            throw new AssertionError("asked " + dialogs.asked() + ", editor says "
                    + robot.lookup("#artistEditorError").queryAs(atlantafx.base.controls.Message.class).getDescription()
                    + ", genre " + robot.lookup("#artistGenre").queryAs(TextField.class).getText()
                    + ", save disabled " + robot.lookup("#artistSave").queryButton().isDisabled(), e);
        }
        assertThat(dialogs.asked()).containsExactly(Messages.get("editor.conflict.title"));
        assertThat(robot.lookup("#artistDirtyHint").query().isVisible()).isFalse();
    }
}
