package com.allaccessartist.ui.artists;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Popover;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.ui.editing.Shortcuts;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The artist switcher in the main window's toolbar: a button naming the artist being worked on;
 * it (or Ctrl+K) opens a type-ahead popover: type to search, ↑/↓ to move, Enter to choose,
 * Esc to close. See {@link ArtistSwitcherViewModel}.
 */
public final class ArtistSwitcherView {

    private final ArtistSwitcherViewModel viewModel;
    private final CustomTextField query = new CustomTextField();
    private final ListView<ArtistChoiceItem> matches = new ListView<>();
    private Popover popover;

    @FXML private HBox root;
    @FXML private Label caption;
    @FXML private Button button;

    public ArtistSwitcherView(ArtistSwitcherViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        caption.setLabelFor(button);
        button.textProperty().bind(viewModel.buttonTextProperty());
        button.setTooltip(new Tooltip(Messages.get("switcher.tooltip")));
        query.setId("switcherQuery");
        query.setPromptText(Messages.get("switcher.prompt"));
        query.setLeft(new FontIcon("fth-search"));
        ProgressIndicator searching = new ProgressIndicator();
        searching.setPrefSize(16, 16);
        searching.visibleProperty().bind(viewModel.searchingProperty());
        query.setRight(searching);
        query.textProperty().bindBidirectional(viewModel.queryProperty());
        matches.setId("switcherMatches");
        matches.setItems(viewModel.matches());
        matches.setCellFactory(list -> new ChoiceCell());
        matches.setPrefSize(360, 300);
        matches.getItems().addListener((javafx.collections.ListChangeListener<ArtistChoiceItem>) change -> {
            if (!matches.getItems().isEmpty()) {
                matches.getSelectionModel().select(0);
            }
        });
        Label status = new Label();
        status.getStyleClass().add("field-hint");
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        Label keys = new Label(Messages.get("switcher.keys"));
        keys.getStyleClass().add("field-hint");
        VBox content = new VBox(query, matches, status, keys);
        content.getStyleClass().add("switcher-popup");
        VBox.setVgrow(matches, Priority.ALWAYS);
        query.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP) {
                int step = event.getCode() == KeyCode.DOWN ? 1 : -1;
                int next = Math.max(0, Math.min(matches.getItems().size() - 1,
                        matches.getSelectionModel().getSelectedIndex() + step));
                matches.getSelectionModel().select(next);
                matches.scrollTo(next);
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                chooseSelected();
                event.consume();
            }
        });
        matches.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                chooseSelected();
            }
        });
        matches.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                chooseSelected();
            }
        });
        popover = new Popover(content);
        popover.setArrowLocation(Popover.ArrowLocation.TOP_LEFT);
        popover.setDetachable(false);
        popover.setHeaderAlwaysVisible(false);
        new Shortcuts().on("Shortcut+K", () -> true, this::open).attachWhileShown(root);
    }

    private void chooseSelected() {
        ArtistChoiceItem item = matches.getSelectionModel().getSelectedItem();
        if (item != null) {
            viewModel.choose(item);
            popover.hide();
        }
    }

    @FXML
    private void open() {
        viewModel.open();
        if (!popover.isShowing()) {
            popover.show(button);
        }
        query.requestFocus();
    }

    /** A match: its name (bold, with a check when it is the current artist) and what tells it apart. */
    private final class ChoiceCell extends ListCell<ArtistChoiceItem> {
        @Override
        protected void updateItem(ArtistChoiceItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(item.name());
            name.getStyleClass().add("text-bold");
            Label detail = new Label(item.detail());
            detail.getStyleClass().add("switcher-detail");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox line = new HBox(8, new VBox(1, name, detail), spacer);
            if (viewModel.isCurrent(item)) {
                line.getChildren().add(new FontIcon("fth-check"));
            }
            setGraphic(line);
        }
    }
}
