package com.allaccessartist.ui.common;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputControl;

/**
 * Edit → Cut, Copy, Paste, Select all, acting on whichever text field has the focus. Each item
 * is enabled only when it would do something there (nothing to copy from a password field).
 * This is the one piece of menu behaviour that is about controls, not application state, so it
 * lives with the Views rather than in a ViewModel.
 */
public final class TextEditCommands {

    private final ReadOnlyObjectProperty<Node> focusOwner;

    public TextEditCommands(ReadOnlyObjectProperty<Node> focusOwner) {
        this.focusOwner = focusOwner;
    }

    public void bind(MenuItem cut, MenuItem copy, MenuItem paste, MenuItem selectAll) {
        cut.disableProperty().bind(when(input -> input.isEditable() && hasSelection(input) && !isPassword(input)).not());
        copy.disableProperty().bind(when(input -> hasSelection(input) && !isPassword(input)).not());
        paste.disableProperty().bind(when(TextInputControl::isEditable).not());
        selectAll.disableProperty().bind(when(input -> !input.getText().isEmpty()).not());
        cut.setOnAction(event -> focused().ifPresent(TextInputControl::cut));
        copy.setOnAction(event -> focused().ifPresent(TextInputControl::copy));
        paste.setOnAction(event -> focused().ifPresent(TextInputControl::paste));
        selectAll.setOnAction(event -> focused().ifPresent(TextInputControl::selectAll));
    }

    private java.util.Optional<TextInputControl> focused() {
        return focusOwner.get() instanceof TextInputControl input
                ? java.util.Optional.of(input) : java.util.Optional.empty();
    }

    private BooleanBinding when(java.util.function.Predicate<TextInputControl> condition) {
        // re-evaluated when the focus moves and when the focused field's text or selection changes
        return new BooleanBinding() {
            private TextInputControl observed;

            {
                bind(focusOwner);
            }

            @Override
            protected boolean computeValue() {
                TextInputControl input = focusOwner.get() instanceof TextInputControl t ? t : null;
                if (input != observed) {
                    if (observed != null) {
                        unbind(observed.selectionProperty(), observed.textProperty(), observed.editableProperty());
                    }
                    observed = input;
                    if (input != null) {
                        bind(input.selectionProperty(), input.textProperty(), input.editableProperty());
                    }
                }
                return input != null && condition.test(input);
            }
        };
    }

    private static boolean hasSelection(TextInputControl input) {
        return input.getSelection().getLength() > 0;
    }

    private static boolean isPassword(TextInputControl input) {
        return input instanceof PasswordField;
    }
}
