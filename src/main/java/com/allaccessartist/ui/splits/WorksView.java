package com.allaccessartist.ui.splits;

import atlantafx.base.controls.CustomTextField;
import com.allaccessartist.ui.common.ViewLoader;
import com.allaccessartist.ui.editing.FormFields;
import com.allaccessartist.ui.editing.Shortcuts;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Works section: the chosen artist's works, or the work editor in their place. Layout and bindings only. */
public final class WorksView {

    private final WorksViewModel viewModel;
    private WorkEditorViewModel shownEditor;

    @FXML private StackPane root, editorPage;
    @FXML private VBox listPage, noArtist, listBox;
    @FXML private Label heading, error;
    @FXML private ProgressIndicator loading;
    @FXML private HBox newArea, editArea, publishingArea;
    @FXML private Button newWork, edit, publishing;
    @FXML private CustomTextField search;
    @FXML private TableView<WorkListRow> table;
    @FXML private TableColumn<WorkListRow, String> titleColumn, iswcColumn, recordingsColumn, publishingColumn;

    public WorksView(WorksViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        loading.visibleProperty().bind(viewModel.loadingProperty());
        FormFields.disabledWithReason(newArea, newWork, viewModel.newReasonProperty());
        FormFields.show(noArtist, viewModel.noArtistProperty());
        FormFields.show(listBox, viewModel.noArtistProperty().not());
        error.textProperty().bind(viewModel.errorProperty());
        FormFields.show(error, viewModel.errorProperty().isNotEmpty());
        search.textProperty().bindBidirectional(viewModel.searchProperty());

        table.setItems(viewModel.rows());
        column(titleColumn, WorkListRow::title);
        column(iswcColumn, WorkListRow::iswc);
        column(recordingsColumn, WorkListRow::recordings);
        column(publishingColumn, WorkListRow::publishing);
        publishingColumn.setCellFactory(c -> new PublishingCell());
        ReadOnlyStringWrapper selectionReason = new ReadOnlyStringWrapper();
        selectionReason.bind(Bindings.when(table.getSelectionModel().selectedItemProperty().isNull())
                .then(com.allaccessartist.domain.Messages.get("works.selectOne")).otherwise(""));
        FormFields.disabledWithReason(editArea, edit, selectionReason);
        FormFields.disabledWithReason(publishingArea, publishing, selectionReason);
        table.setRowFactory(t -> {
            TableRow<WorkListRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                edit();
            }
        });
        viewModel.editorProperty().addListener((o, old, editor) -> showEditor(editor));
        showEditor(viewModel.editorProperty().get());
        new Shortcuts()
                .on("Shortcut+N", () -> true, viewModel::newWork)
                .on("Shortcut+S", () -> shownEditor != null, () -> shownEditor.save())
                .on("Shortcut+F", () -> shownEditor == null && !viewModel.noArtistProperty().get(), search::requestFocus)
                .on("Esc", () -> shownEditor != null, viewModel::closeEditor)
                .attachWhileShown(root);
    }

    private void showEditor(WorkEditorViewModel editor) {
        shownEditor = editor;
        editorPage.getChildren().setAll(editor == null ? List.of()
                : List.of(ViewLoader.load(new WorkEditorView(editor, viewModel::closeEditor))));
        listPage.setVisible(editor == null);
        editorPage.setVisible(editor != null);
        if (editor == null) {
            table.requestFocus();
        }
    }

    private static void column(TableColumn<WorkListRow, String> column, Function<WorkListRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    /** The publishing sheet's state, green when complete. */
    private static final class PublishingCell extends TableCell<WorkListRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            getStyleClass().remove("success");
            WorkListRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row != null && row.complete()) {
                getStyleClass().add("success");
            }
        }
    }

    @FXML private void newWork() { viewModel.newWork(); }
    @FXML private void edit() { viewModel.open(table.getSelectionModel().getSelectedItem()); }
    @FXML private void publishing() { viewModel.openPublishingSheet(table.getSelectionModel().getSelectedItem()); }
}
