package com.allaccessartist.ui.releases;

import atlantafx.base.theme.Styles;
import java.util.function.BiConsumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;

/**
 * A text cell of the track listing, edited in place: Enter or leaving the cell commits, Esc
 * cancels, Tab commits and goes on to the next cell. A cell whose value breaks its rule is marked
 * red with the reason as its tooltip (and accessible help). Disc rows show their heading or total.
 */
final class TrackCell extends TreeTableCell<Object, String> {

    private final String field;
    private final BiConsumer<TrackRow, String> commit;
    private final ChangeListener<String> errorShown = (o, old, error) -> showProblem();
    private final javafx.collections.MapChangeListener<String, String> noticeShown = change -> showProblem();
    private ObservableStringValue observedError;
    private javafx.collections.ObservableMap<String, String> observedNotices;
    private TextField editor;

    /**
     * @param field  the cell's name in {@link TrackRow#FIELDS} (null for cells without a rule)
     * @param commit stores what was typed in the row
     */
    TrackCell(String field, BiConsumer<TrackRow, String> commit) {
        this.field = field;
        this.commit = commit;
        getStyleClass().add("track-cell");
    }

    private TrackRow row() {
        return getTableRow() != null && getTableRow().getItem() instanceof TrackRow row ? row : null;
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        observe(empty ? null : row());
        boolean disc = !empty && getTableRow() != null && getTableRow().getItem() instanceof Disc;
        pseudoClassStateChanged(DISC, disc);
        if (empty) {
            setText(null);
            setGraphic(null);
        } else if (isEditing() && editor != null) {
            editor.setText(item);
            setText(null);
            setGraphic(editor);
        } else {
            setText(item);
            setGraphic(null);
        }
    }

    private void observe(TrackRow row) {
        if (observedError != null) {
            observedError.removeListener(errorShown);
            observedNotices.removeListener(noticeShown);
            observedError = null;
            observedNotices = null;
        }
        if (row != null && field != null) {
            observedError = row.check(field).shownErrorProperty();
            observedNotices = row.notices();
            observedError.addListener(errorShown);
            observedNotices.addListener(noticeShown);
        }
        showProblem();
    }

    /** An error (red) wins over a notice of what a status still needs (amber). */
    private void showProblem() {
        String error = observedError == null ? "" : observedError.get();
        String notice = observedNotices == null ? "" : observedNotices.getOrDefault(field, "");
        boolean invalid = error != null && !error.isEmpty();
        boolean needed = !invalid && !notice.isEmpty();
        pseudoClassStateChanged(Styles.STATE_DANGER, invalid);
        pseudoClassStateChanged(NEEDED, needed);
        String reason = invalid ? error : needed ? notice : null;
        setTooltip(reason == null ? null : new Tooltip(reason));
        setAccessibleHelp(reason);
    }

    @Override
    public void startEdit() {
        if (row() == null || !getTreeTableView().isEditable()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        if (editor == null) {
            editor = createEditor();
        }
        editor.setText(getItem());
        setText(null);
        setGraphic(editor);
        editor.requestFocus();
        editor.selectAll();
    }

    private TextField createEditor() {
        TextField text = new TextField();
        text.getStyleClass().add("track-cell-editor");
        text.setOnAction(event -> {
            commitEdit(text.getText());
            event.consume();
        });
        text.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                event.consume();
            } else if (event.getCode() == KeyCode.TAB) {
                commitEdit(text.getText());
                TrackTable.editNext(getTreeTableView(), getIndex(), getTableColumn(), !event.isShiftDown());
                event.consume();
            }
        });
        text.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && isEditing()) {
                commitEdit(text.getText());
            }
        });
        return text;
    }

    /**
     * Commits the typed text. When the person committed from the editor (Enter, Tab), the
     * keyboard stays in the table: removing the focused editor from the cell would otherwise send
     * the focus to the first control of the window.
     */
    @Override
    public void commitEdit(String value) {
        TrackRow row = row();
        boolean typing = editor != null && editor.isFocused();
        if (row != null) {
            commit.accept(row, value == null ? "" : value);
        }
        TreeTableView<Object> table = getTreeTableView();
        super.commitEdit(value);
        setText(row == null ? value : getTableColumn().getCellObservableValue(getIndex()).getValue());
        setGraphic(null);
        if (typing && table != null) {
            table.requestFocus();
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setText(getItem());
        setGraphic(null);
    }

    /** The column of a row's text, for a cell factory. */
    static javafx.util.Callback<TreeTableColumn<Object, String>, javafx.scene.control.TreeTableCell<Object, String>> factory(
            String field, BiConsumer<TrackRow, String> commit) {
        return column -> new TrackCell(field, commit);
    }

    private static final javafx.css.PseudoClass DISC = javafx.css.PseudoClass.getPseudoClass("disc");
    private static final javafx.css.PseudoClass NEEDED = javafx.css.PseudoClass.getPseudoClass("needed");
}
