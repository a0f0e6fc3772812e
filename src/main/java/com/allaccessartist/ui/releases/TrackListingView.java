package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.ui.editing.FormFields;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The track listing of the release editor: layout and bindings only; see {@link TrackListing}. */
public final class TrackListingView {

    private final ReleaseEditorViewModel viewModel;
    private final TrackListing listing;
    private TrackTable tracks;
    private Map<String, TreeTableColumn<Object, String>> columns;

    @FXML private BorderPane root;
    @FXML private Button addTrack, addDisc, moveUp, moveDown, remove, masterSheet, publishingSheet;
    @FXML private HBox masterArea, publishingArea;
    @FXML private MenuButton moveToDisc;
    @FXML private TreeTableView<Object> table;
    @FXML private TreeTableColumn<Object, String> numberColumn, titleColumn, durationColumn, isrcColumn, bpmColumn, keyColumn;
    @FXML private TreeTableColumn<Object, String> timeSignatureColumn, languageColumn;
    @FXML private TreeTableColumn<Object, Boolean> explicitColumn, instrumentalColumn;
    @FXML private Label sideTitle, sideHint, total;
    @FXML private VBox problems;
    @FXML private HBox credits;
    @FXML private HBox discTotals;

    public TrackListingView(ReleaseEditorViewModel viewModel) {
        this.viewModel = viewModel;
        this.listing = viewModel.tracks();
    }

    @FXML
    private void initialize() {
        columns = Map.of("title", titleColumn, "duration", durationColumn, "isrc", isrcColumn, "bpm", bpmColumn, "key", keyColumn,
                "timeSignature", timeSignatureColumn, "language", languageColumn);
        TrackTable.columns(numberColumn, columns, explicitColumn, instrumentalColumn);
        tracks = TrackTable.install(table, listing, viewModel::removeTrack);

        table.editableProperty().bind(viewModel.header().readOnlyProperty().not());
        for (Node control : new Node[] {addTrack, addDisc}) {
            control.disableProperty().bind(viewModel.header().readOnlyProperty());
        }
        for (Node control : new Node[] {moveUp, moveDown, remove, moveToDisc}) {
            control.disableProperty().bind(viewModel.header().readOnlyProperty().or(listing.selectedProperty().isNull()));
        }
        FormFields.disabledWithReason(masterArea, masterSheet, viewModel.splitSheets().masterReasonProperty());
        FormFields.disabledWithReason(publishingArea, publishingSheet, viewModel.splitSheets().publishingReasonProperty());
        moveUp.setTooltip(new Tooltip(Messages.get("track.moveUp")));
        moveDown.setTooltip(new Tooltip(Messages.get("track.moveDown")));
        moveToDisc.setOnShowing(event -> discMenu());
        total.textProperty().bind(listing.totalProperty());
        listing.discs().addListener((ListChangeListener<Disc>) change -> showDiscTotals());
        showDiscTotals();
        TrackDetailsPane.bind(listing, viewModel.header().readOnlyProperty(),
                new TrackDetailsPane.Controls(sideTitle, sideHint, problems, credits), this::focus);
    }

    private void discMenu() {
        TrackRow row = listing.selectedProperty().get();
        moveToDisc.getItems().clear();
        for (int disc = 1; disc <= listing.discs().size() + 1; disc++) {
            int target = disc;
            MenuItem item = new MenuItem(disc > listing.discs().size() ? Messages.get("track.moveToNewDisc")
                    : Messages.format("track.disc", disc));
            item.setDisable(row == null || row.discProperty().get() == disc);
            item.setOnAction(event -> listing.moveToDisc(row, target));
            moveToDisc.getItems().add(item);
        }
    }

    private void showDiscTotals() {
        discTotals.getChildren().setAll(listing.discs().stream().map(disc -> {
            Label label = new Label();
            label.textProperty().bind(Bindings.concat(disc.titleProperty(), " · ", disc.summaryProperty()));
            label.getStyleClass().add("text-muted");
            label.setId("discTotal" + disc.numberProperty().get());
            return label;
        }).toList());
    }

    /** Shows and edits a track's cell: {@code field} is "tracks" or "track:&lt;index&gt;:&lt;cell&gt;". */
    void focus(String field) {
        String[] parts = field.split(":");
        if (parts.length == 3 && "splits".equals(parts[2])) {
            table.requestFocus();
        } else if (parts.length == 3 && Integer.parseInt(parts[1]) < listing.rows().size()) {
            focus(listing.rows().get(Integer.parseInt(parts[1])), parts[2]);
        } else {
            table.requestFocus();
        }
    }

    void focus(TrackRow row, String field) {
        tracks.edit(row, columns.getOrDefault(field, titleColumn));
    }

    /** Whether the focus is in the listing (Ctrl+N then adds a track rather than a release). */
    boolean hasFocus() {
        Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
        for (Node node = owner; node != null; node = node.getParent()) {
            if (node == root) {
                return true;
            }
        }
        return false;
    }

    @FXML void addTrack() { focus(listing.addTrack(), "title"); }
    @FXML private void addDisc() { focus(listing.addDisc(), "title"); }
    @FXML private void moveUp() { listing.moveUp(listing.selectedProperty().get()); }
    @FXML private void moveDown() { listing.moveDown(listing.selectedProperty().get()); }
    @FXML private void masterSheet() { viewModel.splitSheets().openMaster(listing.selectedProperty().get()); }
    @FXML private void publishingSheet() { viewModel.splitSheets().openPublishing(listing.selectedProperty().get()); }
    @FXML private void remove() { viewModel.removeTrack(listing.selectedProperty().get()); }
}
