package com.allaccessartist.ui.releases;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Message;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;
import com.allaccessartist.ui.common.ViewLoader;
import com.allaccessartist.ui.editing.FormFields;
import com.allaccessartist.ui.editing.Shortcuts;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;

/** The Releases section: the chosen artist's releases, or the release editor in their place. Layout and bindings only. */
public final class ReleasesView {

    private final ReleasesViewModel viewModel;
    private ReleaseEditorView editorView;

    @FXML private StackPane root, editorPage;
    @FXML private VBox listPage, noArtist, listBox;
    @FXML private Label heading, count, emptyTitle, emptyMessage;
    @FXML private ProgressIndicator loading;
    @FXML private Button newRelease;
    @FXML private javafx.scene.layout.HBox newReleaseBox;
    @FXML private CustomTextField search;
    @FXML private CheckComboBox<ReleaseStatus> statusFilter;
    @FXML private CheckComboBox<ReleaseType> typeFilter;
    @FXML private ComboBox<Boolean> sort;
    @FXML private Message error;
    @FXML private TableView<ReleaseListRow> table;
    @FXML private TableColumn<ReleaseListRow, String> titleColumn, statusColumn, typeColumn, dateColumn, tracksColumn;
    @FXML private TableColumn<ReleaseListRow, String> runningColumn, upcColumn, catalogColumn;

    public ReleasesView(ReleasesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        count.textProperty().bind(viewModel.countProperty());
        loading.visibleProperty().bind(viewModel.loadingProperty());
        FormFields.disabledWithReason(newReleaseBox, newRelease, viewModel.newReleaseReasonProperty());
        FormFields.show(noArtist, viewModel.noArtistProperty());
        FormFields.show(listBox, viewModel.noArtistProperty().not());
        error.descriptionProperty().bind(viewModel.errorProperty());
        FormFields.show(error, viewModel.errorProperty().isNotEmpty());
        emptyTitle.textProperty().bind(viewModel.emptyTitleProperty());
        emptyMessage.textProperty().bind(viewModel.emptyMessageProperty());
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        ReleaseListControls.filter(statusFilter, ReleaseStatus.values(), viewModel.statuses(), ReleaseLabels::status);
        ReleaseListControls.filter(typeFilter, ReleaseType.values(), viewModel.types(), ReleaseLabels::type);
        sort.getItems().setAll(false, true);
        sort.setConverter(ReleaseListControls.converter(oldest -> Messages.get(oldest ? "releases.sort.oldest"
                : "releases.sort.newest")));
        sort.valueProperty().bindBidirectional(viewModel.oldestFirstProperty());

        table.setItems(viewModel.rows());
        ReleaseListControls.column(titleColumn, ReleaseListRow::title);
        ReleaseListControls.column(statusColumn, ReleaseListRow::status);
        ReleaseListControls.column(typeColumn, ReleaseListRow::type);
        ReleaseListControls.column(dateColumn, ReleaseListRow::date);
        ReleaseListControls.column(tracksColumn, ReleaseListRow::tracks);
        ReleaseListControls.column(runningColumn, ReleaseListRow::running);
        ReleaseListControls.column(upcColumn, ReleaseListRow::upc);
        ReleaseListControls.column(catalogColumn, ReleaseListRow::catalogNumber);
        titleColumn.getStyleClass().add("name-cell");
        statusColumn.setCellFactory(c -> new ReleaseListControls.StatusCell());
        table.setRowFactory(t -> {
            TableRow<ReleaseListRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
            } else if (event.getCode() == KeyCode.DELETE) {
                viewModel.delete(table.getSelectionModel().getSelectedItem());
            }
        });

        viewModel.editorProperty().addListener((o, old, editor) -> showEditor(editor));
        showEditor(viewModel.editorProperty().get());
        new Shortcuts()
                .on("Shortcut+N", () -> true, this::newItem)
                .on("Shortcut+S", () -> editorView != null, () -> viewModel.editorProperty().get().save())
                .on("Shortcut+F", () -> editorView == null && !viewModel.noArtistProperty().get(), search::requestFocus)
                .on("Esc", () -> editorView != null && editorView.escapeLeaves(root.getScene().getFocusOwner()),
                        viewModel::closeEditor)
                .attachWhileShown(root);
    }

    private void newItem() {
        if (editorView == null || !editorView.addTrackOnNew()) {
            viewModel.newRelease();
        }
    }

    private void showEditor(ReleaseEditorViewModel editor) {
        editorView = editor == null ? null : new ReleaseEditorView(editor, viewModel::closeEditor);
        editorPage.getChildren().setAll(editor == null ? java.util.List.of() : java.util.List.of(ViewLoader.load(editorView)));
        listPage.setVisible(editor == null);
        editorPage.setVisible(editor != null);
        if (editor == null) {
            table.requestFocus();
        }
    }

    @FXML private void newRelease() { viewModel.newRelease(); }
}
