package com.allaccessartist.ui.artists;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Message;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.ui.common.ViewLoader;
import com.allaccessartist.ui.editing.FormFields;
import com.allaccessartist.ui.editing.Shortcuts;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Artists section: the list page and the editor page; see {@link ArtistsViewModel}. */
public final class ArtistsView {

    private final ArtistsViewModel viewModel;
    private ArtistEditorView editorView;

    @FXML private StackPane root, editorHost;
    @FXML private VBox listPage;
    @FXML private ProgressIndicator loading;
    @FXML private Button export, clearFilters, toggleActive;
    @FXML private CustomTextField search;
    @FXML private ComboBox<FilterChoice<java.util.UUID>> organizationFilter;
    @FXML private ComboBox<FilterChoice<com.allaccessartist.domain.artist.ArtistType>> typeFilter;
    @FXML private ComboBox<FilterChoice<Boolean>> publicFilter, verifiedFilter, activeFilter;
    @FXML private Message error;
    @FXML private Label count, emptyText;
    @FXML private TableView<ArtistItem> table;
    @FXML private TableColumn<ArtistItem, ArtistItem> nameColumn;
    @FXML private TableColumn<ArtistItem, String> typeColumn, genreColumn, locationColumn, organizationColumn;
    @FXML private TableColumn<ArtistItem, String> releasesColumn, updatedColumn;

    public ArtistsView(ArtistsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        ArtistListViewModel list = viewModel.list();
        ArtistFilters filters = list.filters();
        editorView = new ArtistEditorView(viewModel.editor(), viewModel::closeEditor);
        editorHost.getChildren().setAll(ViewLoader.load(editorView));
        FormFields.show(listPage, viewModel.editingProperty().not());
        FormFields.show(editorHost, viewModel.editingProperty());
        viewModel.editingProperty().addListener((o, old, editing) -> Platform.runLater(editing
                ? editorView::focusFirstField : table::requestFocus));

        loading.visibleProperty().bind(list.loadingProperty());
        export.disableProperty().bind(list.exportingProperty());
        error.descriptionProperty().bind(list.errorProperty());
        FormFields.show(error, list.errorProperty().isNotEmpty());
        count.textProperty().bind(list.countTextProperty());
        emptyText.textProperty().bind(Bindings.when(list.loadingProperty()).then(Messages.get("artists.loading"))
                .otherwise(Messages.get("artists.empty")));
        search.textProperty().bindBidirectional(filters.textProperty());
        choices(organizationFilter, filters.organizationChoices(), filters.organizationProperty());
        choices(typeFilter, javafx.collections.FXCollections.observableArrayList(filters.typeChoices()), filters.typeProperty());
        choices(publicFilter, javafx.collections.FXCollections.observableArrayList(filters.publicChoices()), filters.publicProperty());
        choices(verifiedFilter, javafx.collections.FXCollections.observableArrayList(filters.verifiedChoices()), filters.verifiedProperty());
        choices(activeFilter, javafx.collections.FXCollections.observableArrayList(filters.activeChoices()), filters.activeProperty());
        clearFilters.disableProperty().bind(filters.filteringProperty().not());
        toggleActive.textProperty().bind(viewModel.toggleActiveLabelProperty());
        toggleActive.disableProperty().bind(viewModel.canToggleActiveProperty().not());

        ArtistColumns.sortOnServer(table, list);
        table.setItems(list.rows());
        ArtistColumns.name(nameColumn);
        ArtistColumns.text(typeColumn, genreColumn, locationColumn, organizationColumn);
        ArtistColumns.releases(releasesColumn);
        ArtistColumns.updated(updatedColumn);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> list.selectedProperty().set(item));
        list.chosenIndexProperty().addListener((o, old, index) -> {
            if (index.intValue() >= 0 && table.getSelectionModel().getSelectedIndex() != index.intValue()) {
                table.getSelectionModel().clearAndSelect(index.intValue());
            }
        });
        table.setRowFactory(t -> {
            TableRow<ArtistItem> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && row.getItem() != null) {
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
        new Shortcuts()
                .on("Shortcut+N", () -> true, viewModel::createNew)
                .on("Shortcut+F", () -> !viewModel.editingProperty().get(), this::focusSearch)
                .on("Shortcut+S", viewModel.editingProperty()::get, viewModel.editor()::save)
                .on("Esc", viewModel.editingProperty()::get, viewModel::closeEditor)
                .attachWhileShown(root);
        list.start();
    }

    private void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private static <T> void choices(ComboBox<FilterChoice<T>> box, javafx.collections.ObservableList<FilterChoice<T>> items,
                                    javafx.beans.property.ObjectProperty<FilterChoice<T>> value) {
        box.setItems(items);
        box.valueProperty().bindBidirectional(value);
    }

    @FXML private void createNew() { viewModel.createNew(); }
    @FXML private void exportCsv() { viewModel.list().exportCsv(); }
    @FXML private void clearFilters() { viewModel.list().filters().clear(); }
    @FXML private void toggleActive() { viewModel.toggleActiveSelected(); }
}
