package com.allaccessartist.ui.artists;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.catalog.ArtistSort;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

/**
 * The Artists table's columns: what each shows for a row (empty while its page is on its way) and
 * which server-side sort its header asks for ({@link ArtistSort} in the column's user data).
 */
final class ArtistColumns {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private ArtistColumns() {
    }

    static void text(TableColumn<ArtistItem, String> type, TableColumn<ArtistItem, String> genre,
                     TableColumn<ArtistItem, String> location, TableColumn<ArtistItem, String> organization) {
        text(type, ArtistSort.TYPE, ArtistItem::typeLabel, null);
        text(genre, ArtistSort.GENRE, ArtistItem::genre, null);
        text(location, ArtistSort.LOCATION, ArtistItem::location, "muted-cell");
        text(organization, ArtistSort.ORGANIZATION, ArtistItem::organization, null);
    }

    private static void text(TableColumn<ArtistItem, String> column, ArtistSort sort, Function<ArtistItem, String> value,
                     String style) {
        column.setUserData(sort);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() == null ? null : value.apply(cell.getValue())));
        if (style != null) {
            column.getStyleClass().add(style);
        }
    }

    static void releases(TableColumn<ArtistItem, String> column) {
        NumberFormat numbers = NumberFormat.getIntegerInstance();
        text(column, ArtistSort.RELEASES, item -> numbers.format(item.releases()), null);
    }

    static void updated(TableColumn<ArtistItem, String> column) {
        text(column, ArtistSort.UPDATED, item -> item.updatedAt() == null ? "" : DAY.format(item.updatedAt()), "muted-cell");
    }

    /** The name, then what is unusual about the artist as chips: verified, private, inactive. */
    static void name(TableColumn<ArtistItem, ArtistItem> column) {
        column.setUserData(ArtistSort.NAME);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ArtistItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(item.name());
                name.getStyleClass().add("name-cell");
                name.setMinWidth(0);
                HBox chips = new HBox(5, name);
                chips.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                if (!item.isPublic()) {
                    chips.getChildren().add(chip("artists.status.private", "chip-neutral"));
                }
                if (item.verified()) {
                    chips.getChildren().add(chip("artists.status.verified", "chip-accent"));
                }
                if (!item.active()) {
                    chips.getChildren().add(chip("artists.status.inactive", "chip-danger"));
                }
                setGraphic(chips);
            }
        });
    }

    /** Sorting a header asks the list to sort on the server; the rows are never sorted here. */
    static void sortOnServer(TableView<ArtistItem> table, ArtistListViewModel list) {
        table.setSortPolicy(t -> {
            TableColumn<ArtistItem, ?> first = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            list.sortBy(first == null ? ArtistSort.NAME : (ArtistSort) first.getUserData(),
                    first != null && first.getSortType() == TableColumn.SortType.DESCENDING);
            return true;
        });
    }

    private static Label chip(String key, String style) {
        Label chip = new Label(Messages.get(key));
        chip.getStyleClass().addAll("chip", style);
        return chip;
    }
}
