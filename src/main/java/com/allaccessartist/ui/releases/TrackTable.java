package com.allaccessartist.ui.releases;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.cell.CheckBoxTreeTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseDragEvent;

/**
 * The track listing's tree table: discs as group rows with their running time, tracks under
 * them with inline editing; drag and drop (a full press-drag-release gesture, no system
 * clipboard) and Alt+Up/Alt+Down reorder, Delete removes, F2 or Enter edits the focused cell.
 * Follows the listing: rebuilt when its order changes, with the selected track kept selected.
 */
final class TrackTable {

    private static final PseudoClass DROP = PseudoClass.getPseudoClass("drop-target");
    private static final PseudoClass DISC = PseudoClass.getPseudoClass("disc");

    private final TreeTableView<Object> table;
    private final TrackListing listing;
    private TrackRow dragged;
    private boolean syncing;

    private TrackTable(TreeTableView<Object> table, TrackListing listing) {
        this.table = table;
        this.listing = listing;
    }

    /**
     * @param remove asks before removing a track (Delete)
     */
    static TrackTable install(TreeTableView<Object> table, TrackListing listing, Consumer<TrackRow> remove) {
        TrackTable tracks = new TrackTable(table, listing);
        table.setRoot(new TreeItem<>());
        table.setShowRoot(false);
        table.setRowFactory(view -> tracks.row());
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> tracks.key(event, remove));
        listing.rows().addListener((ListChangeListener<TrackRow>) change -> tracks.rebuild());
        listing.discs().addListener((ListChangeListener<Disc>) change -> tracks.rebuild());
        listing.selectedProperty().addListener((o, old, row) -> tracks.select(row));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (!tracks.syncing) {
                // a disc heading is no track: Alt+Up/Down and Delete then act on nothing
                listing.selectedProperty().set(item != null && item.getValue() instanceof TrackRow row ? row : null);
            }
        });
        tracks.rebuild();
        return tracks;
    }

    /**
     * The listing's columns: the number, the text cells named as {@link TrackRow#FIELDS} (disc
     * rows show their heading under the title and their running time under the duration), and
     * the two flags. The title column takes the width the others leave.
     */
    static void columns(TreeTableColumn<Object, String> number, Map<String, TreeTableColumn<Object, String>> cells,
                        TreeTableColumn<Object, Boolean> explicit, TreeTableColumn<Object, Boolean> instrumental) {
        text(number, null, row -> row.numberProperty().asString(), null, null);
        for (Map.Entry<String, TreeTableColumn<Object, String>> cell : cells.entrySet()) {
            String field = cell.getKey();
            Function<Disc, ObservableValue<String>> disc = field.equals("title") ? Disc::titleProperty
                    : field.equals("duration") ? d -> javafx.beans.binding.Bindings.createStringBinding(
                            () -> ReleaseLabels.running(d.secondsProperty().get()), d.secondsProperty()) : null;
            text(cell.getValue(), field, row -> TrackRow.property(row, field), disc, field.equals("isrc") ? TrackRow::commitIsrc
                    : (row, typed) -> TrackRow.property(row, field).set(typed.strip()));
        }
        flag(explicit, TrackRow::explicitProperty);
        flag(instrumental, TrackRow::instrumentalProperty);
        fillWidth(cells.get("title").getTreeTableView(), cells.get("title"));
    }

    /** A text column: a track's property, a disc's heading or total. */
    static void text(TreeTableColumn<Object, String> column, String field, Function<TrackRow, ObservableValue<String>> track,
                     Function<Disc, ObservableValue<String>> disc, java.util.function.BiConsumer<TrackRow, String> commit) {
        column.setCellValueFactory(cell -> cell.getValue().getValue() instanceof TrackRow row ? track.apply(row)
                : cell.getValue().getValue() instanceof Disc d && disc != null ? disc.apply(d) : new ReadOnlyStringWrapper(""));
        column.setCellFactory(TrackCell.factory(field, commit));
        column.setEditable(commit != null);
        column.setOnEditCommit(event -> { });
        column.setSortable(false);
    }

    /** A check box column of a track flag (disc rows show none). */
    static void flag(TreeTableColumn<Object, Boolean> column, Function<TrackRow, BooleanProperty> flag) {
        column.setCellValueFactory(cell -> cell.getValue().getValue() instanceof TrackRow row ? flag.apply(row) : null);
        column.setCellFactory(c -> new CheckBoxTreeTableCell<>() {
            @Override
            public void updateItem(Boolean value, boolean empty) {
                super.updateItem(value, empty);
                if (getTableRow() == null || !(getTableRow().getItem() instanceof TrackRow)) {
                    setGraphic(null);
                }
            }
        });
        column.setEditable(true);
        column.setSortable(false);
    }

    /** {@code flexible} takes whatever width the other columns leave. */
    static void fillWidth(TreeTableView<Object> table, TreeTableColumn<Object, ?> flexible) {
        javafx.beans.binding.DoubleBinding others = javafx.beans.binding.Bindings.createDoubleBinding(() -> table.getColumns()
                .stream().filter(c -> c != flexible).mapToDouble(TreeTableColumn::getWidth).sum(),
                table.getColumns().stream().filter(c -> c != flexible).map(TreeTableColumn::widthProperty)
                        .toArray(javafx.beans.Observable[]::new));
        flexible.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(flexible.getMinWidth(),
                table.widthProperty().subtract(others).subtract(16)));
    }

    private void rebuild() {
        syncing = true;
        try {
            List<TreeItem<Object>> discs = listing.discs().stream().map(disc -> {
                TreeItem<Object> item = new TreeItem<>(disc);
                item.setExpanded(true);
                item.getChildren().setAll(listing.rows().stream()
                        .filter(row -> row.discProperty().get() == disc.numberProperty().get())
                        .map(row -> new TreeItem<Object>(row)).toList());
                return item;
            }).toList();
            table.getRoot().getChildren().setAll(discs);
        } finally {
            syncing = false;
        }
        select(listing.selectedProperty().get());
    }

    private void select(TrackRow row) {
        TreeItem<Object> item = find(row);
        if (item == null || table.getSelectionModel().getSelectedItem() == item) {
            return;
        }
        syncing = true;
        try {
            table.getSelectionModel().select(item);
            int index = table.getRow(item);
            TreeTableColumn<Object, ?> column = table.getFocusModel().getFocusedCell() == null ? null
                    : table.getFocusModel().getFocusedCell().getTableColumn();
            table.getFocusModel().focus(index, column);
            table.scrollTo(Math.max(0, index - 3));
        } finally {
            syncing = false;
        }
    }

    TreeItem<Object> find(TrackRow row) {
        for (TreeItem<Object> disc : table.getRoot().getChildren()) {
            for (TreeItem<Object> item : disc.getChildren()) {
                if (item.getValue() == row) {
                    return item;
                }
            }
        }
        return null;
    }

    /** Selects the row and edits the cell of {@code column} (a readiness link or a save error). */
    void edit(TrackRow row, TreeTableColumn<Object, ?> column) {
        TreeItem<Object> item = find(row);
        if (item == null) {
            return;
        }
        select(row);
        int index = table.getRow(item);
        table.scrollTo(Math.max(0, index - 3));
        table.requestFocus();
        table.getFocusModel().focus(index, column);
        table.layout();
        if (table.isEditable()) {
            table.edit(index, column);
        }
    }

    private void key(KeyEvent event, Consumer<TrackRow> remove) {
        TrackRow row = listing.selectedProperty().get();
        if (table.getEditingCell() != null || row == null) {
            return;
        }
        boolean editable = table.isEditable();
        if (event.isAltDown() && event.getCode() == KeyCode.UP && editable) {
            listing.moveUp(row);
        } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN && editable) {
            listing.moveDown(row);
        } else if (event.getCode() == KeyCode.DELETE && editable) {
            remove.accept(row);
        } else if ((event.getCode() == KeyCode.F2 || event.getCode() == KeyCode.ENTER) && editable
                && table.getFocusModel().getFocusedCell() != null
                && table.getFocusModel().getFocusedCell().getTableColumn() != null) {
            table.edit(table.getFocusModel().getFocusedIndex(), table.getFocusModel().getFocusedCell().getTableColumn());
        } else {
            return;
        }
        event.consume();
    }

    /** Tab from an edited cell: edits the next (or previous) editable text column of the same row. */
    static void editNext(TreeTableView<Object> table, int index, TreeTableColumn<Object, ?> from, boolean forward) {
        List<TreeTableColumn<Object, ?>> columns = table.getVisibleLeafColumns().stream()
                .filter(c -> c.isEditable() && c.getCellFactory() != null && c.getCellData(index) instanceof String).toList();
        int at = columns.indexOf(from) + (forward ? 1 : -1);
        if (at >= 0 && at < columns.size()) {
            table.getFocusModel().focus(index, columns.get(at));
            table.edit(index, columns.get(at));
        }
    }

    private TreeTableRow<Object> row() {
        TreeTableRow<Object> row = new TreeTableRow<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(DISC, !empty && item instanceof Disc);
            }
        };
        row.setOnDragDetected(event -> {
            if (row.getItem() instanceof TrackRow track && table.isEditable() && table.getEditingCell() == null) {
                dragged = track;
                row.startFullDrag();
            }
        });
        row.addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, event -> row.pseudoClassStateChanged(DROP, dragged != null));
        row.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, event -> row.pseudoClassStateChanged(DROP, false));
        row.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, event -> {
            row.pseudoClassStateChanged(DROP, false);
            TrackRow moving = dragged;
            dragged = null;
            if (moving == null) {
                return;
            }
            if (row.getItem() instanceof TrackRow target) {
                listing.moveOnto(moving, target);
            } else if (row.getItem() instanceof Disc disc) {
                listing.moveToDisc(moving, disc.numberProperty().get());
            }
            event.consume();
        });
        row.setOnMouseReleased(event -> dragged = null);
        return row;
    }
}
