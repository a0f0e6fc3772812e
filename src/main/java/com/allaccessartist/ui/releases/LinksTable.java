package com.allaccessartist.ui.releases;

import atlantafx.base.theme.Styles;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.LinkPlatform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A platform → URL table of release links: the platform picked from a list, the URL edited in
 * place and checked against the platform's shape with the reason shown under it, a remove
 * button per line.
 */
final class LinksTable {

    private LinksTable() {
    }

    static void install(TableView<LinkRow> table, LinkTable links) {
        table.setItems(links.rows());
        TableColumn<LinkRow, LinkPlatform> platform = new TableColumn<>(Messages.get("release.link.platform"));
        platform.setPrefWidth(150);
        platform.setCellValueFactory(cell -> cell.getValue().platformProperty());
        platform.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(LinkPlatform value) {
                return ReleaseLabels.platform(value);
            }

            @Override
            public LinkPlatform fromString(String text) {
                return null;
            }
        }, FXCollections.observableArrayList(LinkPlatform.values())));
        platform.setSortable(false);
        TableColumn<LinkRow, String> url = new TableColumn<>(Messages.get("release.link.url"));
        url.setCellValueFactory(cell -> cell.getValue().urlProperty());
        url.setCellFactory(column -> new UrlCell());
        url.setSortable(false);
        TableColumn<LinkRow, LinkRow> remove = new TableColumn<>();
        remove.setMaxWidth(44);
        remove.setMinWidth(44);
        remove.setSortable(false);
        remove.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        remove.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(LinkRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                Button button = new Button(null, new FontIcon("fth-x"));
                button.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, Styles.SMALL);
                button.setTooltip(new Tooltip(Messages.get("release.link.remove")));
                button.setOnAction(event -> links.remove(row));
                setGraphic(button);
            }
        });
        table.getColumns().setAll(java.util.List.of(platform, url, remove));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        url.prefWidthProperty().bind(table.widthProperty().subtract(platform.widthProperty()).subtract(remove.widthProperty())
                .subtract(4));
    }

    /** Starts editing the URL of a line just added. */
    static void edit(TableView<LinkRow> table, LinkRow row) {
        int index = table.getItems().indexOf(row);
        table.requestFocus();
        table.getSelectionModel().select(index);
        table.layout();
        table.edit(index, table.getColumns().get(1));
    }

    /** The URL of a line, edited in place, with the reason it is refused under it. */
    private static final class UrlCell extends TableCell<LinkRow, String> {
        private final Label text = new Label();
        private final Label error = new Label();
        private final VBox content = new VBox(2, text, error);
        private final ChangeListener<String> errorShown = (o, old, message) -> showError(message);
        private ObservableStringValue observed;
        private TextField editor;

        UrlCell() {
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (observed != null) {
                observed.removeListener(errorShown);
                observed = null;
            }
            LinkRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null) {
                setGraphic(null);
                return;
            }
            observed = row.check().shownErrorProperty();
            observed.addListener(errorShown);
            text.setText(item);
            showError(observed.get());
            setGraphic(isEditing() && editor != null ? editor : content);
        }

        private void showError(String message) {
            boolean invalid = message != null && !message.isEmpty();
            error.setText(invalid ? message : "");
            error.setVisible(invalid);
            error.setManaged(invalid);
            pseudoClassStateChanged(Styles.STATE_DANGER, invalid);
        }

        @Override
        public void startEdit() {
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            if (editor == null) {
                editor = new TextField();
                editor.setOnAction(event -> commitEdit(editor.getText()));
                editor.setOnKeyPressed(event -> {
                    if (event.getCode() == KeyCode.ESCAPE) {
                        cancelEdit();
                        event.consume();
                    }
                });
                editor.focusedProperty().addListener((o, was, focused) -> {
                    if (!focused && isEditing()) {
                        commitEdit(editor.getText());
                    }
                });
            }
            editor.setText(getItem());
            setGraphic(editor);
            editor.requestFocus();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            setGraphic(content);
        }

        @Override
        public void commitEdit(String value) {
            super.commitEdit(value == null ? "" : value.strip());
            setGraphic(content);
        }
    }
}
