package com.allaccessartist.ui.people;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import java.util.function.Function;

/** View helpers for the People table's cells: text, two lines (name over email), tooltips, status chips. */
final class PeopleCells {

    private PeopleCells() {
    }

    static void text(TableColumn<GrantItem, String> column, Function<GrantItem, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    /** A main line and, when there is one, a muted second line. */
    static void twoLines(TableColumn<GrantItem, GrantItem> column, Function<GrantItem, String> main,
                         Function<GrantItem, String> second) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(GrantItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                String lower = second.apply(item);
                if (lower == null || lower.equals(main.apply(item))) {
                    setGraphic(null);
                    setText(main.apply(item));
                    return;
                }
                Label top = new Label(main.apply(item));
                Label bottom = new Label(lower);
                bottom.getStyleClass().addAll("text-muted", "text-small");
                setText(null);
                setGraphic(new VBox(1, top, bottom));
            }
        });
    }

    /** The cells of {@code column} explain themselves on hover. */
    static void tooltip(TableColumn<GrantItem, GrantItem> column, Function<GrantItem, String> text) {
        var factory = column.getCellFactory();
        column.setCellFactory(c -> {
            TableCell<GrantItem, GrantItem> cell = factory.call(c);
            cell.itemProperty().addListener((o, old, item) -> cell.setTooltip(item == null ? null : new Tooltip(text.apply(item))));
            return cell;
        });
    }

    /** In force, expired or revoked, as a chip. */
    static final class StatusCell extends TableCell<GrantItem, GrantItem> {
        @Override
        protected void updateItem(GrantItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label chip = new Label(item.status().label());
            chip.getStyleClass().addAll("chip", switch (item.status()) {
                case IN_FORCE -> "chip-success";
                case EXPIRED -> "chip-neutral";
                case REVOKED -> "chip-danger";
            });
            setAlignment(Pos.CENTER_LEFT);
            setGraphic(chip);
        }
    }
}
