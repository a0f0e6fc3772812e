package com.allaccessartist.ui.organizations;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.ToggleSwitch;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.ui.common.ViewLoader;
import com.allaccessartist.ui.editing.FormFields;
import com.allaccessartist.ui.editing.Shortcuts;
import java.text.NumberFormat;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Organizations section: the list page and the editor page; see {@link OrganizationsViewModel}. */
public final class OrganizationsView {

    private final OrganizationsViewModel viewModel;
    private final Parent peopleView;
    private OrganizationEditorView editorView;

    @FXML private StackPane root, editorHost, peopleHost;
    @FXML private VBox listPage;
    @FXML private ProgressIndicator loading;
    @FXML private Message error;
    @FXML private ToggleSwitch showInactive;
    @FXML private Button open, toggleActive, people;
    @FXML private HBox toggleActiveBox, peopleBox;
    @FXML private Label count;
    @FXML private TableView<OrganizationItem> table;
    @FXML private TableColumn<OrganizationItem, String> nameColumn, typeColumn, placeColumn, roleColumn;
    @FXML private TableColumn<OrganizationItem, OrganizationItem> statusColumn;
    @FXML private TableColumn<OrganizationItem, Long> artistsColumn;

    public OrganizationsView(OrganizationsViewModel viewModel) {
        this(viewModel, null);
    }

    /** @param peopleView the People screen shown for the selected organization (People…), or null */
    public OrganizationsView(OrganizationsViewModel viewModel, Parent peopleView) {
        this.viewModel = viewModel;
        this.peopleView = peopleView;
    }

    @FXML
    private void initialize() {
        editorView = new OrganizationEditorView(viewModel.editor(), viewModel::closeEditor);
        editorHost.getChildren().setAll(ViewLoader.load(editorView));
        FormFields.show(listPage, viewModel.editingProperty().not().and(viewModel.peopleShownProperty().not()));
        if (peopleView != null) {
            peopleHost.getChildren().setAll(peopleView);
        }
        FormFields.show(peopleHost, viewModel.peopleShownProperty());
        FormFields.show(peopleBox, Bindings.createBooleanBinding(() -> peopleView != null));
        FormFields.disabledWithReason(peopleBox, people, viewModel.peopleReasonProperty());
        viewModel.peopleShownProperty().addListener((o, old, shown) -> {
            if (!shown) {
                Platform.runLater(table::requestFocus);
            }
        });
        FormFields.show(editorHost, viewModel.editingProperty());
        viewModel.editingProperty().addListener((o, old, editing) -> Platform.runLater(editing
                ? editorView::focusFirstField : table::requestFocus));

        loading.visibleProperty().bind(viewModel.loadingProperty());
        error.descriptionProperty().bind(viewModel.errorProperty());
        FormFields.show(error, viewModel.errorProperty().isNotEmpty());
        showInactive.selectedProperty().bindBidirectional(viewModel.showInactiveProperty());
        count.textProperty().bind(viewModel.countTextProperty());
        open.disableProperty().bind(viewModel.selectedProperty().isNull());
        toggleActive.textProperty().bind(viewModel.toggleActiveLabelProperty());
        FormFields.disabledWithReason(toggleActiveBox, toggleActive, viewModel.toggleActiveReasonProperty());

        table.setItems(viewModel.items());
        table.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> viewModel.selectedProperty().set(item));
        viewModel.selectedProperty().addListener((o, old, item) -> table.getSelectionModel().select(item));
        table.setRowFactory(t -> {
            TableRow<OrganizationItem> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.openSelected();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.openSelected();
            } else if (event.getCode() == KeyCode.DELETE) {
                viewModel.toggleActiveSelected();
            }
        });
        text(nameColumn, OrganizationItem::name, "name-cell");
        text(typeColumn, OrganizationItem::type, null);
        text(placeColumn, OrganizationItem::place, "muted-cell");
        text(roleColumn, OrganizationItem::role, null);
        NumberFormat numbers = NumberFormat.getIntegerInstance();
        artistsColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().artists()));
        artistsColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Long value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : numbers.format(value));
            }
        });
        statusColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        statusColumn.setCellFactory(column -> new StatusCell());

        new Shortcuts()
                .on("Shortcut+N", () -> !viewModel.peopleShownProperty().get(), viewModel::createNew)
                .on("Shortcut+S", viewModel.editingProperty()::get, viewModel.editor()::save)
                .on("Esc", viewModel.editingProperty()::get, viewModel::closeEditor)
                .on("Shortcut+F", () -> !viewModel.editingProperty().get(), table::requestFocus)
                .attachWhileShown(root);
        viewModel.refresh();
    }

    private static void text(TableColumn<OrganizationItem, String> column, Function<OrganizationItem, String> value,
                             String style) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        if (style != null) {
            column.getStyleClass().add(style);
        }
    }

    /** Active or inactive, and verified, as chips. */
    private static final class StatusCell extends TableCell<OrganizationItem, OrganizationItem> {
        @Override
        protected void updateItem(OrganizationItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            HBox chips = new HBox(6, chip(item.active() ? "organizations.status.active" : "organizations.status.inactive",
                    item.active() ? "chip-success" : "chip-neutral"));
            if (item.verified()) {
                chips.getChildren().add(chip("organizations.status.verified", "chip-accent"));
            }
            chips.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(chips);
        }

        private static Label chip(String key, String style) {
            Label chip = new Label(Messages.get(key));
            chip.getStyleClass().addAll("chip", style);
            return chip;
        }
    }

    @FXML private void createNew() { viewModel.createNew(); }
    @FXML private void openSelected() { viewModel.openSelected(); }
    @FXML private void toggleActive() { viewModel.toggleActiveSelected(); }
    @FXML private void openPeople() { viewModel.openPeople(); }
}
