package com.allaccessartist.ui.releases;

import static com.allaccessartist.ui.editing.TestCatalogue.waitFor;
import static com.allaccessartist.ui.editing.TestCatalogue.waitUntilShowing;
import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.app.AppTestHarness;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.Upc;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.testsupport.CompleteSplits;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.catalog.ArtistQuery;
import com.allaccessartist.service.catalog.ArtistRow;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.service.catalog.ReleaseDetails;
import com.allaccessartist.service.catalog.ReleaseFilter;
import com.allaccessartist.service.catalog.ReleaseRow;
import com.allaccessartist.service.catalog.ReleaseService;
import com.allaccessartist.service.catalog.TrackDetails;
import com.allaccessartist.ui.artists.ArtistChoiceItem;
import com.allaccessartist.ui.organizations.OrganizationItem;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The catalogue end to end, through the whole application and only its screens: the person gets in
 * (how depends on the database, see the subclasses), a new organization (Ctrl+2), an artist in it
 * (Ctrl+3), the artist chosen in the toolbar's switcher, a new release (Ctrl+4) typed in with 2 discs
 * and 12 tracks of which one has no ISRC, tracks reordered with Alt+Up/Alt+Down and renumbered,
 * scheduling refused with the checklist pointing at the missing ISRC (its link edits that cell), the
 * ISRC entered, then scheduled and released. What was saved is read back by reopening the release,
 * and through the service layer as the person.
 *
 * <p>Runs on a local H2 file ({@link H2CatalogueFlowViewTest}: first-run sign-up) and on a shared
 * PostgreSQL database ({@link PostgresCatalogueFlowViewTest}: the person's own login role, under Row
 * Level Security). Each subclass declares the {@code @Start} method (TestFX looks for it on the test
 * class itself only) that sets {@link #app}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class CatalogueFlowViewTest {

    static final String EMAIL = "ada@label.com";
    static final String DISPLAY_NAME = "Ada Lovelace";
    static final String PASSWORD = "analytical engine";
    private static final String ORGANIZATION = "Northern Flow Records";
    private static final String ARTIST = "Nova Lines";
    private static final String RELEASE = "Harbour Lights";
    private static final String[] TITLES = {"Signal Fire", "Glass Harbour", "Night Ferry", "Copper Sky", "Low Tide",
        "Paper Moons", "Northbound", "Slow Engines", "Halflight", "Static Bloom", "Cold Open", "Afterglow"};
    /** The track typed in without an ISRC: 1-3 as entered, 1-4 once Copper Sky moved above it. */
    private static final String WITHOUT_ISRC = "Night Ferry";
    private static final String FIXED_ISRC = "GBAYE2500099";

    @TempDir
    static Path temp;

    /** The application under test, started by the subclass's {@code @Start} method. */
    protected AppTestHarness app;

    /** From the sign-in screen the application opens on to the main window, signed in as {@link #EMAIL}. */
    protected abstract void getIn(FxRobot robot) throws TimeoutException;

    /** How many organizations the person belongs to when signed in for the first time. */
    protected abstract int organizationsAtStart();

    /** The catalogue as the person, opened again once the application is closed. */
    protected abstract Database openAsPerson();

    /**
     * What business affairs enter beside the release (the works and split sheets screens have
     * their own tests): a work and complete master and publishing sheets for every saved track,
     * through the services as the person. The editor reads them back with its next move.
     */
    private void giveEveryTrackCompleteSplitSheets() {
        try (Database database = openAsPerson()) {
            CurrentUser ada = person(database);
            ArtistRow artist = theArtist(database, ada);
            ReleaseService service = new ReleaseService(database, ada, Clock.systemUTC());
            ReleaseDetails release = service.get(service.releasesOf(artist.id(), ReleaseFilter.all()).get(0).id());
            CompleteSplits.give(database, ada, Clock.systemUTC(), release);
        }
    }

    /** The artist the flow created, as the person finds it. */
    private static ArtistRow theArtist(Database database, CurrentUser person) {
        return new ArtistService(database, person, Clock.systemUTC())
                .search(new ArtistQuery(ARTIST, null, null, null, null, null,
                        com.allaccessartist.service.catalog.ArtistSort.NAME, false, 0, 10))
                .rows().stream().filter(a -> a.name().equals(ARTIST)).findFirst().orElseThrow();
    }

    /** The person, as services on {@code database} see them. */
    protected abstract CurrentUser person(Database database);

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        FxToolkit.cleanupStages();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReleaseIsTypedInReorderedRefusedUntilItsIsrcIsEnteredThenScheduledAndReleased(FxRobot robot) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String upc = Upc.withCheckDigit("501234567890").value();

        getIn(robot);
        createOrganization(robot, organizationsAtStart());
        createArtistInOrganization(robot);
        chooseArtistInSwitcher(robot);

        // --- Releases (Ctrl+4): a new release of the chosen artist
        shortcut(robot, KeyCode.DIGIT4);
        waitUntilShowing(robot, "#releaseTable");
        waitFor(() -> robot.lookup("#releasesHeading").queryAs(Label.class).getText().contains(ARTIST));
        Button newRelease = robot.lookup("#newRelease").queryButton();
        waitFor(() -> !newRelease.isDisabled());
        robot.clickOn(newRelease);
        waitUntilShowing(robot, "#trackTable");
        TreeTableView<Object> table = table(robot);

        // 2 discs, 7 + 5 tracks, each with a title and a duration, every ISRC but Night Ferry's (Add disc
        // starts disc 2, Add track adds to the selected track's disc)
        List<String> isrcs = new ArrayList<>();
        for (int i = 0; i < TITLES.length; i++) {
            String isrc = TITLES[i].equals(WITHOUT_ISRC) ? null : String.format("GBAYE25%05d", i + 1);
            isrcs.add(isrc);
            typeTrack(robot, table, i == 7 ? "#addDisc" : "#addTrack", TITLES[i], duration(i), isrc);
        }
        assertThat(shownOrder(table)).containsExactly("1-1 Signal Fire", "1-2 Glass Harbour", "1-3 Night Ferry",
                "1-4 Copper Sky", "1-5 Low Tide", "1-6 Paper Moons", "1-7 Northbound", "2-1 Slow Engines", "2-2 Halflight",
                "2-3 Static Bloom", "2-4 Cold Open", "2-5 Afterglow");
        assertThat(text(robot, "#tracksTotal")).startsWith("12 tracks · ");
        assertThat(text(robot, "#discTotal1")).contains("7 tracks");
        assertThat(text(robot, "#discTotal2")).contains("5 tracks");

        // details: title and today's date; distribution: the UPC
        robot.clickOn("#detailsTab");
        waitUntilShowing(robot, "#releaseTitle");
        typeInto(robot, "#releaseTitle", RELEASE);
        DatePicker date = robot.lookup("#releaseDate").queryAs(DatePicker.class);
        scrollIntoView(robot, date);
        robot.clickOn(date.getEditor());
        typeInto(robot, date, fx(() -> date.getConverter().toString(today)));
        robot.type(KeyCode.ENTER);
        waitFor(() -> today.equals(date.getValue()));
        robot.clickOn("#distributionTab");
        waitUntilShowing(robot, "#releaseUpc");
        scrollIntoView(robot, robot.lookup("#releaseUpc").query());
        typeInto(robot, "#releaseUpc", upc);

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitForSaved(robot);
        assertThat(text(robot, "#releaseHeading")).isEqualTo(RELEASE);
        assertThat(text(robot, "#releaseStatus")).isEqualTo(ReleaseLabels.status(ReleaseStatus.DRAFT));
        assertThat(text(robot, "#releaseBannerText")).isEqualTo(Messages.get("release.saved"));

        // --- reorder: Copper Sky one up (Alt+Up), Slow Engines one down (Alt+Down); both discs renumber
        robot.clickOn("#tracksTab");
        waitUntilShowing(robot, "#trackTable");
        robot.clickOn(cell(robot, table, "Copper Sky", "numberColumn"));
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        robot.clickOn(cell(robot, table, "Slow Engines", "numberColumn"));
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        List<String> reordered = List.of("1-1 Signal Fire", "1-2 Glass Harbour", "1-3 Copper Sky", "1-4 Night Ferry",
                "1-5 Low Tide", "1-6 Paper Moons", "1-7 Northbound", "2-1 Halflight", "2-2 Slow Engines", "2-3 Static Bloom",
                "2-4 Cold Open", "2-5 Afterglow");
        assertThat(shownOrder(table)).containsExactlyElementsOf(reordered);
        assertThat(cellText(robot, table, "Copper Sky", "numberColumn")).isEqualTo("3");
        assertThat(cellText(robot, table, "Night Ferry", "numberColumn")).isEqualTo("4");
        assertThat(cellText(robot, table, "Halflight", "numberColumn")).isEqualTo("1");
        assertThat(cellText(robot, table, "Slow Engines", "numberColumn")).isEqualTo("2");
        assertThat(robot.lookup("#releaseDirty").query().isVisible()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitForSaved(robot);
        assertThat(shownOrder(table)).as("the saved order, as loaded back").containsExactlyElementsOf(reordered);
        giveEveryTrackCompleteSplitSheets();

        // --- status: start work, mark mastered, then scheduling is refused for the missing ISRC
        move(robot, ReleaseStatus.IN_PROGRESS);
        move(robot, ReleaseStatus.MASTERED);
        assertThat(text(robot, "#checklistTitle"))
                .isEqualTo(Messages.format("readiness.title", ReleaseLabels.status(ReleaseStatus.SCHEDULED)));
        robot.clickOn("#move-" + ReleaseStatus.SCHEDULED.dbValue());
        waitFor(() -> text(robot, "#releaseBannerText").equals(Messages.format("release.move.notReadyHere",
                ReleaseLabels.status(ReleaseStatus.SCHEDULED))));
        assertThat(text(robot, "#releaseStatus")).isEqualTo(ReleaseLabels.status(ReleaseStatus.MASTERED));

        HBox isrcLine = robot.lookup("#readiness-track-3-isrc").queryAs(HBox.class);
        assertThat(fx(() -> isrcLine.lookup(".readiness-unmet"))).as("the ISRC rule is not met").isInstanceOf(FontIcon.class);
        assertThat(fx(() -> isrcLine.lookup(".readiness-met"))).isNull();
        Hyperlink isrcLink = (Hyperlink) fx(() -> isrcLine.lookup(".hyperlink"));
        assertThat(isrcLink.getText()).isEqualTo(Messages.get("readiness.isrc"));
        assertThat(fx(() -> isrcLine.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList()))
                .contains("Missing or invalid on 1-4");
        for (String met : List.of("#readiness-releaseDate", "#readiness-upc")) {
            assertThat(fx(() -> robot.lookup(met).query().lookup(".readiness-met"))).as(met + " is met").isNotNull();
        }
        TreeTableCell<?, ?> neededCell = cell(robot, table, WITHOUT_ISRC, "isrcColumn");
        assertThat(fx(() -> List.copyOf(neededCell.getPseudoClassStates()))).extracting(Object::toString).contains("needed");

        // the refusal went to the failing ISRC cell; Esc leaves it, and the checklist's link goes back to it
        waitFor(() -> editing(table, WITHOUT_ISRC, "isrcColumn") && focusedCellEditor(robot) != null);
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> table.getEditingCell() == null);
        assertThat(robot.lookup("#trackTable").tryQuery()).as("Esc in a cell does not leave the editor").isPresent();
        robot.clickOn(isrcLink);
        waitFor(() -> editing(table, WITHOUT_ISRC, "isrcColumn"));
        waitFor(() -> focusedCellEditor(robot) != null);
        assertThat(focusedCellEditor(robot).getText()).isEmpty();

        // --- fix the ISRC, save, schedule, release
        typeInto(robot, focusedCellEditor(robot), FIXED_ISRC);
        robot.type(KeyCode.ENTER);
        waitFor(() -> table.getEditingCell() == null);
        assertThat(cellText(robot, table, WITHOUT_ISRC, "isrcColumn")).isEqualTo("GB-AYE-25-00099");
        waitFor(() -> robot.lookup("#readiness-track-3-isrc").tryQuery().isEmpty());
        robot.clickOn("#releaseSave");
        waitForSaved(robot);
        move(robot, ReleaseStatus.SCHEDULED);
        assertThat(text(robot, "#releaseBannerText"))
                .isEqualTo(Messages.format("release.moved", ReleaseLabels.status(ReleaseStatus.SCHEDULED)));
        assertThat(text(robot, "#checklistTitle"))
                .isEqualTo(Messages.format("readiness.title", ReleaseLabels.status(ReleaseStatus.RELEASED)));
        move(robot, ReleaseStatus.RELEASED);
        assertThat(text(robot, "#releaseBannerText"))
                .isEqualTo(Messages.format("release.moved", ReleaseLabels.status(ReleaseStatus.RELEASED)));
        assertThat(text(robot, "#statusText"))
                .isEqualTo(Messages.format("release.status.current", ReleaseLabels.status(ReleaseStatus.RELEASED)));

        // --- back to the list (Esc), then reopen the release: what was saved
        robot.type(KeyCode.ESCAPE);
        TableView<ReleaseListRow> releases = robot.lookup("#releaseTable").queryAs(TableView.class);
        waitFor(() -> releases.isVisible() && releases.getItems().size() == 1
                && releases.getItems().get(0).statusValue() == ReleaseStatus.RELEASED);
        ReleaseListRow row = releases.getItems().get(0);
        assertThat(row.title()).isEqualTo(RELEASE);
        assertThat(row.tracks()).isEqualTo(Messages.format("releases.trackCount", 12));
        assertThat(row.upc()).isEqualTo(upc);
        robot.doubleClickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        waitFor(() -> robot.lookup("#trackTable").tryQuery().isPresent() && text(robot, "#releaseHeading").equals(RELEASE));
        TreeTableView<Object> reopened = table(robot);
        waitFor(() -> shownOrder(reopened).size() == 12);
        assertThat(shownOrder(reopened)).containsExactlyElementsOf(reordered);
        assertThat(text(robot, "#releaseStatus")).isEqualTo(ReleaseLabels.status(ReleaseStatus.RELEASED));
        assertThat(text(robot, "#tracksTotal")).startsWith("12 tracks");

        // --- and through the service layer, once the application is closed
        app.close();
        app = null;
        List<String> expectedIsrcs = new ArrayList<>();
        for (String entry : reordered) {
            int typed = List.of(TITLES).indexOf(entry.substring(4));
            expectedIsrcs.add(TITLES[typed].equals(WITHOUT_ISRC) ? FIXED_ISRC : isrcs.get(typed));
        }
        try (Database database = openAsPerson()) {
            CurrentUser ada = person(database);
            ArtistRow artist = theArtist(database, ada);
            assertThat(artist.organizationName()).isEqualTo(ORGANIZATION);
            ReleaseService service = new ReleaseService(database, ada, Clock.systemUTC());
            List<ReleaseRow> rows = service.releasesOf(artist.id(), ReleaseFilter.all());
            assertThat(rows).hasSize(1);
            ReleaseDetails saved = service.get(rows.get(0).id());
            assertThat(saved.title()).isEqualTo(RELEASE);
            assertThat(saved.status()).isEqualTo(ReleaseStatus.RELEASED);
            assertThat(saved.releaseDate()).isEqualTo(today);
            assertThat(saved.upc()).isEqualTo(upc);
            assertThat(saved.tracks()).hasSize(12);
            assertThat(saved.tracks()).extracting(t -> t.discNumber() + "-" + t.trackNumber() + " " + t.title())
                    .containsExactlyElementsOf(reordered);
            assertThat(saved.tracks()).extracting(TrackDetails::isrc).containsExactlyElementsOf(expectedIsrcs);
            assertThat(saved.tracks()).extracting(TrackDetails::durationSeconds).containsExactlyElementsOf(reordered.stream()
                    .map(entry -> seconds(duration(List.of(TITLES).indexOf(entry.substring(4))))).toList());
        }
    }

    // --- steps ------------------------------------------------------------------------------------

    /**
     * Organizations (Ctrl+2): once the list has loaded with the {@code before} organizations the person
     * is in, Ctrl+N, a name, Ctrl+S, Esc back to the list that now shows it.
     */
    @SuppressWarnings("unchecked")
    private static void createOrganization(FxRobot robot, int before) throws TimeoutException {
        shortcut(robot, KeyCode.DIGIT2);
        waitUntilShowing(robot, "#organizationsTable");
        TableView<OrganizationItem> organizations = robot.lookup("#organizationsTable").queryAs(TableView.class);
        Node loading = robot.from(robot.lookup("#organizationsSection").queryAs(Node.class)).lookup("#loading").query();
        waitFor(() -> !loading.isVisible() && organizations.getItems().size() == before);
        shortcut(robot, KeyCode.N);
        waitUntilShowing(robot, "#orgName");
        typeInto(robot, "#orgName", ORGANIZATION);
        Button save = robot.lookup("#orgSave").queryButton();
        waitFor(() -> !save.isDisabled());
        shortcut(robot, KeyCode.S);
        waitFor(() -> !robot.lookup("#orgDirtyHint").query().isVisible() && text(robot, "#orgEditorTitle").equals(ORGANIZATION));
        robot.type(KeyCode.ESCAPE);
        waitUntilShowing(robot, "#organizationsTable");
        waitFor(() -> organizations.getItems().stream().anyMatch(item -> item.name().equals(ORGANIZATION)));
    }

    /** Artists (Ctrl+3), Ctrl+N, a name, the new organization from the chooser, Ctrl+S. */
    @SuppressWarnings("unchecked")
    private static void createArtistInOrganization(FxRobot robot) throws TimeoutException {
        shortcut(robot, KeyCode.DIGIT3);
        waitUntilShowing(robot, "#artistsTable");
        shortcut(robot, KeyCode.N);
        waitUntilShowing(robot, "#artistName");
        typeInto(robot, "#artistName", ARTIST);
        waitFor(() -> robot.lookup("#artistSlug").queryAs(TextField.class).getText().equals("nova-lines"));
        ComboBox<Object> organization = robot.lookup("#artistOrganization").queryAs(ComboBox.class);
        waitFor(() -> organization.getItems().stream().anyMatch(option -> option.toString().equals(ORGANIZATION)));
        scrollIntoView(robot, organization);
        robot.clickOn(organization);
        waitFor(() -> listCell(robot, ORGANIZATION) != null);
        robot.clickOn(listCell(robot, ORGANIZATION));
        waitFor(() -> organization.getValue() != null && organization.getValue().toString().equals(ORGANIZATION));
        Button save = robot.lookup("#artistSave").queryButton();
        waitFor(() -> !save.isDisabled());
        shortcut(robot, KeyCode.S);
        waitFor(() -> !robot.lookup("#artistDirtyHint").query().isVisible() && text(robot, "#artistEditorTitle").equals(ARTIST));
    }

    /** The toolbar's switcher: type part of the name, Enter chooses the match. */
    @SuppressWarnings("unchecked")
    private static void chooseArtistInSwitcher(FxRobot robot) throws TimeoutException {
        robot.clickOn("#switcherButton");
        waitUntilShowing(robot, "#switcherQuery");
        robot.write("nova");
        ListView<ArtistChoiceItem> matches = robot.lookup("#switcherMatches").queryAs(ListView.class);
        waitFor(() -> matches.getItems().size() == 1 && matches.getItems().get(0).name().equals(ARTIST)
                && matches.getSelectionModel().getSelectedIndex() == 0);
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#switcherQuery").tryQuery().map(n -> !n.isVisible() || n.getScene() == null
                || !n.getScene().getWindow().isShowing()).orElse(true));
        assertThat(robot.lookup("#switcherButton").queryButton().getText()).isEqualTo(ARTIST);
    }

    /**
     * Adds a track with {@code button} (Add track, or Add disc for the first track of a new disc)
     * and types its cells as a person would: title, Tab, duration, Tab, ISRC, Enter (Enter after
     * the duration for a track without an ISRC).
     */
    private static void typeTrack(FxRobot robot, TreeTableView<Object> table, String button, String title, String duration,
                                  String isrc) throws TimeoutException {
        int before = fx(() -> shownOrder(table).size());
        robot.clickOn(button);
        waitFor(() -> shownOrder(table).size() == before + 1);
        typeIntoCell(robot, table, "titleColumn", title);
        robot.type(KeyCode.TAB);
        typeIntoCell(robot, table, "durationColumn", duration);
        if (isrc != null) {
            robot.type(KeyCode.TAB);
            typeIntoCell(robot, table, "isrcColumn", isrc);
        }
        robot.type(KeyCode.ENTER);
        waitFor(() -> table.getEditingCell() == null);
        TrackRow row = fx(() -> rows(table).get(before));
        assertThat(row.titleProperty().get()).isEqualTo(title);
        assertThat(row.durationSeconds()).isEqualTo(seconds(duration));
        assertThat(row.normalizedIsrc()).isEqualTo(isrc);
    }

    /** Clicks the status move to {@code target} and waits until the release is in it. */
    private static void move(FxRobot robot, ReleaseStatus target) throws TimeoutException {
        String id = "#move-" + target.dbValue();
        waitFor(() -> robot.lookup(id).tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn(id);
        waitFor(() -> text(robot, "#releaseStatus").equals(ReleaseLabels.status(target))
                && !robot.lookup("#releaseDirty").query().isVisible());
    }

    /** Waits until a save (Ctrl+S or the button) is done: nothing unsaved, moves offered. */
    private static void waitForSaved(FxRobot robot) throws TimeoutException {
        waitFor(() -> !robot.lookup("#releaseDirty").query().isVisible()
                && text(robot, "#releaseBannerText").equals(Messages.get("release.saved"))
                && robot.lookup("#statusMoves").query() instanceof javafx.scene.layout.Pane moves
                && !moves.getChildren().isEmpty() && moves.getChildren().stream().noneMatch(Node::isDisabled));
    }

    // --- helpers ------------------------------------------------------------------------------------

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<Object> table(FxRobot robot) {
        return robot.lookup("#trackTable").queryAs(TreeTableView.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The tracks as the table shows them, disc by disc. */
    private static List<TrackRow> rows(TreeTableView<Object> table) {
        List<TrackRow> rows = new ArrayList<>();
        for (TreeItem<Object> disc : table.getRoot().getChildren()) {
            for (TreeItem<Object> track : disc.getChildren()) {
                rows.add((TrackRow) track.getValue());
            }
        }
        return rows;
    }

    /** "1-3 Copper Sky" for every track the table shows, in order. */
    private static List<String> shownOrder(TreeTableView<Object> table) {
        return rows(table).stream().map(r -> r.positionProperty().get() + " " + r.titleProperty().get()).toList();
    }

    private static boolean editingColumn(TreeTableView<Object> table, String columnId) {
        return table.getEditingCell() != null && columnId.equals(table.getEditingCell().getTableColumn().getId());
    }

    private static boolean editing(TreeTableView<Object> table, String title, String columnId) {
        if (!editingColumn(table, columnId)) {
            return false;
        }
        Object value = table.getTreeItem(table.getEditingCell().getRow()).getValue();
        return value instanceof TrackRow row && row.titleProperty().get().equals(title);
    }

    /** The cell of the track titled {@code title} in column {@code columnId}, scrolled into view. */
    private static TreeTableCell<?, ?> cell(FxRobot robot, TreeTableView<Object> table, String title, String columnId)
            throws TimeoutException {
        robot.interact(() -> {
            for (int i = 0; i < table.getExpandedItemCount(); i++) {
                if (table.getTreeItem(i).getValue() instanceof TrackRow row && row.titleProperty().get().equals(title)) {
                    table.scrollTo(Math.max(0, i - 2));
                }
            }
        });
        waitFor(() -> findCell(robot, title, columnId) != null);
        return findCell(robot, title, columnId);
    }

    private static TreeTableCell<?, ?> findCell(FxRobot robot, String title, String columnId) {
        return robot.lookup(".track-cell").match((TreeTableCell<?, ?> c) -> c.isVisible() && c.getTableRow() != null
                && c.getTableRow().getItem() instanceof TrackRow row && row.titleProperty().get().equals(title)
                && columnId.equals(c.getTableColumn().getId())).tryQuery().map(n -> (TreeTableCell<?, ?>) n).orElse(null);
    }

    private static String cellText(FxRobot robot, TreeTableView<Object> table, String title, String columnId)
            throws TimeoutException {
        TreeTableCell<?, ?> cell = cell(robot, table, title, columnId);
        return fx(cell::getText);
    }

    /**
     * Scrolls the form's scroll pane so that {@code node} is in view, as a person would with the
     * wheel before clicking it.
     */
    private static void scrollIntoView(FxRobot robot, Node node) {
        robot.interact(() -> {
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof ScrollPane pane && pane.getContent() != null) {
                    Node content = pane.getContent();
                    Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double hidden = content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
                    if (hidden > 0) {
                        double top = Math.max(0, Math.min(1, (bounds.getMinY() - 40) / hidden));
                        pane.setVvalue(pane.getVmin() + top * (pane.getVmax() - pane.getVmin()));
                    }
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the field {@code query} finds and types {@code text} into it. */
    static void typeInto(FxRobot robot, String query, String text) throws TimeoutException {
        Node field = robot.lookup(query).query();
        robot.clickOn(field);
        typeInto(robot, field, text);
    }

    /** Types {@code text} into the track cell of {@code columnId} once it is being edited. */
    private static void typeIntoCell(FxRobot robot, TreeTableView<Object> table, String columnId, String text)
            throws TimeoutException {
        waitFor(() -> editingColumn(table, columnId) && focusedCellEditor(robot) != null);
        keyTyped(robot, focusedCellEditor(robot), text);
    }

    /**
     * Types {@code text} into {@code target} once it has the keyboard focus: one KEY_TYPED event per
     * character, delivered to the focused control as TestFX's {@code write} does, without its pause
     * after every character (which made this flow take minutes).
     */
    private static void typeInto(FxRobot robot, Node target, String text) throws TimeoutException {
        waitFor(target::isFocused);
        keyTyped(robot, target, text);
    }

    private static void keyTyped(FxRobot robot, Node target, String text) {
        robot.interact(() -> {
            for (char c : text.toCharArray()) {
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false,
                        false, false, false));
            }
        });
    }

    /** The text field of the cell being edited, when it has the keyboard focus. */
    private static TextField focusedCellEditor(FxRobot robot) {
        return robot.lookup(".track-cell-editor").match(Node::isFocused).tryQuery().map(TextField.class::cast).orElse(null);
    }

    private static ListCell<?> listCell(FxRobot robot, String text) {
        return robot.lookup(".list-cell").match((ListCell<?> c) -> text.equals(c.getText()) && c.isVisible())
                .tryQuery().map(n -> (ListCell<?>) n).orElse(null);
    }

    /** Reads FX state on the FX thread. */
    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String duration(int track) {
        int seconds = 150 + (track * 37) % 150;
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    private static int seconds(String duration) {
        String[] parts = duration.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }
}
