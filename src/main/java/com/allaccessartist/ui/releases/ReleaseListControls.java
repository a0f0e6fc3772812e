package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.Messages;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** The releases list's controls: multi-choice filters, text columns and the status chip. */
final class ReleaseListControls {

    private ReleaseListControls() {
    }

    /** A filter of several values ("All" while none is checked), kept in the ViewModel's set. */
    static <T> void filter(CheckComboBox<T> box, T[] values, ObservableSet<T> chosen, Function<T, String> label) {
        box.getItems().setAll(values);
        box.setConverter(converter(label));
        box.setTitle(Messages.get("releases.filter.all"));
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) change -> {
            chosen.retainAll(box.getCheckModel().getCheckedItems());
            chosen.addAll(box.getCheckModel().getCheckedItems());
            box.setTitle(chosen.isEmpty() ? Messages.get("releases.filter.all") : null);
        });
    }

    static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    static void column(TableColumn<ReleaseListRow, String> column, Function<ReleaseListRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    /** The status as a coloured chip. */
    static final class StatusCell extends TableCell<ReleaseListRow, String> {
        @Override
        protected void updateItem(String status, boolean empty) {
            super.updateItem(status, empty);
            ReleaseListRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null) {
                setGraphic(null);
                return;
            }
            Label chip = new Label(status);
            chip.getStyleClass().addAll("chip", "status-" + row.statusValue().dbValue());
            setGraphic(chip);
        }
    }

}
