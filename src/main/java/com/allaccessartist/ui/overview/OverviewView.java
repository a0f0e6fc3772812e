package com.allaccessartist.ui.overview;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import java.util.function.Function;

/** The Overview section: layout and bindings only; see {@link OverviewViewModel}. */
public final class OverviewView {

    private final OverviewViewModel viewModel;

    @FXML private ProgressIndicator loading;
    @FXML private Button refresh;
    @FXML private Message error;
    @FXML private VBox emptyState;
    @FXML private Button loadDemo;
    @FXML private Label loadDemoReason;
    @FXML private HBox stats;
    @FXML private VBox statusPanel;
    @FXML private Label artists;
    @FXML private Label releases;
    @FXML private Label songs;
    @FXML private GridPane statusGrid;
    @FXML private TableView<OverviewViewModel.OrganizationRow> organizations;
    @FXML private TableColumn<OverviewViewModel.OrganizationRow, String> nameColumn;
    @FXML private TableColumn<OverviewViewModel.OrganizationRow, String> typeColumn;
    @FXML private TableColumn<OverviewViewModel.OrganizationRow, String> roleColumn;
    @FXML private TableColumn<OverviewViewModel.OrganizationRow, String> artistsColumn;

    public OverviewView(OverviewViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        show(loading, viewModel.loadingProperty());
        refresh.disableProperty().bind(viewModel.loadingProperty());
        error.descriptionProperty().bind(viewModel.errorProperty());
        show(error, viewModel.errorProperty().isNotEmpty());
        show(emptyState, viewModel.emptyProperty());
        show(stats, viewModel.loadedProperty().and(viewModel.emptyProperty().not()));
        show(statusPanel, viewModel.loadedProperty().and(viewModel.emptyProperty().not()));
        loadDemo.disableProperty().bind(viewModel.loadDemoAction().executableProperty().not());
        loadDemoReason.textProperty().bind(viewModel.loadDemoAction().disabledReasonProperty());
        show(loadDemoReason, viewModel.loadDemoAction().disabledReasonProperty().isNotEmpty());

        artists.textProperty().bind(viewModel.artistsText());
        releases.textProperty().bind(viewModel.releasesText());
        songs.textProperty().bind(viewModel.songsText());

        organizations.setItems(viewModel.organizations());
        column(nameColumn, OverviewViewModel.OrganizationRow::name);
        column(typeColumn, OverviewViewModel.OrganizationRow::type);
        column(roleColumn, OverviewViewModel.OrganizationRow::role);
        column(artistsColumn, OverviewViewModel.OrganizationRow::artists);
        viewModel.releasesByStatus().addListener((ListChangeListener<OverviewViewModel.StatusCount>) change -> showStatuses());
        showStatuses();
    }

    private void showStatuses() {
        statusGrid.getChildren().clear();
        int row = 0;
        for (OverviewViewModel.StatusCount status : viewModel.releasesByStatus()) {
            ProgressBar share = new ProgressBar(status.share());
            share.setMaxWidth(Double.MAX_VALUE);
            share.getStyleClass().add(Styles.SMALL);
            Label count = new Label(status.count());
            count.getStyleClass().add(Styles.TEXT_BOLD);
            statusGrid.addRow(row++, new Label(status.status()), share, count);
        }
    }

    private static void column(TableColumn<OverviewViewModel.OrganizationRow, String> column,
                               Function<OverviewViewModel.OrganizationRow, String> value) {
        column.setCellValueFactory(cell -> (ObservableValue<String>) new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private static void show(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void loadDemo() {
        viewModel.loadDemoAction().execute();
    }
}
