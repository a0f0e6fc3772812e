package com.allaccessartist.ui.splits;

import com.allaccessartist.domain.splits.SplitRole;
import com.allaccessartist.ui.common.Windows;
import com.allaccessartist.ui.editing.FormFields;
import com.allaccessartist.ui.editing.Shortcuts;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/** The split-sheet editor: lines table, live total, versions, actions. Layout and bindings only. */
public final class SplitSheetEditorView {

    private final SplitSheetEditorViewModel viewModel;

    @FXML private BorderPane root;
    @FXML private Label heading, status, readOnlyReason, total, error, info;
    @FXML private TableView<SplitLineRow> table;
    @FXML private TableColumn<SplitLineRow, String> emailColumn, nameColumn, ipiColumn, societyColumn, shareColumn;
    @FXML private TableColumn<SplitLineRow, SplitRole> roleColumn;
    @FXML private HBox addArea, removeArea, evenArea, pdfArea, csvArea, agreeArea, saveArea;
    @FXML private Button addLine, removeLine, splitEvenly, exportPdf, exportCsv, agree, save, backToCurrent;
    @FXML private TextField note;
    @FXML private ListView<String> versions;

    public SplitSheetEditorView(SplitSheetEditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        status.textProperty().bind(viewModel.statusProperty());
        readOnlyReason.textProperty().bind(viewModel.readOnlyReasonProperty());
        total.textProperty().bind(viewModel.totalTextProperty());
        viewModel.totalStateProperty().addListener((o, old, state) -> showState(state));
        showState(viewModel.totalStateProperty().get());
        error.textProperty().bind(viewModel.errorProperty());
        info.textProperty().bind(viewModel.infoProperty());
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        note.disableProperty().bind(viewModel.readOnlyProperty());

        table.setItems(viewModel.lines());
        table.editableProperty().bind(viewModel.readOnlyProperty().not());
        text(emailColumn, SplitLineRow::emailProperty);
        emailColumn.setOnEditCommit(event -> {
            event.getRowValue().emailProperty().set(event.getNewValue());
            viewModel.findPerson(event.getRowValue());
        });
        text(nameColumn, SplitLineRow::nameProperty);
        text(ipiColumn, SplitLineRow::ipiProperty);
        text(societyColumn, SplitLineRow::societyProperty);
        text(shareColumn, SplitLineRow::shareProperty);
        roleColumn.setCellValueFactory(cell -> cell.getValue().roleProperty());
        roleColumn.setCellFactory(column -> new ComboBoxTableCell<>(FormFields.converter(SplitLabels::role, null),
                javafx.collections.FXCollections.observableArrayList(viewModel.roles())));
        viewModel.sheetProperty().addListener((o, old, sheet) -> roleColumn.setCellFactory(column -> new ComboBoxTableCell<>(
                FormFields.converter(SplitLabels::role, null), javafx.collections.FXCollections.observableArrayList(viewModel.roles()))));
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && !viewModel.readOnlyProperty().get()) {
                viewModel.removeLine(table.getSelectionModel().getSelectedItem());
            }
        });

        versions.setItems(viewModel.versionLines());
        versions.getSelectionModel().selectedIndexProperty().addListener((o, old, index) -> viewModel.view(index.intValue()));
        FormFields.show(backToCurrent, viewModel.viewingOldProperty());

        FormFields.disabledWithReason(addArea, addLine, viewModel.readOnlyReasonProperty());
        FormFields.disabledWithReason(removeArea, removeLine, viewModel.readOnlyReasonProperty());
        FormFields.disabledWithReason(evenArea, splitEvenly, viewModel.splitEvenlyReasonProperty());
        FormFields.disabledWithReason(saveArea, save, viewModel.saveReasonProperty());
        FormFields.disabledWithReason(agreeArea, agree, viewModel.agreeReasonProperty());
        FormFields.disabledWithReason(pdfArea, exportPdf, viewModel.exportReasonProperty());
        FormFields.disabledWithReason(csvArea, exportCsv, viewModel.exportReasonProperty());
        new Shortcuts()
                .on("Shortcut+S", () -> true, viewModel::save)
                .on("Shortcut+N", () -> !viewModel.readOnlyProperty().get(), this::addLine)
                // Esc closes the window (asking about unsaved lines) unless it cancels a cell being edited
                .on("Esc", () -> table.getEditingCell() == null && root.getScene().getWindow() instanceof Stage,
                        () -> Windows.requestClose((Stage) root.getScene().getWindow()))
                .attachWhileShown(root);
    }

    private void showState(SplitSheetEditorViewModel.TotalState state) {
        total.getStyleClass().removeAll("success", "warning", "danger");
        total.getStyleClass().add(switch (state) {
            case COMPLETE -> "success";
            case UNDER -> "warning";
            case OVER -> "danger";
        });
    }

    private static void text(TableColumn<SplitLineRow, String> column, Function<SplitLineRow, Property<String>> property) {
        column.setCellValueFactory(cell -> property.apply(cell.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(event -> property.apply(event.getRowValue()).setValue(event.getNewValue()));
    }

    @FXML private void addLine() {
        SplitLineRow row = viewModel.addLine();
        table.getSelectionModel().select(row);
        table.edit(table.getItems().indexOf(row), nameColumn);
    }
    @FXML private void removeLine() { viewModel.removeLine(table.getSelectionModel().getSelectedItem()); }
    @FXML private void splitEvenly() { viewModel.splitEvenly(); }
    @FXML private void save() { viewModel.save(); }
    @FXML private void agree() { viewModel.agree(); }
    @FXML private void exportPdf() { viewModel.exportPdf(); }
    @FXML private void exportCsv() { viewModel.exportCsv(); }
    @FXML private void backToCurrent() { versions.getSelectionModel().clearSelection(); viewModel.backToCurrent(); }
}
